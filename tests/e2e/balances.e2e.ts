// Balances in a real browser: pages read by the content script, stored by the background, shown
// by the popup; the expiring-credit badge with a fixed clock.
import type { Page, WebWorker } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { marketplaceForHost } from '../../src/core/marketplaces';
import { formatMoney, minorDigits } from '../../src/core/money';
import { BALANCE_FIXTURES } from '../fixtures/balances/cases';
import { CHECKOUT_FIXTURES } from '../fixtures/checkout/cases';
import { routeFixture, servePage, useBrowser, waitForRole, type ChromiumSession, type FirefoxSession } from './harness';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

async function until<T>(what: string, fn: () => Promise<T | null | undefined | false>, timeout = 8000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Open a fixture page and keep it open until the stored balances change (the content script
 *  read the page and the background wrote it), or 5 s pass; closing at load raced the script. */
async function visit(session: ChromiumSession, url: string, fixture: string): Promise<void> {
  const before = JSON.stringify((await session.storage.get('balances')).balances ?? {});
  const page = await session.newPage(await servePage(url, { fixture }));
  const end = Date.now() + 5000;
  while (Date.now() < end && JSON.stringify((await session.storage.get('balances')).balances ?? {}) === before) {
    await new Promise((r) => setTimeout(r, 50));
  }
  await page.close();
}

/** Empty the balance store. Keeps the item's version mark (a bare clear() would make the next
 *  reader run the v1 migration over v2 data). */
async function reset(session: ChromiumSession): Promise<void> {
  // Right after launch the worker can still be starting; give it a moment.
  for (let i = 0; ; i++) {
    try {
      await session.storage.get('balances');
      break;
    } catch (err) {
      if (i >= 20) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  await session.storage.set({ balances: {}, balances$: { v: 2 } });
}

/** Stored records as the background wrote them. */
async function stored(session: ChromiumSession): Promise<Record<string, { giftCard: { minor: number } | null; promotional: unknown[] }>> {
  return ((await session.storage.get('balances')).balances ?? {}) as never;
}

/** Fix Date.now() in the popup page before it loads. */
async function popupAt(session: ChromiumSession, iso: string): Promise<Page> {
  const page = await session.newPage();
  const t = new Date(iso).getTime();
  await page.evaluateOnNewDocument((fixed: number) => {
    Date.now = () => fixed;
  }, t);
  await page.goto(session.extensionUrl('popup.html'), { waitUntil: 'load' });
  return page;
}

async function setWorkerClock(sw: WebWorker, iso: string): Promise<void> {
  await sw.evaluate((fixed: number) => {
    Date.now = () => fixed;
  }, new Date(iso).getTime());
}

async function badge(sw: WebWorker): Promise<string> {
  return sw.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}));
}

