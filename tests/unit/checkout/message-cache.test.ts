// The notice's texts from the background's cache: the same words as i18n.getMessage, without it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshMessageCache } from '../../../src/background/amazon';
import { viewFor } from '../../../src/features/amazon/checkout';
import { loadStore } from '../../../src/features/amazon/store';
import { browser } from '../../../src/platform/browser';
import { getMessage, useMessageCache } from '../../../src/platform/content';
import { buildMessageCache, CACHED_MESSAGES, fromCache } from '../../../src/platform/message-cache';
import { recognizePage } from '../../../src/sites/amazon/pages';
import type { PaymentReading } from '../../../src/sites/amazon/payment';
import { englishMessage, stubI18n } from './i18n-stub';

beforeEach(() => {
  fakeBrowser.reset();
  useMessageCache(null);
});

describe('message cache', () => {
  it('gives every cached message as i18n.getMessage does, substitutions included', () => {
    const cache = buildMessageCache(englishMessage, '1.0.0')!;
    expect(Object.keys(cache.messages).sort()).toEqual([...CACHED_MESSAGES].sort());
    expect(fromCache(cache, 'checkout_unused', ['$12.50'])).toBe(englishMessage('checkout_unused', ['$12.50']));
    expect(fromCache(cache, 'checkout_applied', '$3.00')).toBe('$3.00 gift card balance applied');
    expect(fromCache(cache, 'checkout_dismiss')).toBe('Not for this order');
    expect(fromCache(cache, 'popup_title')).toBeNull();
    expect(fromCache(null, 'checkout_dismiss')).toBeNull();
  });

  it('is not built when getMessage drops the markers (nothing cached is better than a blank amount)', () => {
    const dropping = (key: string, subs?: string[]) => englishMessage(key, subs?.map(() => ''));
    expect(buildMessageCache(dropping, '1.0.0')).toBeNull();
  });

  it('is written by the background once, and read by the content script without i18n calls', async () => {
    const cache = await refreshMessageCache(englishMessage, '1.2.3');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await refreshMessageCache(englishMessage, '1.2.3');
    expect(set).not.toHaveBeenCalled();
    expect((await fakeBrowser.storage.local.get('messageCache')).messageCache).toEqual(cache);

    const i18n = vi.spyOn(browser.i18n, 'getMessage');
    await loadStore();
    const url = 'https://www.amazon.com/checkout/p/p-106-0106056-8054602/pay';
    const reading = { state: 'not-applied', balance: { minor: 1250, currency: 'USD' }, cardCharge: null, focusTarget: null, control: null } as unknown as PaymentReading;
    const view = viewFor(reading, recognizePage(null, url), false);
    expect(view).toMatchObject({ kind: 'alert', title: 'Your gift card balance is not applied', lines: ['$12.50 of gift card balance is unused on this order.'] });
    expect(i18n).not.toHaveBeenCalled();
  });

  it('falls back to i18n.getMessage for a message the cache lacks', () => {
    stubI18n();
    useMessageCache({ version: '0', messages: {} });
    expect(getMessage('checkout_dismiss')).toBe('Not for this order');
  });
});
