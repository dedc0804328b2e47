import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BalanceReading } from '../../../src/core/types';
import {
  applyReadings,
  countExpiring,
  deleteBalances,
  nextExpiryChange,
  recordBalances,
  registerBalances,
  setBalancesClock,
} from '../../../src/background/balances';
import { balancesItem, HISTORY_LIMIT, type BalanceStore } from '../../../src/storage/items';

const at = (iso: string) => new Date(iso).getTime();
const tab = { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false, windowId: 1 };
const sender = (url: string) => ({ id: fakeBrowser.runtime.id, url, tab });
const gift = (minor: number, currency = 'USD'): BalanceReading => ({ kind: 'gift-card', minor, currency, expires: null });
const promo = (minor: number, expires: string, label = 'Reward'): BalanceReading => ({
  kind: 'promotional',
  minor,
  currency: 'USD',
  expires,
  label,
});

async function badgeText(): Promise<string> {
  return fakeBrowser.action.getBadgeText({});
}

beforeEach(() => {
  fakeBrowser.reset();
  setBalancesClock(() => at('2026-11-25T10:00:00'));
  registerBalances();
});

describe('storing balances seen on Amazon pages', () => {
  it('stores a balance under its marketplace and account with time and source page', async () => {
    const ok = await recordBalances(
      { type: 'balances-seen', market: 'amazon.co.uk', account: 'Oliver', page: 'gift-card-balance', readings: [gift(12733, 'GBP')] },
      sender('https://www.amazon.co.uk/gp/css/gc/balance?ref_=ya_d_c_gc'),
    );
    expect(ok).toBe(true);
    const store = await balancesItem.getValue();
    expect(store['amazon.co.uk|Oliver']).toMatchObject({
      domain: 'amazon.co.uk',
      account: 'Oliver',
      giftCard: { minor: 12733, currency: 'GBP', seenAt: at('2026-11-25T10:00:00'), source: 'gift-card-balance' },
      history: [{ t: at('2026-11-25T10:00:00'), minor: 12733 }],
    });
  });

  it('refuses a message whose market is not the sending page', async () => {
    const ok = await recordBalances(
      { type: 'balances-seen', market: 'amazon.com', account: null, page: 'gift-card-balance', readings: [gift(999999)] },
      sender('https://www.amazon.co.uk/gc/balance'),
    );
    expect(ok).toBe(false);
    const lookalike = await recordBalances(
      { type: 'balances-seen', market: 'amazon.com', account: null, page: 'gift-card-balance', readings: [gift(999999)] },
      sender('https://amazon.com.gift-check.example/gc/balance'),
    );
    expect(lookalike).toBe(false);
    expect(await balancesItem.getValue()).toEqual({});
  });

  it('takes the source page from the sender URL and ignores readings from other pages', async () => {
    const ok = await recordBalances(
      { type: 'balances-seen', market: 'amazon.com', account: null, page: 'gift-card-balance', readings: [gift(500)] },
      sender('https://www.amazon.com/dp/B0DEXAMPLE1'),
    );
    expect(ok).toBe(false);
    await recordBalances(
      { type: 'balances-seen', market: 'amazon.com', account: null, page: 'gift-card-balance', readings: [gift(6717)] },
      sender('https://www.amazon.com/gc/redeem/result'),
    );
    expect((await balancesItem.getValue())['amazon.com|']?.giftCard?.source).toBe('redeem');
  });

  it('drops readings in another currency or with broken numbers', async () => {
    await recordBalances(
      {
        type: 'balances-seen',
        market: 'amazon.de',
        account: 'Jana',
        page: 'gift-card-balance',
        readings: [gift(100, 'USD'), { kind: 'gift-card', minor: -5, currency: 'EUR', expires: null }, gift(123456, 'EUR')],
      },
      sender('https://www.amazon.de/gc/balance'),
    );
    expect((await balancesItem.getValue())['amazon.de|Jana']?.giftCard?.minor).toBe(123456);
  });

  it('keeps a bounded history, oldest dropped first', () => {
    let store: BalanceStore = {};
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) {
      store = applyReadings(store, 'amazon.com', 'Sam', 'gift-card-balance', [gift(i)], 1000 + i);
    }
    const history = store['amazon.com|Sam']!.history;
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]).toEqual({ t: 1020, minor: 20 });
    expect(history.at(-1)).toEqual({ t: 1000 + HISTORY_LIMIT + 19, minor: HISTORY_LIMIT + 19 });
  });

  it('replaces the promotional credits with what the rewards page lists', () => {
    let store = applyReadings({}, 'amazon.com', 'Sam', 'promotional-credits', [promo(500, '2026-12-28'), promo(150, '2026-12-01')], 1);
    store = applyReadings(store, 'amazon.com', 'Sam', 'promotional-credits', [promo(300, '2027-01-15')], 2);
    expect(store['amazon.com|Sam']!.promotional.map((c) => c.minor)).toEqual([300]);
    // A balance page does not touch credits.
    store = applyReadings(store, 'amazon.com', 'Sam', 'gift-card-balance', [gift(4217)], 3);
    expect(store['amazon.com|Sam']!.promotional.map((c) => c.minor)).toEqual([300]);
  });

  it('deletes one marketplace (every account) or everything', async () => {
    for (const [market, account, url] of [
      ['amazon.com', 'Sam', 'https://www.amazon.com/gc/balance'],
      ['amazon.com', 'Priya', 'https://www.amazon.com/gc/balance'],
      ['amazon.de', 'Jana', 'https://www.amazon.de/gc/balance'],
    ] as const) {
      await recordBalances(
        { type: 'balances-seen', market, account, page: 'gift-card-balance', readings: [gift(100, market === 'amazon.de' ? 'EUR' : 'USD')] },
        sender(url),
      );
    }
    await deleteBalances('amazon.com');
    expect(Object.keys(await balancesItem.getValue())).toEqual(['amazon.de|Jana']);
    await deleteBalances(null);
    expect(await balancesItem.getValue()).toEqual({});
  });
});

