import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

describe('stored balances', () => {
  it('migrates the v1 shape (one float per domain) to per-account records in minor units', async () => {
    await fakeBrowser.storage.local.set({
      balances: {
        'amazon.com': { amount: 25.1, currency: 'USD', seenAt: 1700000000000 },
        'amazon.co.jp': { amount: 1234, currency: 'JPY', seenAt: 1700000001000 },
        'amazon.de': { amount: 'broken', currency: 'EUR', seenAt: 1 },
      },
      balances$: { v: 1 },
    });
    const { balancesItem } = await import('../../../src/storage/items');
    const store = await balancesItem.getValue();
    expect(Object.keys(store).sort()).toEqual(['amazon.co.jp|', 'amazon.com|']);
    expect(store['amazon.com|']?.giftCard).toEqual({
      minor: 2510,
      currency: 'USD',
      seenAt: 1700000000000,
      source: 'gift-card-balance',
    });
    expect(store['amazon.co.jp|']?.giftCard?.minor).toBe(1234);
    expect(store['amazon.com|']?.history).toEqual([{ t: 1700000000000, minor: 2510 }]);
    expect((await fakeBrowser.storage.local.get('balances$')).balances$).toEqual({ v: 2 });
  });

  it('keeps v2 records when the version mark is missing instead of wiping them', async () => {
    const record = {
      domain: 'amazon.de',
      account: 'Sam',
      giftCard: { minor: 1234, currency: 'EUR', seenAt: 5, source: 'gift-card-balance' },
      promotional: [],
      history: [{ t: 5, minor: 1234 }],
    };
    await fakeBrowser.storage.local.set({ balances: { 'amazon.de|Sam': record } });
    const { balancesItem } = await import('../../../src/storage/items');
    expect(await balancesItem.getValue()).toEqual({ 'amazon.de|Sam': record });
  });

  it('starts empty and keeps settings defaults until changed', async () => {
    const { balancesItem, settingsItem } = await import('../../../src/storage/items');
    expect(await balancesItem.getValue()).toEqual({});
    const settings = await settingsItem.getValue();
    expect(settings.features).toEqual({ checkout: true, balances: true, redeem: true, scam: true });
    await settingsItem.setValue({ ...settings, features: { ...settings.features, scam: false } });
    expect((await settingsItem.getValue()).features.scam).toBe(false);
  });
});

describe('session storage stays out of content scripts', () => {
  it('loading the stored items a content script uses reads no session storage', async () => {
    const session = vi.spyOn(fakeBrowser.storage.session, 'get');
    const local = vi.spyOn(fakeBrowser.storage.local, 'get');
    await import('../../../src/storage/items');
    await import('../../../src/features/amazon');
    await new Promise((r) => setTimeout(r, 10));
    expect(local).toHaveBeenCalled();
    expect(session).not.toHaveBeenCalled();
  });

  it('the per-tab item still reads session storage once the background uses it', async () => {
    const session = vi.spyOn(fakeBrowser.storage.session, 'get');
    const { tabStatusItem } = await import('../../../src/storage/items');
    expect(session).not.toHaveBeenCalled();
    await tabStatusItem.getValue();
    expect(session).toHaveBeenCalled();
  });
});
