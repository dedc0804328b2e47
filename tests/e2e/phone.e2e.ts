// Phone-size UI, in both browsers, at 360 × 640 and 412 × 915 with an Android user agent, light
// and dark: the popup (as the full page Firefox for Android opens it), the checkout notice, the
// redeem panel and the reserve alert. Each must fit without sideways scrolling, keep tap targets
// at 44 × 44 px and text at 14 px with readable contrast, and leave the page's own buttons clear
// (tests/e2e/harness/phone.ts). Chromium: device emulation (isMobile, touch, DPR 2) and a meta
// viewport like Amazon's mobile pages; Firefox: the window at phone size and a mobile user agent.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { CHECKOUT_FIXTURES } from '../fixtures/checkout/cases';
import { servePage, useBrowser, waitForRole, type BrowserSession, type ChromiumSession, type FirefoxSession } from './harness';
import { ROOT } from './harness/paths';
import { addMobileViewportMeta, ANDROID_CHROME_UA, ANDROID_FIREFOX_UA, auditPhoneUi, PHONE_VIEWPORTS, setViewportSize, type PhoneReport } from './harness/phone';

const EN = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const NOW = Date.now();
const DAY = 86_400_000;
const STORE = {
  'amazon.com|Sam': {
    domain: 'amazon.com',
    account: 'Sam',
    giftCard: { minor: 4217, currency: 'USD', seenAt: NOW - 3 * DAY, source: 'gift-card-balance' },
    promotional: [
      { label: 'No-Rush Shipping Reward', minor: 500, currency: 'USD', expires: new Date(NOW + 3 * DAY).toISOString().slice(0, 10), seenAt: NOW - DAY },
      { label: 'Digital Credit', minor: 300, currency: 'USD', expires: null, seenAt: NOW - DAY },
    ],
    history: [
      { t: NOW - 30 * DAY, minor: 7500 },
      { t: NOW - 3 * DAY, minor: 4217 },
    ],
  },
  'amazon.co.jp|山田太郎': {
    domain: 'amazon.co.jp',
    account: '山田太郎',
    giftCard: { minor: 1234567, currency: 'JPY', seenAt: NOW - 40 * DAY, source: 'gift-card-balance', expires: '2034-03-31' },
    promotional: [],
    history: [{ t: NOW - 40 * DAY, minor: 1234567 }],
  },
};
const SETTINGS = { features: { checkout: true, balances: true, redeem: true, scam: true }, reserves: { 'amazon.com': 4000 } };
const LOCAL = { balances: STORE, balances$: { v: 2 }, settings: SETTINGS, trustedSites: ['a-rather-long-shop-name.example.co.uk'] };
const SESSION = { tabStatus: { '99': { kind: 'checkout', giftCard: 'not-applied', site: 'amazon.com', detail: '$42.17 available, order total $49.99' } } };

type Scheme = 'light' | 'dark';
const COMBOS = [
  ['chromium', 'light'],
  ['chromium', 'dark'],
  ['firefox', 'light'],
  ['firefox', 'dark'],
] as const;

function expectFits(report: PhoneReport, width: number): void {
  expect(report.viewport).toBe(width);
  expect(report.counted.elements).toBeGreaterThan(3);
  expect(report.counted.texts).toBeGreaterThan(1);
  expect(report.problems).toEqual([]);
}

