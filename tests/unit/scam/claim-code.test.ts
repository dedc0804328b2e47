import { describe, expect, it } from 'vitest';
import { hasClaimCode } from '../../../src/scam/claim-code';

describe('claim-code shape', () => {
  it.each([
    'AQ7Z-K3M9PX-L2QD',
    'AQ7Z-K3M9PX-L2QD5',
    'aq7z-k3m9px-l2qd',
    'AQ7Z K3M9PX L2QD',
    'AQ7ZK3M9PXL2QD',
    'AQ7ZK3M9PXL2QD5',
    'here is the code: AQ7Z-K3M9PX-L2QD thanks',
    'Hi,\nmy card says 7HQ2LK4W9PZR3T, can you check it?',
  ])('spots %j', (text) => {
    expect(hasClaimCode(text)).toBe(true);
  });

  it.each([
    'hello world, how are you today',
    'order 112-1234567-1234567',
    '4111 1111 1111 1111',
    'aq7zk3m9pxl2qd',
    'ABCDEFGHIJKLMN',
    '12345678901234',
    'AQ7Z-K3M9PX-L2QD-XX',
    'internationalization',
    'AQ7ZK3M9PXL2QD5X',
  ])('leaves %j alone', (text) => {
    expect(hasClaimCode(text)).toBe(false);
  });

  it('in password fields only the dashed form counts', () => {
    expect(hasClaimCode('AQ7ZK3M9PXL2QD', true)).toBe(false);
    expect(hasClaimCode('AQ7Z-K3M9PX-L2QD', true)).toBe(true);
  });
});
