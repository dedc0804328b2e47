// The popup in Chromium (opened as a page: headless Chromium has no toolbar popup), driven by
// keyboard where a shopper would use it, plus the reserve warning it configures.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { CHECKOUT_FIXTURES } from '../fixtures/checkout/cases';
import { servePage, useBrowser, waitForRole, type ChromiumSession } from './harness';

async function visitAndWait(session: ChromiumSession, url: string, fixture: string): Promise<Page> {
  const page = await session.newPage(await servePage(url, { fixture }));
  await page.waitForFunction(() => document.documentElement.dataset.giftCardGuard === 'amazon', { timeout: 10_000 });
  return page;
}

async function retry<T>(fn: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i >= 20) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

async function storedBalances(session: ChromiumSession): Promise<Record<string, unknown>> {
  return ((await session.storage.get('balances')).balances ?? {}) as Record<string, unknown>;
}

async function reset(session: ChromiumSession): Promise<void> {
  // Right after launch the worker can still be starting; give it a moment.
  await retry(() => session.storage.get('settings'));
  await session.storage.set({ balances: {}, balances$: { v: 2 }, settings: { features: { checkout: true, balances: true, redeem: true, scam: true }, reserves: {} } });
}

/** The tab whose checkout verdict is "unknown", from the session status store. */
async function unknownTab(session: ChromiumSession): Promise<number> {
  for (let i = 0; i < 80; i++) {
    const all = ((await session.storage.get('tabStatus', 'session')).tabStatus ?? {}) as Record<string, { giftCard?: string }>;
    const hit = Object.entries(all).find(([, s]) => s.giftCard === 'unknown');
    if (hit) return Number(hit[0]);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no tab reported an unknown checkout');
}

/** Press Tab until the focused element matches, like a keyboard user. */
async function tabTo(page: Page, test: (el: { tag: string; text: string; label: string; id: string }) => boolean, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { tag: a?.tagName ?? '', text: (a?.textContent ?? '').trim(), label: a?.getAttribute('aria-label') ?? '', id: a?.id ?? '' };
    });
    if (test(el)) return;
  }
  throw new Error('focus never reached the element');
}

describe('popup in Chromium', () => {
  const browser = useBrowser('chromium');
  const session = () => browser() as ChromiumSession;

  it('tells a new user what to do', async () => {
    await reset(session());
    const popup = await session().openPopup();
    const heading = await waitForRole(popup, 'heading', 'No balances yet');
    expect(heading).toBeTruthy();
    expect(await popup.$eval('main', (m) => m.textContent)).toContain('Open your gift card balance page on Amazon');
  });

  it('is keyboard-operable: Refresh opens the market balance page, a reserve is set from the keyboard', async () => {
    await reset(session());
    await (await visitAndWait(session(), 'https://www.amazon.de/gc/balance', 'balances/de-balance.html')).close();
    await expect.poll(async () => Object.keys(await storedBalances(session())), { timeout: 8000 }).toContain('amazon.de|Jana');
    const popup = await session().openPopup();
    await popup.waitForSelector('article[data-market="amazon.de"]');

    // Refresh: Tab to the link and press Enter; a tab opens on that market's balance page.
    const opened = session().browser.waitForTarget((t) => t.url().includes('amazon.de') && t.url().includes('/gc/balance'), { timeout: 8000 });
    await tabTo(popup, (el) => el.label.startsWith('Refresh the balance for Amazon.de'));
    await popup.keyboard.press('Enter');
    const target = await opened;
    expect(new URL(target.url()).pathname).toBe('/gc/balance');
    await (await target.page())?.close();

    // Settings: open the disclosure, type a reserve, submit with Enter.
    await popup.bringToFront();
    await tabTo(popup, (el) => el.tag === 'SUMMARY' && el.text === 'Settings');
    await popup.keyboard.press('Enter');
    await tabTo(popup, (el) => el.id === 'reserve-amazon-de');
    await popup.keyboard.type('1.200,00 €');
    await popup.keyboard.press('Enter');
    await waitForRole(popup, 'status', 'Saved.');
    const settings = (await session().storage.get('settings')).settings as { reserves: Record<string, number> };
    expect(settings.reserves).toEqual({ 'amazon.de': 120000 });
  });

  it('the reserve warns on a Kindle 1-Click that would dip into it, and not when it would not', async () => {
    await reset(session());
    await (await visitAndWait(session(), 'https://www.amazon.com/gc/balance', 'balances/us-balance.html')).close();
    await expect.poll(async () => Object.keys(await storedBalances(session())), { timeout: 8000 }).toContain('amazon.com|Sam');
    // $42.17 - $9.99 = $32.18, below a $40.00 reserve.
    await session().storage.set({ settings: { features: { checkout: true, balances: true, redeem: true, scam: true }, reserves: { 'amazon.com': 4000 } } });
    const page = await visitAndWait(session(), 'https://www.amazon.com/dp/B0DEXAMPLE1', 'balances/us-kindle-product.html');
    const alert = await waitForRole(page, 'alert', /dip into your reserve/, { timeout: 15_000 });
    expect(alert.text).toContain('$9.99');
    expect(alert.text).toContain('$42.17 would drop to $32.18, below the $40.00 you set aside');
    // A $30.00 reserve leaves room: no warning.
    await session().storage.set({ settings: { features: { checkout: true, balances: true, redeem: true, scam: true }, reserves: { 'amazon.com': 3000 } } });
    const calm = await visitAndWait(session(), 'https://www.amazon.com/dp/B0DEXAMPLE1', 'balances/us-kindle-product.html');
    await new Promise((r) => setTimeout(r, 800));
    expect(await calm.$('gcg-reserve-alert')).toBeNull();
  });

  it('shows the current tab\'s unknown checkout and copies its diagnostic report', async () => {
    await reset(session());
    const fx = CHECKOUT_FIXTURES.find((c) => c.file === 'checkout/us-pay-unknown-markup.html')!;
    const shop = await visitAndWait(session(), fx.url, fx.file);
    // The content script reported "unknown" for its tab; that entry names the tab.
    const tabId = await unknownTab(session());
    const origin = `chrome-extension://${session().extensionId}`;
    await session().browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const popup = await session().newPage(session().extensionUrl(`popup.html?tab=${tabId}`));
    await waitForRole(popup, 'heading', /^this tab$/i);
    expect(await popup.$eval('main', (m) => m.textContent)).toContain('Gift Card Guard could not read this checkout page.');
    await popup.click('::-p-text(Copy a diagnostic report)');
    await waitForRole(popup, 'status', /Diagnostic report copied/, { timeout: 8000 });
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied.length).toBeGreaterThan(50);
    expect(copied).toContain('amazon.com');
    await shop.close();
  });

  it('is readable in dark mode', async () => {
    await reset(session());
    const popup = await session().newPage();
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await popup.goto(session().extensionUrl('popup.html'), { waitUntil: 'load' });
    await waitForRole(popup, 'heading', 'No balances yet');
    const colors = await popup.evaluate(() => ({ bg: getComputedStyle(document.body).backgroundColor, fg: getComputedStyle(document.body).color }));
    expect(colors.bg).toBe('rgb(21, 24, 30)');
    expect(colors.fg).toBe('rgb(232, 234, 240)');
  });
});
