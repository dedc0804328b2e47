// `npm run screenshots`: PNGs of the popup (light and dark, with data) and of each in-page UI,
// made with the real-browser harness (built extension in Chromium, fixture pages) into docs/.
// Run `npm run build` first.
import fs from 'node:fs';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { CHECKOUT_FIXTURES } from '../fixtures/checkout/cases';
import { SCAM_CASES } from '../fixtures/scam/cases';
import { launchChromium, type ChromiumSession } from '../e2e/harness/chromium';
import { servePage, setServerInfo } from '../e2e/harness/client';
import { ROOT } from '../e2e/harness/paths';
import { startFixtureServer } from '../e2e/harness/server';
import { waitForRole } from '../e2e/harness/roles';

const OUT = path.join(ROOT, 'docs');
// Store listing pictures: Chrome Web Store and addons.mozilla.org both take 1280 × 800.
const STORE_OUT = path.join(OUT, 'store/screenshots');
const STORE_SIZE = { width: 1280, height: 800 };
const NOW = new Date('2026-11-28T12:00:00').getTime();
const DAY = 86_400_000;
const made: string[] = [];

/** A few months of a shopper's readings, oldest first. */
function history(points: number[]): Array<{ t: number; minor: number }> {
  return points.map((minor, i) => ({ t: NOW - (points.length - i) * 9 * DAY, minor }));
}

const STORE = {
  'amazon.com|Sam': {
    domain: 'amazon.com',
    account: 'Sam',
    giftCard: { minor: 4217, currency: 'USD', seenAt: NOW - 3 * DAY, source: 'gift-card-balance' },
    promotional: [
      { label: 'No-Rush Shipping Reward', minor: 500, currency: 'USD', expires: '2026-12-28', seenAt: NOW - DAY },
      { label: 'Amazon Day Reward', minor: 150, currency: 'USD', expires: '2026-12-01', seenAt: NOW - DAY },
      { label: 'Digital Credit', minor: 300, currency: 'USD', expires: '2027-01-15', seenAt: NOW - DAY },
    ],
    history: history([2500, 7500, 6210, 5000, 5000, 4217]),
  },
  'amazon.co.uk|Oliver': {
    domain: 'amazon.co.uk',
    account: 'Oliver',
    giftCard: { minor: 12733, currency: 'GBP', seenAt: NOW - 5 * 3600 * 1000, source: 'redeem' },
    promotional: [],
    history: history([1585, 0, 12733]),
  },
  'amazon.de|Jana': {
    domain: 'amazon.de',
    account: 'Jana',
    giftCard: { minor: 123456, currency: 'EUR', seenAt: NOW - 12 * DAY, source: 'gift-card-balance' },
    promotional: [],
    history: history([130000, 123456]),
  },
  'amazon.co.jp|山田': {
    domain: 'amazon.co.jp',
    account: '山田',
    giftCard: { minor: 12345, currency: 'JPY', seenAt: NOW - 40 * DAY, source: 'gift-card-balance', expires: '2034-03-31' },
    promotional: [],
    history: history([15000, 12345]),
  },
};

