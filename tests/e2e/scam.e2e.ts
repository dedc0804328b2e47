// The scam guard in real browsers: the every-page script on non-Amazon hosts served over
// loopback HTTPS under their real names (see tests/e2e/harness).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, clickByRole, findByRole, servePage, urlFor, useBrowser, waitForNoRole, waitForRole } from './harness';
import { ROOT } from './harness/paths';
import { readMeta } from '../eval/corpus';

const EN = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const msg = (key: string) => EN[key]!.message;

const SCAM_URL = 'https://arnazon.com/gc/verify';
const BEFORE_URL = 'https://search.example.org/results?q=gift+card';
const ARTICLE_URL = 'https://www.nytimes.com/2024/03/12/business/gift-card-scams.html';
const CHAT_URL = 'https://chat.example.net/';
const CODE = 'AQ7Z-K3M9PX-L2QD';

const settle = () => new Promise((r) => setTimeout(r, 1500));

describe.each(BROWSERS)('scam guard in %s', (kind) => {
  const browser = useBrowser(kind);

  it('a scam page on a lookalike host gets the interstitial, and "Leave this page" goes back', async () => {
    const before = await servePage(BEFORE_URL, { html: '<!doctype html><html lang="en"><head><title>Search</title></head><body><h1>Results</h1><p>Ten results.</p></body></html>' });
    const scam = await servePage(SCAM_URL, { fixture: 'scam/pages/s02-arnazon-activate.html' });
    const page = await browser().newPage(before);
    await page.goto(scam, { waitUntil: 'load' });
    const dialog = await waitForRole(page, 'alertdialog', msg('scam_title_high'), { timeout: 10_000 });
    expect(dialog.name).toBe(msg('scam_title_high'));
    // Focus is held by the dialog, not the page's claim-code field.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('GIFT-CARD-GUARD-WARNING');
    await clickByRole(page, 'button', msg('scam_leave'));
    await page.waitForFunction((u) => location.href === u, { timeout: 10_000 }, before);
    expect(page.url()).toBe(before);
  });

  it('a news article full of scam vocabulary gets nothing', async () => {
    const url = await servePage(ARTICLE_URL, { fixture: 'scam/pages/b08-news-article.html' });
    const page = await browser().newPage(url);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('The Gift Card Scam That Keeps Working');
    await settle();
    // Reading the page (a key press) makes the guard look at the headings and score the page.
    await page.keyboard.press('ArrowDown');
    await settle();
    expect(await findByRole(page, 'alertdialog')).toBe(false);
    expect(await findByRole(page, 'alert')).toBe(false);
  });

  it('a scareware page with a plain title gets the banner on load, from what its text demands', async () => {
    const url = await servePage('https://windows-defender-alert.xyz/', { fixture: 'scam/pages/s13-scareware.html' });
    const page = await browser().newPage(url);
    // Nothing in the title, but the first look on load reads the start of the body text too
    // ("payable by Google Play or Amazon gift card"): no key, click or scroll needed.
    await waitForRole(page, 'alert', msg('scam_title_warn'), { timeout: 10_000 });
    // A banner, not the interstitial (the page's own fake dialog is an alertdialog too).
    expect(await findByRole(page, 'alertdialog', msg('scam_title_high'))).toBe(false);
  });

  it('a page that renders its gift-card ask 1.5 s after load is warned, with no interaction', async () => {
    // A "parcel tracking" shell whose script draws the fee demand and the code form later, as
    // the scam kits of the corpus do (author-e, author-k): nothing in the first look hints.
    // The kit's script carries the ask base64-encoded, so the shell shows nothing of it until drawn.
    const ask = Buffer.from(
      '<h1>Your parcel is held at customs</h1>' +
        '<p>A customs fee of $85 must be paid before delivery. We accept payment only by Apple or Google Play gift card.</p>' +
        '<form><label for="c">Enter the gift card claim code</label><input id="c" name="code"><button>Pay the fee</button></form>',
    ).toString('base64');
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parcel tracking</title></head>
<body><header><strong>ParcelTrack</strong></header><main id="app"><p>Loading your parcel status…</p></main>
<script>
setTimeout(() => {
  window.warnedBefore = !!document.querySelector('gift-card-guard-warning');
  document.getElementById('app').innerHTML = atob('${ask}');
}, 1500);
</script></body></html>`;
    const page = await browser().newPage(await servePage('https://parcel-track-help.example.net/status', { html }));
    await page.waitForFunction(() => 'warnedBefore' in window, { timeout: 10_000 });
    expect(await warnHost(page)).toBe(true);
    // Before the ask was drawn there was no warning (read by the page itself, at that moment: a
    // busy machine may hand the page to the test only after it has drawn).
    expect(await page.evaluate(() => (window as unknown as { warnedBefore?: boolean }).warnedBefore)).toBe(false);
  });

  it('a long page that opens a modal with the gift-card demand 1 s after load is warned, with no interaction', async () => {
    // A scareware shell: an ordinary-looking help text long enough that the modal, added at the
    // end of the body, is past what the first look reads; only a look into the open dialog finds it.
    const help = Array.from({ length: 40 }, (_, i) => `<p>Schritt ${i + 1}: Starten Sie den Computer neu und prüfen Sie die Verbindung zum Netzwerk, bevor Sie fortfahren.</p>`).join('\n');
    const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Windows-Sicherheit</title></head>
<body><h1>Sicherheitswarnung</h1>${help}
<script>
window.addEventListener('load', () => setTimeout(() => {
  window.warnedBefore = !!document.querySelector('gift-card-guard-warning');
  const d = document.createElement('div');
  d.setAttribute('role', 'dialog');
  d.setAttribute('aria-modal', 'true');
  d.innerHTML = '<h2>Lizenz abgelaufen</h2><p>Die Reaktivierung kostet 149,99 €. Zahlung nur per Google-Play-Karte.</p>' +
    '<p>Kaufen Sie die Karte, rubbeln Sie den Code frei und lesen Sie dem Techniker den Code am Telefon vor: +49 30 23125 417.</p>';
  document.body.appendChild(d);
}, 1000));
</script></body></html>`;
    const page = await browser().newPage(await servePage('https://windows-sicherheit-hilfe.example.net/', { html }));
    await page.waitForFunction(() => 'warnedBefore' in window, { timeout: 10_000 });
    expect(await warnHost(page, 3_000)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { warnedBefore?: boolean }).warnedBefore)).toBe(false);
  });

  it('typing a claim code into a chat box warns at once', async () => {
    const url = await servePage(CHAT_URL, { fixture: 'scam/pages/b31-chat-app.html' });
    const page = await browser().newPage(url);
    await settle();
    expect(await findByRole(page, 'alertdialog')).toBe(false);
    await page.type('textarea', `here it is ${CODE}`);
    await waitForRole(page, 'alertdialog', msg('scam_title_high'), { timeout: 10_000 });
    expect(await findByRole(page, 'listitem', msg('scam_reason_code_typed'))).toBe(true);
    // "I understand the risk, continue" lets the shopper carry on.
    await clickByRole(page, 'button', msg('scam_continue'));
    await waitForNoRole(page, 'alertdialog', undefined, { timeout: 5_000 });
  });

  it('a page script that removes the warning sees it come back', async () => {
    const url = await servePage(CHAT_URL, { fixture: 'scam/pages/b31-chat-app.html' });
    const page = await browser().newPage(url);
    await page.type('textarea', CODE);
    await waitForRole(page, 'alertdialog', msg('scam_title_high'), { timeout: 10_000 });
    const removed = await page.evaluate(() => {
      const hosts = [...document.documentElement.children].filter((e) => e.tagName === 'GIFT-CARD-GUARD-WARNING');
      for (const h of hosts) {
        h.remove();
      }
      return hosts.length;
    });
    expect(removed).toBe(1);
    await page.waitForFunction(() => !!document.querySelector('gift-card-guard-warning'), { timeout: 5_000 });
    expect(await findByRole(page, 'alertdialog', msg('scam_title_high'))).toBe(true);
    // Hiding it by style does not work either.
    await page.evaluate(() => document.querySelector('gift-card-guard-warning')!.setAttribute('style', 'display:none'));
    await page.waitForFunction(() => !document.querySelector('gift-card-guard-warning')!.getAttribute('style')!.startsWith('display:none'), { timeout: 5_000 });
    expect(await findByRole(page, 'alertdialog', msg('scam_title_high'))).toBe(true);
    expect(urlFor(CHAT_URL)).toBe(page.url());
  });

  // A few pages of the independent corpus (train split only), served at their own addresses:
  // scam pages warned with no interaction, in several languages and shapes; benign ones quiet.
  const corpus = (file: string) => {
    const html = fs.readFileSync(path.join(ROOT, 'tests/corpus/scam', file), 'utf8');
    return { html, url: readMeta(html)!.url.replace(/^http:/, 'https:') };
  };
  const warnHost = (page: import('puppeteer-core').Page, timeout = 5_000) =>
    page.waitForFunction(() => !!document.querySelector('gift-card-guard-warning'), { timeout }).then(() => true, () => false);

  it.each([
    ['a German fake shop that takes only voucher codes', 'author-c/14-fakeshop-nur-gutschein.html'],
    ['a Japanese refund page on a free host', 'author-a/28-apple-henkin-uketori.html'],
    ['a Dutch card check whose form sits in a srcdoc frame', 'author-h/22-bol-cadeaukaart-verificatie.html'],
  ])('corpus: %s is warned on load, with no interaction', async (_what, file) => {
    const { html, url } = corpus(file);
    const page = await browser().newPage(await servePage(url, { html }));
    expect(await warnHost(page)).toBe(true);
  });

  it('a fee form that a script puts into a (sandboxed) srcdoc frame after load is warned about, with no interaction', async () => {
    // The top page says nothing of gift cards (and is too long to count as sparse): only the
    // frame's own look can find the ask. A sandboxed srcdoc frame has neither a web address nor
    // an origin: the score reads its creator's address (its base URL). In Firefox a sandboxed
    // frame gets no warning (measured: the scan script does not reach it), so there the frame is
    // a plain srcdoc one.
    const sandbox = kind === 'chromium' ? "f.setAttribute('sandbox', 'allow-forms');" : '';
    const para = 'Our advisers compare personal loans from twelve lenders and answer within one working day. Rates depend on the amount, the term and your income; the figures shown are examples. ';
    const frame = '<!doctype html><html lang="en"><body><h2>Your loan is approved</h2><p>Processing fee: $250, payable only with Apple gift cards. Buy the cards, scratch the back and enter the codes below to release the funds today.</p><form><label>Card code 1 <input name="c1"></label><label>Card code 2 <input name="c2"></label><button>Release my loan</button></form></body></html>';
    const top = `<!doctype html><html lang="en"><head><title>QuickLend – Apply</title></head><body><h1>Apply for a personal loan</h1>${`<p>${para.repeat(3)}</p>`.repeat(6)}<div id="slot"></div>
<script>setTimeout(() => { const f = document.createElement('iframe'); ${sandbox} f.srcdoc = ${JSON.stringify(frame)}; document.getElementById('slot').appendChild(f); }, 800);</script></body></html>`;
    const page = await browser().newPage(await servePage('https://quicklend-approval.netlify.app/apply', { html: top }));
    expect(await warnHost(page)).toBe(true);
  });

  it.each([
    ['a German forum thread retelling a paysafecard scam', 'author-c/32-computerbase-forum-paysafecard.html'],
    ['an Arabic news article on gift-card scams', 'author-b/33-alarabiya-news-ar.html'],
  ])('corpus: %s gets nothing, even after a click', async (_what, file) => {
    const { html, url } = corpus(file);
    const page = await browser().newPage(await servePage(url, { html }));
    await settle();
    await page.mouse.click(5, 5);
    await settle();
    expect(await page.evaluate(() => !!document.querySelector('gift-card-guard-warning'))).toBe(false);
  });
});
