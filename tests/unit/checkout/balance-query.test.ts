// The balance tracked earlier counts on pages that show none: which record is used.
import { describe, expect, it } from 'vitest';
import { knownBalance } from '../../../src/storage/balance-query';
import { recordKey, type BalanceStore, type MarketRecord } from '../../../src/storage/items';

const rec = (domain: string, account: string | null, minor: number, currency: string, seenAt: number): MarketRecord => ({
  domain,
  account,
  giftCard: { minor, currency, seenAt, source: 'gift-card-balance' },
  promotional: [],
  history: [{ t: seenAt, minor }],
});

const store: BalanceStore = Object.fromEntries(
  [
    rec('amazon.com', 'Sam', 2500, 'USD', 1000),
    rec('amazon.com', 'Alex', 900, 'USD', 3000),
    rec('amazon.de', null, 4000, 'EUR', 500),
    { ...rec('amazon.co.uk', 'Sam', 0, 'GBP', 10), giftCard: null },
  ].map((r) => [recordKey(r.domain, r.account), r]),
);

describe('knownBalance', () => {
  it('uses the account the nav names', () => {
    expect(knownBalance(store, 'amazon.com', 'Sam')).toEqual({ minor: 2500, currency: 'USD' });
    expect(knownBalance(store, 'amazon.com', 'Alex')).toEqual({ minor: 900, currency: 'USD' });
  });

  it('without an account name, the most recently seen record of that marketplace', () => {
    expect(knownBalance(store, 'amazon.com', null)).toEqual({ minor: 900, currency: 'USD' });
  });

  it('a named account with no record of its own falls back only to an unnamed record', () => {
    expect(knownBalance(store, 'amazon.com', 'Kim')).toBeNull();
    expect(knownBalance(store, 'amazon.de', 'Lena')).toEqual({ minor: 4000, currency: 'EUR' });
  });

  it('never borrows another marketplace, and knows nothing without an observation', () => {
    expect(knownBalance(store, 'amazon.fr', null)).toBeNull();
    expect(knownBalance(store, 'amazon.co.uk', 'Sam')).toBeNull();
    expect(knownBalance({}, 'amazon.com', null)).toBeNull();
  });
});