async function shot(page: Page, name: string, target?: ElementHandle | null, pad = 12): Promise<void> {
  const file = path.join(OUT, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (target) {
    const box = await target.boundingBox();
    if (!box) throw new Error(`${name}: element not visible`);
    await page.screenshot({
      path: file,
      clip: { x: Math.max(0, box.x - pad), y: Math.max(0, box.y - pad), width: box.width + 2 * pad, height: box.height + 2 * pad },
    });
  } else {
    await page.screenshot({ path: file, fullPage: true });
  }
  made.push(name);
}

async function popup(session: ChromiumSession, dark: boolean, tabId: number): Promise<void> {
  const page = await session.newPage();
  await page.setViewport({ width: 380, height: 600 });
  if (dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.evaluateOnNewDocument((t: number) => {
    Date.now = () => t;
  }, NOW);
  await page.goto(session.extensionUrl(`popup.html?tab=${tabId}`), { waitUntil: 'load' });
  await page.waitForSelector('article [data-testid="balance"]');
  await shot(page, dark ? 'popup-dark.png' : 'popup-light.png');
  await page.close();
}

// The fixtures link Amazon's stylesheet, which the offline server cannot serve. A few rules in
// its spirit keep the pictures readable; they touch the page only, never our UI.
const PAGE_CSS = `
body{font:14px/1.45 Arial,Helvetica,sans-serif;color:#0f1111;background:#fff;margin:0}
#navbar-main,#navFooter{display:none}
#pageContent,#dp{max-width:780px;margin:20px auto;padding:0 16px}
h1{font-size:24px;font-weight:400}h2{font-size:18px}
.a-box{border:1px solid #d5d9d9;border-radius:8px;margin-bottom:12px}.a-box-inner{padding:14px 18px}
.a-input-text{font-size:15px;padding:6px 8px;border:1px solid #888c8c;border-radius:4px;width:320px}
.a-button{position:relative;display:inline-block;background:#ffd814;border:1px solid #fcd200;border-radius:20px;padding:6px 16px;margin:6px 0}
.a-button-input{position:absolute;inset:0;opacity:0;width:100%;cursor:pointer}
.a-button-oneclick{background:#ffa41c;border-color:#ff8f00}
.a-color-price{color:#b12704}.a-color-secondary{color:#565959}.a-size-small,.a-size-mini{font-size:12px}
.a-alert-error{border-color:#cc0c39}.a-alert-heading{color:#cc0c39;margin:0 0 4px}
#leftCol,#centerCol{display:none}
`;

async function amazonPage(session: ChromiumSession, url: string, fixture: string, dark = false): Promise<Page> {
  const page = await session.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  if (dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.goto(await servePage(url, { fixture }), { waitUntil: 'load' });
  await page.addStyleTag({ content: PAGE_CSS });
  return page;
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  fs.mkdirSync(STORE_OUT, { recursive: true });
  const server = await startFixtureServer();
  setServerInfo({ port: server.port, token: server.token, cert: server.cert });
  const session = await launchChromium();
  try {
    // Right after launch the worker can still be starting: retry the first write.
    for (let i = 0; ; i++) {
      try {
        await session.storage.set({ balances: STORE, balances$: { v: 2 } });
        break;
      } catch (err) {
        if (i >= 20) throw err;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    await session.storage.set({
      settings: { features: { checkout: true, balances: true, redeem: true, scam: true }, reserves: { 'amazon.com': 4000 } },
      trustedSites: ['shop.example'],
    });
    await session.storage.set({ tabStatus: { '99': { kind: 'checkout', giftCard: 'not-applied', site: 'amazon.com', detail: '$42.17 available, order total $49.99' } } }, 'session');

    await popup(session, false, 99);
    await popup(session, true, 99);

    // Redeem helper: a pasted code, then the serial warning, then Amazon's error.
    for (const dark of [false, true]) {
      const page = await amazonPage(session, 'https://www.amazon.com/gc/redeem', 'balances/us-redeem.html', dark);
      await waitForRole(page, 'region', /check before you redeem/);
      await page.type('#gc-redemption-input', 'ab12 cd34ef gh56');
      await waitForRole(page, 'status', 'The code as Amazon will read it');
      await shot(page, dark ? 'redeem-panel-dark.png' : 'redeem-panel.png', await page.$('.gc-redemption-page'));
      if (!dark) {
        await page.click('#gc-redemption-input', { count: 3 });
        await page.type('#gc-redemption-input', '2660 0691 1474 2969');
        await waitForRole(page, 'alert', /serial number/);
        await shot(page, 'redeem-serial.png', await page.$('.gc-redemption-page'));
      }
      await page.close();
    }
    {
      const page = await amazonPage(session, 'https://www.amazon.co.uk/gc/redeem/result', 'balances/uk-redeem-error.html');
      await waitForRole(page, 'alert', /Amazon did not accept the code/);
      await shot(page, 'redeem-error.png', await page.$('.gc-redemption-page'));
      await page.close();
    }

    // Reserve alert on a Kindle 1-Click ($42.17 tracked, $40.00 reserve, $9.99 book).
    {
      const page = await amazonPage(session, 'https://www.amazon.com/dp/B0DEXAMPLE1', 'balances/us-kindle-product.html');
      await waitForRole(page, 'alert', /dip into your reserve/, { timeout: 10_000 });
      await shot(page, 'reserve-alert.png', await page.$('#digitalBuyBox'));
      await page.close();
    }

    // Checkout issue's UI, when present: unticked /pay warning and the applied line.
    for (const [file, name, role] of [
      ['checkout/us-pay-unticked.html', 'checkout-alert.png', 'alert'],
      ['checkout/us-pay-ticked.html', 'checkout-applied.png', 'status'],
    ] as const) {
      const fx = CHECKOUT_FIXTURES.find((c) => c.file === file);
      if (!fx) continue;
      const page = await amazonPage(session, fx.url, fx.file);
      const found = await waitForRole(page, role, undefined, { timeout: 10_000 }).catch(() => null);
      if (found) {
        const host = (await page.$('gift-card-guard-checkout')) ?? found.handle;
        await shot(page, name, host, 16);
      } else {
        console.warn(`no ${role} on ${file}: skipped ${name}`);
      }
      await page.close();
    }

    // Store sizes: whole 1280 × 800 views (the popup as its full page, Amazon pages with our UI),
    // and the popup on a 412 × 915 phone for the Firefox for Android listing.
    {
      // The Amazon visits above recorded balances at the real time: put the fixed history back.
      await session.storage.set({ balances: STORE, balances$: { v: 2 } });
      const page = await session.newPage();
      await page.setViewport(STORE_SIZE);
      await page.evaluateOnNewDocument((t: number) => {
        Date.now = () => t;
      }, NOW);
      await page.goto(session.extensionUrl('popup.html?tab=99'), { waitUntil: 'load' });
      await page.waitForSelector('article [data-testid="balance"]');
      await page.screenshot({ path: path.join(STORE_OUT, '1-popup-1280x800.png') });
      made.push('store/screenshots/1-popup-1280x800.png');
      await page.emulate({ viewport: { width: 412, height: 915, deviceScaleFactor: 1, isMobile: true, hasTouch: true }, userAgent: 'Mozilla/5.0 (Android 14; Mobile; rv:142.0) Gecko/142.0 Firefox/142.0' });
      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector('article [data-testid="balance"]');
      await page.screenshot({ path: path.join(STORE_OUT, '5-popup-phone-412x915.png') });
      made.push('store/screenshots/5-popup-phone-412x915.png');
      await page.close();
    }
    for (const [url, fixture, role, name, file] of [
      ['https://www.amazon.com/checkout/p/p-1/pay', 'checkout/us-pay-unticked.html', 'alert', /gift card balance/i, '2-checkout-1280x800.png'],
      ['https://www.amazon.com/gc/redeem', 'balances/us-redeem.html', 'region', /check before you redeem/, '3-redeem-1280x800.png'],
      ['https://www.amazon.com/dp/B0DEXAMPLE1', 'balances/us-kindle-product.html', 'alert', /dip into your reserve/, '4-reserve-1280x800.png'],
    ] as const) {
      const fx = CHECKOUT_FIXTURES.find((c) => c.file === fixture);
      const page = await amazonPage(session, fx?.url ?? url, fixture);
      await page.setViewport(STORE_SIZE);
      const found = await waitForRole(page, role, name, { timeout: 10_000 });
      if (fixture.includes('redeem')) await page.type('#gc-redemption-input', 'ab12 cd34ef gh56');
      await found.handle.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: path.join(STORE_OUT, file) });
      made.push(`store/screenshots/${file}`);
      await page.close();
    }

    // Scam guard warnings (every-page script), when present.
    for (const level of ['high', 'warn'] as const) {
      const fx = SCAM_CASES.find((c) => c.expect === level);
      if (!fx) continue;
      const page = await session.newPage();
      await page.setViewport({ width: 1000, height: 700 });
      await page.goto(await servePage(fx.url, { fixture: `scam/${fx.file}` }), { waitUntil: 'load' });
      const found = await waitForRole(page, level === 'high' ? 'alertdialog' : 'alert', undefined, { timeout: 10_000 }).catch(() => null);
      if (found) await shot(page, `scam-${level}.png`);
      else console.warn(`no scam ${level} warning on ${fx.file}: skipped`);
      await page.close();
    }
  } finally {
    await session.close();
    await server.close();
  }
  console.log(`wrote ${made.length} screenshots to docs/: ${made.join(', ')}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
