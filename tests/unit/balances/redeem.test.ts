import { describe, expect, it } from 'vitest';
import { checkClaimCode, cleanClaimCode } from '../../../src/sites/amazon/redeem';

describe('claim-code cleaning', () => {
  it.each([
    [' ab12-cd34ef-gh56 \n', 'AB12CD34EFGH56'],
    ['AB12 CD34EF GH56', 'AB12CD34EFGH56'],
    ['ab12\r\ncd34ef\tgh56', 'AB12CD34EFGH56'],
    ['ＡＢ１２－ＣＤ３４ＥＦ－ＧＨ５６', 'AB12CD34EFGH56'], // full-width, as typed with a Japanese keyboard
    ['AQ12–34R567–890VB', 'AQ1234R567890VB'], // en dashes
  ])('%j becomes %s', (raw, clean) => {
    expect(cleanClaimCode(raw)).toBe(clean);
  });
});

describe('claim-code checks', () => {
  it('accepts a 4-6-4 claim code and shows it grouped', () => {
    expect(checkClaimCode(' ab12-cd34ef-gh56 \n')).toEqual({ kind: 'claim-code', code: 'AB12CD34EFGH56', display: 'AB12-CD34EF-GH56' });
  });

  it('accepts a 4-6-5 (Japanese) claim code', () => {
    expect(checkClaimCode('AQ12-34R567-890VB')).toMatchObject({ kind: 'claim-code', display: 'AQ12-34R567-890VB' });
  });

  it('recognises the 16-digit serial number', () => {
    expect(checkClaimCode('2660 0691 1474 2969').kind).toBe('serial');
  });

  it('flags a code of the wrong length with its length', () => {
    expect(checkClaimCode('AB12-CD34EF-GH5')).toMatchObject({ kind: 'wrong-length', length: 13 });
    expect(checkClaimCode('AB12CD34EFGH5678')).toMatchObject({ kind: 'wrong-length', length: 16 }); // 16 but not all digits
  });

  it('flags characters a claim code never has, and empty input', () => {
    expect(checkClaimCode('AB12*CD34EF*GH56').kind).toBe('bad-characters');
    expect(checkClaimCode('  \n ').kind).toBe('empty');
  });
});