describe('balances in Chromium', () => {
  const browser = useBrowser('chromium');
  const session = () => browser() as ChromiumSession;

  it('after visiting each balance-page fixture, the popup shows that amount formatted for its market', async () => {
    await reset(session());
    const rows = BALANCE_FIXTURES.filter((f) => f.expect.page === 'gift-card-balance' && (f.expect.balances?.length ?? 0) > 0);
    expect(rows.length).toBeGreaterThanOrEqual(9);
    for (const row of rows) {
      await visit(session(), row.url, row.file);
      const market = marketplaceForHost(new URL(row.url).hostname)!;
      const want = row.expect.balances![0]!;
      await until(`${row.file} stored`, async () =>
        Object.entries(await stored(session())).some(
          ([key, rec]) => key.startsWith(`${market.domain}|`) && rec.giftCard?.minor === Math.round(want.amount * 10 ** minorDigits(want.currency)),
        ),
      );
    }
    const popup = await popupAt(session(), '2026-11-28T12:00:00');
    await popup.waitForSelector('article [data-testid="balance"]');
    for (const row of rows) {
      const market = marketplaceForHost(new URL(row.url).hostname)!;
      const want = row.expect.balances![0]!;
      const text = plain(formatMoney({ minor: Math.round(want.amount * 10 ** minorDigits(want.currency)), currency: want.currency }, market.locale));
      const shown = await popup.$$eval(`article[data-market="${market.domain}"] [data-testid="balance"]`, (els) => els.map((e) => e.textContent ?? ''));
      expect(shown.map(plain), row.file).toContain(text);
    }
    // Spot checks in the markets' own formats.
    const all = plain(await popup.$eval('main', (m) => m.textContent));
    for (const s of ['1.234,56 €', '￥12,345', '₹1,23,456.50', '£127.33', '87,20 €']) expect(all).toContain(s);
    expect(all).toContain('Last seen');
  });

  it('after the rewards fixture, the popup lists its credits in expiry order', async () => {
    await reset(session());
    await visit(session(), 'https://www.amazon.com/norushcredits', 'balances/us-rewards.html');
    await until('credits stored', async () => Object.values(await stored(session())).some((r) => r.promotional.length === 3));
    const popup = await popupAt(session(), '2026-11-28T12:00:00');
    await popup.waitForSelector('[data-testid="credit"]', { timeout: 5000 }).catch(async (e: unknown) => {
      throw new Error(`no credits in the popup; it says: ${await popup.$eval('body', (b) => b.textContent)}; ${String(e)}`);
    });
    const credits = await popup.$$eval('[data-testid="credit"]', (els) =>
      els.map((e) => ({ amount: e.querySelector('.credit-amount')?.textContent, soon: e.classList.contains('soon') })),
    );
    expect(credits).toEqual([
      { amount: '$1.50', soon: true },
      { amount: '$5.00', soon: false },
      { amount: '$3.00', soon: false },
    ]);
    expect(await popup.$eval('main', (m) => m.textContent)).toContain('Use these first: they expire within 7 days.');
  });

  it('with a fixed clock, the badge counts credits that expire within 7 days', async () => {
    await reset(session());
    const sw = await session().serviceWorker();
    // Nothing within 7 days on Nov 10: no count.
    await setWorkerClock(sw, '2026-11-10T09:00:00');
    await visit(session(), 'https://www.amazon.com/norushcredits', 'balances/us-rewards.html');
    await until('credits stored', async () => Object.values(await stored(session())).some((r) => r.promotional.length === 3));
    await new Promise((r) => setTimeout(r, 300));
    expect(await badge(sw)).toBe('');
    // On Nov 28 the $1.50 credit (expires Dec 1) is within 7 days.
    await setWorkerClock(sw, '2026-11-28T09:00:00');
    await visit(session(), 'https://www.amazon.com/norushcredits', 'balances/us-rewards.html');
    expect(await until('badge count', async () => ((await badge(sw)) === '1' ? '1' : null))).toBe('1');
    // On Dec 23 the $5.00 credit (Dec 28) is the one.
    await setWorkerClock(sw, '2026-12-23T09:00:00');
    await visit(session(), 'https://www.amazon.com/norushcredits', 'balances/us-rewards.html');
    expect(await until('badge count', async () => ((await badge(sw)) === '1' ? '1' : null))).toBe('1');
    await setWorkerClock(sw, '2027-02-01T09:00:00');
    await visit(session(), 'https://www.amazon.com/norushcredits', 'balances/us-rewards.html');
    expect(await until('no badge', async () => ((await badge(sw)) === '' ? 'empty' : null))).toBe('empty');
  });
});

describe('balances in Firefox', () => {
  const browser = useBrowser('firefox');

  async function load(session: FirefoxSession, url: string, fixture: string): Promise<Page> {
    const page = await session.newPage();
    await page.goto(await servePage(url, { fixture }), { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.giftCardGuard === 'amazon', { timeout: 10_000 });
    return page;
  }

  /** The Buy Now overlay (checkout issue's fixtures) paying by card, on a product page. */
  async function overlayAlert(session: FirefoxSession): Promise<string> {
    const overlay = CHECKOUT_FIXTURES.find((c) => c.file === 'checkout/us-turbo-overlay-card.html')!;
    const product = CHECKOUT_FIXTURES.find((c) => c.file === 'checkout/us-product-buy-now-overlay.html')!;
    await routeFixture('www.amazon.com', new URL(overlay.url).pathname, overlay.file);
    const page = await load(session, product.url, product.file);
    const alert = await waitForRole(page, 'alert', /Buy Now/, { timeout: 10_000 });
    await page.close();
    return alert.text;
  }

  it('the balance stored on the balance page is what a later Buy Now overlay alert quotes', async () => {
    const session = browser() as FirefoxSession;
    await (await load(session, 'https://www.amazon.com/gc/balance', 'balances/us-balance.html')).close();
    await new Promise((r) => setTimeout(r, 500));
    const first = await overlayAlert(session);
    expect(first).toContain('$42.17');
    // A redemption later raises the balance; the next overlay quotes the new figure.
    await (await load(session, 'https://www.amazon.com/gc/redeem/result', 'balances/us-redeem-success.html')).close();
    await new Promise((r) => setTimeout(r, 500));
    const second = await overlayAlert(session);
    expect(second).toContain('$67.17');
    expect(second).not.toContain('$42.17');
  });
});