describe.each(COMBOS)('phone-size UI in %s, %s', (kind, scheme: Scheme) => {
  const browser = useBrowser(
    kind,
    kind === 'firefox'
      ? {
          extensionPages: true,
          prefs: {
            'general.useragent.override': ANDROID_FIREFOX_UA,
            'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1,
            'ui.systemUsesDarkTheme': scheme === 'dark' ? 1 : 0,
            // Phones draw scrollbars over the page, taking no width.
            'ui.useOverlayScrollbars': 1,
          },
        }
      : {},
  );

  /** A blank tab set up as a phone of `width` × `height`. */
  async function phonePage(width: number, height: number): Promise<Page> {
    const session = browser() as BrowserSession;
    const page = await session.newPage();
    if (session.kind === 'chromium') {
      await page.emulate({ userAgent: ANDROID_CHROME_UA, viewport: { width, height, deviceScaleFactor: 2, isMobile: true, hasTouch: true } });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await addMobileViewportMeta(page);
    } else {
      await setViewportSize(page, { width, height });
    }
    return page;
  }

  /** Seed storage: Chromium through the service worker, Firefox from an extension page. */
  async function seed(): Promise<void> {
    const session = browser() as BrowserSession;
    if (session.kind === 'chromium') {
      const c = session as ChromiumSession;
      for (let i = 0; ; i++) {
        try {
          await c.storage.set(LOCAL);
          break;
        } catch (err) {
          if (i >= 20) throw err;
          await new Promise((r) => setTimeout(r, 250));
        }
      }
      await c.storage.set(SESSION, 'session');
      return;
    }
    const f = session as FirefoxSession;
    const page = await f.newPage();
    await f.openExtensionPage(page, 'popup.html');
    await page.evaluate(
      async (local, sess) => {
        const ext = (globalThis as unknown as { browser: { storage: Record<string, { set(o: unknown): Promise<void> }> } }).browser;
        await ext.storage.local!.set(local);
        await ext.storage.session!.set(sess);
      },
      LOCAL,
      SESSION,
    );
    await page.close();
  }

  async function goto(page: Page, url: string): Promise<void> {
    await page.goto(url, { waitUntil: 'load' });
  }

  it.each(PHONE_VIEWPORTS)('the popup, full-page at $width × $height, with every section open', async ({ width, height }) => {
    await seed();
    const session = browser() as BrowserSession;
    const page = await phonePage(width, height);
    if (session.kind === 'chromium') await goto(page, (session as ChromiumSession).extensionUrl('popup.html?tab=99'));
    else await (session as FirefoxSession).openExtensionPage(page, 'popup.html?tab=99');
    await page.waitForSelector('article[data-market="amazon.co.jp"]', { timeout: 10_000 });
    // The full-page layout is on (Android opens the popup as a page; here it is a tab).
    expect(await page.evaluate(() => document.documentElement.classList.contains('full-page'))).toBe(true);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const heading = await waitForRole(page, 'heading', 'Gift Card Guard');
    const report = await auditPhoneUi(heading.handle);
    expectFits(report, width);
    expect(report.counted.targets).toBeGreaterThan(15);
    // The status of tab 99 and both cards are there, so the audit saw the real content.
    expect(await page.evaluate(() => document.body.innerText)).toContain('not applied');
  });

  it.each(PHONE_VIEWPORTS)('the checkout notice at $width × $height', async ({ width, height }) => {
    const fx = CHECKOUT_FIXTURES.find((c) => c.file === 'checkout/us-pay-unticked.html')!;
    const page = await phonePage(width, height);
    await goto(page, await servePage(fx.url, { fixture: fx.file }));
    const alert = await waitForRole(page, 'alert', /gift card balance/i, { timeout: 10_000 });
    const report = await auditPhoneUi(alert.handle);
    expectFits(report, width);
    expect(report.counted.targets).toBe(2);
    expect(report.counted.pageControls).toBeGreaterThan(0);
  });

  it.each(PHONE_VIEWPORTS)('the redeem panel with a code and the serial warning at $width × $height', async ({ width, height }) => {
    const page = await phonePage(width, height);
    await goto(page, await servePage('https://www.amazon.com/gc/redeem', { fixture: 'balances/us-redeem.html' }));
    await waitForRole(page, 'region', /check before you redeem/, { timeout: 10_000 });
    await page.type('#gc-redemption-input', '2660 0691 1474 2969');
    const warning = await waitForRole(page, 'alert', /serial number/);
    const report = await auditPhoneUi(warning.handle);
    expectFits(report, width);
    expect(report.counted.pageControls).toBeGreaterThan(0);
  });

  it.each(PHONE_VIEWPORTS)('the reserve alert on a Kindle 1-Click at $width × $height', async ({ width, height }) => {
    await seed();
    const page = await phonePage(width, height);
    await goto(page, await servePage('https://www.amazon.com/dp/B0DEXAMPLE1', { fixture: 'balances/us-kindle-product.html' }));
    const alert = await waitForRole(page, 'alert', /dip into your reserve/, { timeout: 15_000 });
    const report = await auditPhoneUi(alert.handle);
    expectFits(report, width);
    expect(report.counted.pageControls).toBeGreaterThan(0);
  });

  // The scam warnings: the interstitial covers the page on purpose, so only its own fit, targets,
  // text and contrast are audited; the banner must also leave the page's own buttons free.
  it.each(PHONE_VIEWPORTS)('the scam interstitial at $width × $height', async ({ width, height }) => {
    const page = await phonePage(width, height);
    await goto(page, await servePage('https://arnazon.com/gc/verify', { fixture: 'scam/pages/s02-arnazon-activate.html' }));
    const dialog = await waitForRole(page, 'alertdialog', EN.scam_title_high!.message, { timeout: 10_000 });
    const report = await auditPhoneUi(dialog.handle);
    expect(report.viewport).toBe(width);
    expect(report.counted.targets).toBeGreaterThanOrEqual(3);
    expect(report.problems.filter((p) => !/covers/i.test(p))).toEqual([]);
  });

  it.each(PHONE_VIEWPORTS)('the scam banner at $width × $height', async ({ width, height }) => {
    const page = await phonePage(width, height);
    await goto(page, await servePage('https://windows-defender-alert.xyz/', { fixture: 'scam/pages/s13-scareware.html' }));
    const banner = await waitForRole(page, 'alert', EN.scam_title_warn!.message, { timeout: 10_000 });
    const report = await auditPhoneUi(banner.handle);
    expect(report.viewport).toBe(width);
    expect(report.counted.targets).toBeGreaterThanOrEqual(2);
    expect(report.problems).toEqual([]);
  });
});
