// The checkout audit in real browsers, on the fixture pages of tests/fixtures/checkout/cases.ts:
// the warning, the switch to the applied line when the shopper ticks the box, the Buy Now overlay
// with a balance tracked earlier, and silence on markup we cannot read.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { CHECKOUT_FIXTURES } from '../fixtures/checkout/cases';
import { BROWSERS, findByRole, queryByRole, routeFixture, servePage, useBrowser, waitForNoRole, waitForRole } from './harness';

/** The table row for a fixture file (first one when a file has several). */
function row(file: string, giftCard?: string | null) {
  const found = CHECKOUT_FIXTURES.find((c) => c.file === `checkout/${file}` && (giftCard === undefined || c.expect.giftCard === giftCard));
  if (!found) throw new Error(`no table row for ${file}`);
  return found;
}

async function open(session: { newPage(url?: string): Promise<Page> }, file: string, giftCard?: string | null): Promise<Page> {
  const fx = row(file, giftCard);
  const url = await servePage(fx.url, { fixture: fx.file });
  const page = await session.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.giftCardGuard === 'amazon', { timeout: 10_000 });
  return page;
}

const HOST = 'gift-card-guard-checkout';

describe.each(BROWSERS)('checkout audit in %s', (kind) => {
  const browser = useBrowser(kind);

  // First, while no balance is tracked in this browser: a page we cannot read says nothing at all.
  it('unrecognisable payment markup with no balance tracked says nothing on screen', async () => {
    const page = await open(browser(), 'us-pay-unknown-markup.html');
    await new Promise((r) => setTimeout(r, 800));
    expect(await queryByRole(page, 'alert')).toEqual([]);
    expect(await queryByRole(page, 'note')).toEqual([]);
    expect(await page.$(HOST)).toBeNull();
  });

  it('an unticked radio-style balance row warns, and choosing it shows the applied line within 100 ms', async () => {
    const page = await open(browser(), 'us-pay-radio-card.html');
    const alert = await waitForRole(page, 'alert', /Your gift card balance is not applied/);
    expect(alert.text).toContain('$60.00 of gift card balance is unused on this order.');
    expect(alert.text).toContain('Your card will be charged $18.47.');
    await page.evaluate(() => {
      const w = window as unknown as { clickAt?: number };
      document.addEventListener('click', (e) => { if ((e.target as Element).matches('input[name="ppw-gcRadio"]')) w.clickAt = performance.now(); }, true);
    });
    await page.click('input[name="ppw-gcRadio"]');
    await waitForRole(page, 'status', '$18.47 gift card balance applied', { timeout: 1000 });
    const ms = await page.evaluate(() => performance.now() - (window as unknown as { clickAt: number }).clickAt);
    console.info(`[${kind}] radio click -> applied line seen by the test after ${ms.toFixed(1)} ms (upper bound)`);
    expect(await findByRole(page, 'alert')).toBe(false);
  });

  it('a ticked radio-style balance row (the balance covers the order) shows the quiet applied line', async () => {
    const page = await open(browser(), 'us-pay-radio-covers.html');
    const status = await waitForRole(page, 'status', /gift card balance applied/);
    expect(status.text).toContain('$18.47');
    expect(await findByRole(page, 'alert')).toBe(false);
  });

  it('warns on an unticked /pay page, and ticking the box shows the applied line within 100 ms', async () => {
    const page = await open(browser(), 'us-pay-unticked.html');
    const alert = await waitForRole(page, 'alert', /Your gift card balance is not applied/);
    expect(alert.text).toContain('$25.00 of gift card balance is unused on this order.');
    expect(alert.text).toContain('Your card will be charged $40.00.');
    expect(await findByRole(page, 'button', 'Show me the balance option')).toBe(true);

    // Measured inside the page: the time of the shopper's click, and the moment our notice changed
    // size (the tall warning becoming the one-line status). The page sees only the host element's
    // box, never the closed shadow root.
    await page.evaluate((host) => {
      const w = window as unknown as { clickAt?: number; changedAt?: number };
      const box = document.querySelector('input[name="ppw-gcBalance"]')!;
      document.addEventListener('click', (e) => { if (e.target === box && w.clickAt === undefined) w.clickAt = e.timeStamp; }, true);
      const el = document.querySelector(host)!;
      const start = el.getBoundingClientRect().height;
      new ResizeObserver(() => {
        if (w.clickAt !== undefined && w.changedAt === undefined && el.getBoundingClientRect().height !== start) w.changedAt = performance.now();
      }).observe(el);
    }, HOST);
    await page.click('input[name="ppw-gcBalance"]'); // a trusted click, like the shopper's
    const elapsed = await page.waitForFunction(
      () => {
        const w = window as unknown as { clickAt?: number; changedAt?: number };
        return w.changedAt !== undefined && w.clickAt !== undefined ? w.changedAt - w.clickAt : false;
      },
      { timeout: 5000, polling: 10 },
    );
    const ms = (await elapsed.jsonValue()) as number;
    console.info(`[${kind}] click on the balance box -> applied line: ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(100);
    await waitForRole(page, 'status', '$25.00 gift card balance applied', { timeout: 1000 });
    expect(await findByRole(page, 'alert')).toBe(false);
    expect(await page.$eval('input[name="ppw-gcBalance"]', (b) => (b as HTMLInputElement).checked)).toBe(true);

    // Unticking brings the warning back.
    await page.click('input[name="ppw-gcBalance"]');
    await waitForRole(page, 'alert', /not applied/, { timeout: 1000 });
    await waitForNoRole(page, 'status', /applied/, { timeout: 1000 });
  });

  it('the "Show me" button focuses the balance box without ticking it, and "Not for this order" dismisses', async () => {
    const page = await open(browser(), 'us-pay-unticked.html');
    const show = await waitForRole(page, 'button', 'Show me the balance option');
    await show.handle.click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'ppw-gcBalance', { timeout: 2000 });
    expect(await page.$eval('input[name="ppw-gcBalance"]', (b) => (b as HTMLInputElement).checked)).toBe(false);
    const dismiss = await waitForRole(page, 'button', 'Not for this order');
    await dismiss.handle.click();
    await waitForNoRole(page, 'alert', undefined, { timeout: 2000 });
    // Same purchase id, new visit: still quiet.
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.giftCardGuard === 'amazon', { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 500));
    expect(await findByRole(page, 'alert')).toBe(false);
  });

  it('a ticked page shows the applied line and no alert', async () => {
    const page = await open(browser(), 'us-pay-ticked.html');
    await waitForRole(page, 'status', '$25.00 gift card balance applied');
    expect(await findByRole(page, 'alert')).toBe(false);
  });

  it('a German /pay page warns in the market format', async () => {
    const page = await open(browser(), 'de-pay-unticked.html');
    const alert = await waitForRole(page, 'alert');
    expect(alert.text).toMatch(/25,00\s€/);
    expect(alert.text).toMatch(/49,99\s€/);
  });

  it('the Buy Now overlay paying by card warns once a balance is known', async () => {
    const session = browser();
    // The balance is tracked the way a shopper's would be: by visiting the balance page first.
    const balanceUrl = await servePage('https://www.amazon.com/gc/balance', { fixture: 'balances/us-balance.html' });
    const balancePage = await session.newPage();
    await balancePage.goto(balanceUrl, { waitUntil: 'load' });
    await balancePage.waitForFunction(() => document.documentElement.dataset.giftCardGuard === 'amazon', { timeout: 10_000 });

    const overlay = row('us-turbo-overlay-card.html', 'not-applied');
    await routeFixture('www.amazon.com', new URL(overlay.url).pathname, overlay.file);
    const page = await open(session, 'us-product-buy-now-overlay.html');
    const alert = await waitForRole(page, 'alert', /This Buy Now order is paid by card/, { timeout: 8000 });
    expect(alert.frameUrl).toContain('/checkout/turbo-initiate');
    expect(alert.text).toContain('$42.17');
    expect(alert.text).toContain('$49.99');
  });

  it('a Buy Now overlay drawn into the product page itself: the router loads the full script on the click, which warns', async () => {
    // The balance tracked by the test above. The product page has only the tiny router; the
    // overlay appears in the page (no frame) after the shopper's click on Buy Now.
    const panel = readFileSync(join(import.meta.dirname, '../fixtures/checkout/us-turbo-overlay-card.html'), 'utf8').match(/<div id="turbo-checkout-panel-container"[\s\S]*<\/div>\s*(?=<\/body>)/)![0];
    const html = `<!doctype html><html lang="en-US"><head><title>Echo Dot</title></head><body><div id="dp"><h1 id="title">Echo Dot (5th Gen)</h1>
      <div id="buybox"><span id="submit.buy-now" class="a-button"><input id="buy-now-button" name="submit.buy-now" type="button" value="Buy Now"></span></div></div>
      <script>document.getElementById('buy-now-button').addEventListener('click', () => { document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(panel)}); });</script></body></html>`;
    const url = await servePage('https://www.amazon.com/Echo-Dot/dp/B09B8V1LZ3', { html });
    const page = await browser().newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.giftCardGuard === 'amazon', { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(await page.$(HOST)).toBeNull();
    await page.click('#buy-now-button');
    const alert = await waitForRole(page, 'alert', /This Buy Now order is paid by card/, { timeout: 8000 });
    expect(alert.text).toContain('$42.17');
    expect(alert.text).toContain('$49.99');
  });

  it('the 1-Click settings page gets the hint', async () => {
    const page = await open(browser(), 'us-one-click-settings.html');
    const note = await waitForRole(page, 'note', /Let 1-Click use your gift card balance first/);
    expect(note.frameUrl).toContain('manageoneclick');
  });

  it('unrecognisable payment markup, once a balance is tracked, says what is known and never warns', async () => {
    // The Buy Now test above tracked $42.17 from the balance page.
    const session = browser();
    session.console.clear();
    const page = await open(session, 'us-pay-unknown-markup.html');
    const note = await waitForRole(page, 'note', /cannot read this payment section/);
    expect(note.text).toContain('$42.17');
    expect(await queryByRole(page, 'alert')).toEqual([]);
    const errors = session.console.extensionErrors();
    expect(errors, session.console.format(errors)).toEqual([]);
  });

  if (kind === 'chromium') {
    it('answers the popup\'s diagnostic request only on an unknown checkout, with a masked report', async () => {
      const session = browser();
      if (session.kind !== 'chromium') throw new Error('unreachable');
      // Every open tab is asked; only the one on an unknown checkout may answer with a report.
      const ask = async (): Promise<unknown> => {
        const sw = await session.serviceWorker();
        // The popup's call, made from the extension: browser.tabs.sendMessage(tabId, { type: 'diagnostic-report' }).
        return sw.evaluate(async () => {
          const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
          const tabs = await c.tabs.query({});
          const results: unknown[] = [];
          for (const tab of tabs) {
            const reply = await c.tabs.sendMessage(tab.id, { type: 'diagnostic-report' }).catch(() => 'no answer');
            results.push(reply);
          }
          return results;
        });
      };
      const unknown = await open(session, 'us-pay-unknown-markup.html');
      const replies = (await ask()) as Array<{ report?: string } | null | string>;
      const reports = replies.filter((r): r is { report: string } => typeof r === 'object' && r !== null && typeof r.report === 'string');
      expect(reports).toHaveLength(1);
      expect(reports[0]!.report).toContain('verdict: unknown');
      expect(reports[0]!.report).toContain('pw3-toggle');
      for (const secret of ['Sam', 'Carter', '1428', 'Springfield', '4417']) expect(reports[0]!.report).not.toContain(secret);
      await unknown.close();
      const known = await open(session, 'us-pay-ticked.html');
      const none = (await ask()) as unknown[];
      expect(none).toContain(null);
      expect(none.some((r) => typeof r === 'object' && r !== null)).toBe(false);
    });
  }

  it('the extension logged no console error in any of the above', () => {
    const errors = browser().console.extensionErrors();
    expect(errors, browser().console.format(errors)).toEqual([]);
  });
});
