// No extension script may throw into a page or leave a promise rejected: every fixture page (the
// Amazon checkout and balance pages, the smoke pages and the whole scam corpus) is opened under
// its own URL in both browsers, engaged with (a key press: the scam guard reads headings then),
// and the console and uncaught-error log must hold nothing from the extension.
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../fixtures/table';
import { SCAM_CASES } from '../fixtures/scam/cases';
import { BROWSERS, servePage, useBrowser } from './harness';

const PAGES: Array<{ url: string; fixture: string }> = [
  ...FIXTURES.map((f) => ({ url: f.url, fixture: f.file })),
  ...SCAM_CASES.map((c) => ({ url: c.url, fixture: `scam/${c.file}` })),
  { url: 'https://www.amazon.com/checkout/p/p-106-0106056-8054602/pay', fixture: 'smoke/amazon-checkout-pay.html' },
  { url: 'https://shop.example.org/', fixture: 'smoke/shop-example-org.html' },
];
const AT_ONCE = 6;

describe.each(BROWSERS)('no extension error on any fixture page in %s', (kind) => {
  const browser = useBrowser(kind);

  it(`opens all ${PAGES.length} fixture pages; the extension logs no error and leaves no rejection`, { timeout: 420_000 }, async () => {
    const b = browser();
    b.console.clear();
    // A content script's uncaught error or unhandled rejection reaches the page's log as a
    // pageerror that both browsers attribute to the page itself (no extension URL in it), so
    // every pageerror counts: the fixture pages are static copies that throw nothing themselves.
    const opened: string[] = [];
    for (let i = 0; i < PAGES.length; i += AT_ONCE) {
      const batch = PAGES.slice(i, i + AT_ONCE);
      await Promise.all(
        batch.map(async (p) => {
          const url = await servePage(p.url, { fixture: p.fixture });
          const page = await b.newPage();
          await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
          opened.push(page.url());
          await new Promise((r) => setTimeout(r, 700));
          await page.keyboard.press('ArrowDown').catch(() => undefined);
          await page.focus('input').catch(() => undefined);
          await new Promise((r) => setTimeout(r, 900));
          await page.close();
        }),
      );
    }
    expect(opened.length).toBe(PAGES.length);
    const errors = b.console.entries.filter((e) => e.type === 'pageerror' || (e.source === 'extension' && e.type === 'error'));
    expect(errors, b.console.format(errors)).toEqual([]);
  });
});
