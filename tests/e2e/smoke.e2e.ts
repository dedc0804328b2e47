// Smoke tests of the built extension in real browsers: the content scripts are injected where
// the manifest says, the popup renders, and nothing the extension runs logs an error.

import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { MARKETPLACES } from '../../src/core/marketplaces';
import { BROWSERS, findByRole, route, servePage, urlFor, useBrowser, waitForRole } from './harness';
import { ROOT } from './harness/paths';

const PAY_URL = 'https://www.amazon.com/checkout/p/p-106-0106056-8054602/pay?pipelineType=Chewbacca&referrer=pay';
const SHOP_URL = 'https://shop.example.org/';
// The browsers run in English; assert on the strings the user reads.
const EN_MESSAGES = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

/** Wait until <html data-gift-card-guard="…"> says `value`. */
async function waitForMark(page: Page, value: string): Promise<void> {
  await page.waitForFunction((v) => document.documentElement.dataset.giftCardGuard === v, { timeout: 10_000 }, value);
}

function mark(page: Page): Promise<string | null> {
  return page.evaluate(() => document.documentElement.dataset.giftCardGuard ?? null);
}

describe.each(BROWSERS)('smoke in %s', (kind) => {
  const browser = useBrowser(kind);

  it('runs the Amazon content script on an amazon.com checkout page', async () => {
    const url = await servePage(PAY_URL, { fixture: 'smoke/amazon-checkout-pay.html' });
    const page = await browser().newPage();
    await page.goto(url, { waitUntil: 'load' });
    await waitForMark(page, 'amazon');
    expect(await page.title()).toContain('Place Your Order');
    // The sentinel is excluded from Amazon hosts: the mark must not flip to "sentinel" later.
    await new Promise((r) => setTimeout(r, 500));
    expect(await mark(page)).toBe('amazon');
  });

  it('runs the sentinel on an ordinary shop: quiet, until a gift card code is typed', async () => {
    // The sentinel leaves no mark on a page it finds harmless; its claim-code guard is the
    // cheapest thing to observe: typing a code-shaped string into any field raises its warning
    // (an alertdialog in a closed shadow root; src/scam/sentinel.ts, src/scam/warning-ui.ts).
    const url = await servePage(SHOP_URL, { fixture: 'smoke/shop-example-org.html' });
    const page = await browser().newPage(url);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Trail Runner 2 Waterproof Jacket');
    await new Promise((r) => setTimeout(r, 1000)); // let the sentinel's page check run
    expect(await findByRole(page, 'alertdialog')).toBe(false);
    expect(await findByRole(page, 'alert')).toBe(false);
    await page.type('input[type="search"]', 'X7KQ-4MZP2R-9TWC');
    await waitForRole(page, 'alertdialog', EN_MESSAGES.scam_title_high!.message, { timeout: 10_000 });
    expect(await mark(page)).toBeNull(); // the Amazon script stays off non-Amazon pages
  });

  it(`runs the Amazon content script on all ${MARKETPLACES.length} marketplaces`, { timeout: 180_000 }, async () => {
    // A plain help page, so that only injection is measured, not the checkout features.
    const page = await browser().newPage();
    const missed: string[] = [];
    for (const mp of MARKETPLACES) {
      const html = `<!doctype html><html lang="${mp.locale}"><head><meta charset="utf-8"><title>${mp.domain} Help</title></head><body><h1>Help &amp; Customer Service</h1></body></html>`;
      await route(mp.host, '/gp/help/customer/display.html', html);
      await page.goto(urlFor(`https://${mp.host}/gp/help/customer/display.html?nodeId=508510`), { waitUntil: 'load' });
      try {
        await waitForMark(page, 'amazon');
      } catch {
        missed.push(`${mp.host} (mark: ${await mark(page)})`);
      }
    }
    expect(missed).toEqual([]);
  });

  if (kind === 'chromium') {
    it('opens the popup with its heading', async () => {
      const session = browser();
      if (session.kind !== 'chromium') throw new Error('unreachable');
      const popup = await session.openPopup();
      await waitForRole(popup, 'heading', 'Gift Card Guard');
      expect(await popup.$eval('h1', (h) => h.textContent)).toBe('Gift Card Guard');
    });
  }

  it('the extension logged no console error in any of the above', () => {
    const errors = browser().console.extensionErrors();
    expect(errors, browser().console.format(errors)).toEqual([]);
  });
});
