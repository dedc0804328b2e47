// The background side of the scam guard: everything comes from the sender, never the message.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadScan, logVerdict, signalsForSender, trustSender } from '../../../src/background/scam';
import { SCAN_SCRIPT } from '../../../src/scam/channel';
import { trustedSitesItem, warningLogItem, WARNING_LOG_LIMIT } from '../../../src/storage/items';

const tab = { id: 3, index: 0, highlighted: true, active: true, pinned: false, incognito: false, windowId: 1 };
const sender = (url: string) => ({ id: fakeBrowser.runtime.id, url, tab });

beforeEach(() => fakeBrowser.reset());

describe('scam guard background', () => {
  it('loads the scan script into the frame that asked, and only on http(s) pages off Amazon', async () => {
    const calls: Array<[number, number, string]> = [];
    const inject = async (tab: number, frame: number, file: string) => void calls.push([tab, frame, file]);
    const from = (url: string, frameId = 3) => ({ id: fakeBrowser.runtime.id, url, frameId, tab: { id: 7 } as never });
    expect(await loadScan(from('https://amazon.com.gift-verify.net/redeem'), inject)).toBe(true);
    expect(calls).toEqual([[7, 3, SCAN_SCRIPT]]);
    expect(await loadScan(from('https://www.audible.com/redeem'), inject)).toBe(false);
    expect(await loadScan(from('chrome-extension://abc/popup.html'), inject)).toBe(false);
    expect(await loadScan({ id: fakeBrowser.runtime.id, url: 'https://example.net/', frameId: 0 }, inject)).toBe(false);
    expect(calls).toHaveLength(1);
    // A frame the browser will not inject into (Firefox: data: and blob: frames): said so, no throw.
    const refuse = async () => Promise.reject(new Error('Missing host permission for the tab or frames'));
    expect(await loadScan(from('https://amazon.com.gift-verify.net/redeem'), refuse)).toBe('unreachable');
  });

  it('computes domain signals from the sender URL', () => {
    expect(signalsForSender(sender('https://amazon.com.gift-verify.net/redeem'))?.flags).toContain('embedding');
    expect(signalsForSender(sender('https://www.primevideo.com/redeem'))?.owned).toBe(true);
    expect(signalsForSender({ id: fakeBrowser.runtime.id })).toBeNull();
  });

  it('trusts the registrable domain of the page that asked, once', async () => {
    expect(await trustSender(sender('https://shop.example-store.co.uk/checkout'))).toBe(true);
    expect(await trustSender(sender('https://www.example-store.co.uk/other'))).toBe(true);
    expect(await trustedSitesItem.getValue()).toEqual(['example-store.co.uk']);
  });

  it('trusts each bucket on shared hosting on its own, never the whole host', async () => {
    await trustSender(sender('https://my-bucket.s3.amazonaws.com/page.html'));
    expect(await trustedSitesItem.getValue()).toEqual(['my-bucket.s3.amazonaws.com']);
  });

  it('logs site, level and reason keys only, never the URL or page text', async () => {
    await logVerdict(
      { type: 'scam-verdict', level: 'high', reasons: ['scam_reason_code_field', 'AQ7Z-K3M9PX-L2QD', 'Verify your card now'] },
      sender('https://verify.amaz0n-giftcards.com/verify?session=secret'),
    );
    const log = await warningLogItem.getValue();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ site: 'amaz0n-giftcards.com', level: 'high', reasons: ['scam_reason_code_field'] });
    expect(JSON.stringify(log)).not.toMatch(/session|verify\?|AQ7Z|Verify your/);
  });

  it('ignores "none" verdicts and keeps the log bounded', async () => {
    await logVerdict({ type: 'scam-verdict', level: 'none', reasons: [] }, sender('https://a.example/'));
    expect(await warningLogItem.getValue()).toEqual([]);
    for (let i = 0; i < WARNING_LOG_LIMIT + 10; i++) {
      await logVerdict({ type: 'scam-verdict', level: 'warn', reasons: [] }, sender(`https://site${i}.example/`));
    }
    const log = await warningLogItem.getValue();
    expect(log).toHaveLength(WARNING_LOG_LIMIT);
    expect(log[log.length - 1]?.site).toBe(`site${WARNING_LOG_LIMIT + 9}.example`);
  });
});