describe('expiring promotional credits on the badge (fixed clock)', () => {
  const rewards = [promo(500, '2026-12-28'), promo(150, '2026-12-01'), promo(300, '2027-01-15')];

  it('counts credits expiring within 7 days, including today, not expired ones', () => {
    const store = applyReadings({}, 'amazon.com', 'Sam', 'promotional-credits', rewards, 1);
    expect(countExpiring(store, at('2026-11-20T09:00:00'))).toBe(0);
    expect(countExpiring(store, at('2026-11-24T09:00:00'))).toBe(1);
    expect(countExpiring(store, at('2026-12-01T23:00:00'))).toBe(1);
    expect(countExpiring(store, at('2026-12-02T00:30:00'))).toBe(0);
    expect(countExpiring(store, at('2026-12-22T09:00:00'))).toBe(1);
  });

  it('shows the count on the badge when the rewards page is seen, and nothing when none is close', async () => {
    setBalancesClock(() => at('2026-11-28T08:00:00'));
    await recordBalances(
      { type: 'balances-seen', market: 'amazon.com', account: 'Sam', page: 'promotional-credits', readings: rewards },
      sender('https://www.amazon.com/norushcredits'),
    );
    expect(await badgeText()).toBe('1');
    await deleteBalances(null);
    expect(await badgeText()).toBe('');
  });

  it('sets an alarm for the moment the count next changes', async () => {
    setBalancesClock(() => at('2026-11-20T08:00:00'));
    const store = applyReadings({}, 'amazon.com', 'Sam', 'promotional-credits', rewards, 1);
    // Dec 1 enters the 7-day window at local midnight on Nov 24.
    expect(nextExpiryChange(store, at('2026-11-20T08:00:00'))).toBe(at('2026-11-24T00:00:00'));
    expect(nextExpiryChange(store, at('2026-11-24T08:00:00'))).toBe(at('2026-12-02T00:00:00'));
    await recordBalances(
      { type: 'balances-seen', market: 'amazon.com', account: 'Sam', page: 'promotional-credits', readings: rewards },
      sender('https://www.amazon.com/norushcredits'),
    );
    const alarm = await fakeBrowser.alarms.get('balances-expiry-next');
    expect(alarm?.scheduledTime).toBe(at('2026-11-24T00:00:00') + 1000);
    expect(await badgeText()).toBe('');
  });
});
