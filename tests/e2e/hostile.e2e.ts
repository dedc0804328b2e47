// Hostile pages, as a scammer would write them, against the built extension in both browsers:
// clobbered globals, covers, the page's own top-layer elements, a page that removes, restyles,
// hides or inerts the warning, replaces <html> or rewrites the document, frames of every kind.
// Each check is what the shopper would notice: the warning is there, it is what a click at its
// buttons reaches, and the typed-code guard still fires.
import fs from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { setViewportSize } from './harness/phone';
import { BROWSERS, clickByRole, findByRole, servePage, useBrowser, waitForNoRole, waitForRole, type RoleMatch } from './harness';
import { FIXTURES_DIR, ROOT } from './harness/paths';

const EN = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const msg = (key: string) => EN[key]!.message;
const TITLE = msg('scam_title_high');
const CODE = 'AQ7Z-K3M9PX-L2QD';
const SCAM = fs.readFileSync(path.join(FIXTURES_DIR, 'scam/pages/s02-arnazon-activate.html'), 'utf8');
const slug = (s: string) => s.replace(/[^a-z]+/gi, '-');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The s02 scam page with `extra` put last in its <body> (and `head` in its <head>): last, so
 * the clobbering elements do not change what the scoring reads first.
 */
function scamPage(extra: string, head = ''): string {
  return SCAM.replace(/<head>/i, `<head>${head}`).replace(/<\/body>/i, `${extra}</body>`);
}

/** Every name the extension's scripts look up or hand over on a global. */
const NAMES = ['__giftCardGuard', 'browser', 'chrome', 'runtime', 'id', 'sendMessage', 'onMessage', 'storage', 'local', 'i18n', 'getMessage', 'scan', 'queue', 'continued', 'asked'];

const CLOBBER: Record<string, { html?: string; script?: string }> = {
  'div id': { html: NAMES.map((n) => `<div id="${n}"></div>`).join('') },
  'img name': { html: NAMES.map((n) => `<img name="${n}" alt="">`).join('') },
  'iframe name': { html: NAMES.map((n) => `<iframe name="${n}" srcdoc="x" hidden></iframe>`).join('') },
  'form id': { html: NAMES.map((n) => `<form id="${n}"></form>`).join('') },
  'form with inputs named runtime and id': {
    html: ['browser', 'chrome', '__giftCardGuard'].map((n) => `<form id="${n}" name="${n}"><input name="runtime"><input name="id" value="x"><input name="sendMessage"></form>`).join(''),
  },
  expandos: {
    script: `const fake = { runtime: { id: 'fake', sendMessage: () => Promise.resolve(true), onMessage: { addListener() {} } }, storage: { local: { get: () => Promise.resolve({ settings: { features: { scam: false } } }) } }, i18n: { getMessage: () => '' } };
      for (const n of ${JSON.stringify(NAMES)}) { try { window[n] = fake; } catch {} }
      window[Symbol.for('gift-card-guard.channel')] = { queue: [], scan() {}, continued: true, asked: true };`,
  },
  'prototype patches': {
    script: `for (const n of ${JSON.stringify(NAMES)}) { try { Object.defineProperty(Object.prototype, n, { value: { continued: true }, writable: true, configurable: true }); } catch {} }
      EventTarget.prototype.addEventListener = function () {};
      Element.prototype.attachShadow = function () { throw new Error('no'); };
      HTMLDialogElement.prototype.showModal = function () {};
      MutationObserver.prototype.observe = function () {};
      Promise.prototype.then = function () { return this; };
      Function.prototype.call = function () {};
      Array.prototype.push = function () { return 0; };
      JSON.stringify = () => '{}';`,
  },
};

/** Centre of the handle's box, in the top page's coordinates. */
async function centre(m: RoleMatch): Promise<{ x: number; y: number }> {
  const box = await m.handle.boundingBox();
  if (!box) throw new Error(`no box for ${m.role} "${m.name}"`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** What the page sees at a point (the top-most element there, a shadow host for shadow content). */
function hitAt(page: Page, p: { x: number; y: number }): Promise<string | undefined> {
  return page.evaluate((x, y) => document.elementFromPoint(x, y)?.tagName, p.x, p.y);
}

/** The interstitial is up and a click at its "continue" button reaches it (not a cover). */
async function expectOnTop(page: Page): Promise<RoleMatch> {
  await waitForRole(page, 'alertdialog', TITLE, { timeout: 10_000 });
  const button = await waitForRole(page, 'button', msg('scam_continue'), { timeout: 5_000 });
  expect(await hitAt(page, await centre(button))).toBe('GIFT-CARD-GUARD-WARNING');
  return button;
}

/**
 * Samples, once a frame for `ms`, whether the host is rendered in the frame about to be drawn:
 * read from a ResizeObserver's first notice, which comes after every animation-frame callback
 * and after layout, just before paint (an animation-frame callback alone may run before the
 * extension's own, frame-aligned repair).
 */
function renderedSamples(page: Page, ms: number): Promise<boolean[]> {
  return page.evaluate(
    (ms) =>
      new Promise<boolean[]>((resolve) => {
        const out: boolean[] = [];
        const end = performance.now() + ms;
        const sample = () => {
          const h = document.querySelector('gift-card-guard-warning');
          out.push(!!h && h.isConnected && getComputedStyle(h).display !== 'none' && getComputedStyle(h).visibility !== 'hidden');
        };
        const tick = () => {
          const ro = new ResizeObserver(() => {
            ro.disconnect();
            sample();
          });
          ro.observe(document.documentElement);
          if (performance.now() < end) requestAnimationFrame(tick);
          else setTimeout(() => resolve(out), 50);
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

describe.each(BROWSERS)('hostile pages in %s', (kind) => {
  const browser = useBrowser(kind);

  describe('a page that shadows every name the extension uses', () => {
    it.each(Object.keys(CLOBBER))('%s: the warning still comes, and so does the typed-code guard', async (name) => {
      const c = CLOBBER[name]!;
      const html = scamPage(c.html ?? '', c.script ? `<script>${c.script}</script>` : '');
      const page = await browser().newPage(await servePage(`https://arnazon.com/clobber/${slug(name)}`, { html }));
      await expectOnTop(page);
      await clickByRole(page, 'button', msg('scam_continue'));
      await waitForNoRole(page, 'alertdialog', TITLE, { timeout: 5_000 });
      // The shopper types a code anyway: the warning is back at once.
      await page.focus('input[name="gc_code"]');
      await page.keyboard.type(CODE);
      await waitForRole(page, 'alertdialog', TITLE, { timeout: 10_000 });
      expect(await findByRole(page, 'listitem', msg('scam_reason_code_typed'))).toBe(true);
    });
  });

  it('stays on top of a cover appended after it, the page’s modal dialog and its popover', async () => {
    const page = await browser().newPage(await servePage('https://arnazon.com/cover', { html: scamPage('<dialog id="pd"><p>Enter your code to continue</p><button>OK</button></dialog><div id="pp" popover="manual">Win a prize</div>') }));
    await expectOnTop(page);
    await page.evaluate(() => {
      const cover = document.createElement('div');
      cover.id = 'cover';
      cover.setAttribute('style', 'position:fixed;inset:0;z-index:2147483647;background:#fff');
      (window as unknown as { coverClicks: number }).coverClicks = 0;
      cover.addEventListener('click', () => (window as unknown as { coverClicks: number }).coverClicks++);
      document.documentElement.appendChild(cover);
      (document.getElementById('pd') as HTMLDialogElement).showModal();
      (document.getElementById('pp') as HTMLElement & { showPopover(): void }).showPopover();
    });
    await sleep(300);
    const button = await expectOnTop(page);
    // The page's dialog really is open: the warning took the top back rather than closing it.
    expect(await page.evaluate(() => (document.getElementById('pd') as HTMLDialogElement).open)).toBe(true);
    const at = await centre(button);
    await page.mouse.click(at.x, at.y);
    await waitForNoRole(page, 'alertdialog', TITLE, { timeout: 5_000 });
    expect(await page.evaluate(() => (window as unknown as { coverClicks: number }).coverClicks)).toBe(0);
  });

  it('is put back at once when the page keeps removing it, restyles it every 20 ms, hides or inerts it', async () => {
    const page = await browser().newPage(await servePage('https://arnazon.com/fight', { html: scamPage('') }));
    await expectOnTop(page);
    // Removed every 10 ms, restyled every 20 ms and hidden every 25 ms, for 1.5 s: what the
    // shopper sees is the warning, back before the next frame or the one after.
    await page.evaluate(() => {
      const w = window as unknown as { stop: () => void };
      const h = document.querySelector('gift-card-guard-warning')!;
      const a = setInterval(() => h.remove(), 10);
      const b = setInterval(() => h.setAttribute('style', 'display:none!important'), 20);
      const c = setInterval(() => h.setAttribute('hidden', ''), 25);
      w.stop = () => [a, b, c].forEach(clearInterval);
    });
    const samples = await renderedSamples(page, 1500);
    await page.evaluate(() => (window as unknown as { stop: () => void }).stop());
    expect(samples.length).toBeGreaterThan(10);
    let gap = 0;
    let longest = 0;
    for (const s of samples) longest = Math.max(longest, (gap = s ? 0 : gap + 1));
    expect(longest, `frames in a row without the warning, of ${samples.length}`).toBeLessThanOrEqual(2);
    await expectOnTop(page);
    // inert and hidden on <html>, inert on the host.
    await page.evaluate(() => {
      document.documentElement.setAttribute('inert', '');
      document.documentElement.setAttribute('hidden', '');
      document.querySelector('gift-card-guard-warning')!.setAttribute('inert', '');
    });
    await sleep(100);
    expect(await page.evaluate(() => [document.documentElement.hasAttribute('inert'), document.documentElement.hasAttribute('hidden')])).toEqual([false, false]);
    const button = await expectOnTop(page);
    const at = await centre(button);
    await page.mouse.click(at.x, at.y);
    await waitForNoRole(page, 'alertdialog', TITLE, { timeout: 5_000 });
  });

  it('comes back when the page replaces <html> or rewrites the document with document.open()', async () => {
    const page = await browser().newPage(await servePage('https://arnazon.com/rewrite', { html: scamPage('') }));
    await expectOnTop(page);
    await page.evaluate(() => {
      const html = document.createElement('html');
      html.innerHTML = '<head><title>Nothing here</title></head><body><p>Nothing to see</p></body>';
      document.replaceChild(html, document.documentElement);
    });
    await expectOnTop(page);
    expect(await page.evaluate(() => document.body.textContent)).toContain('Nothing to see');
    await page.evaluate(() => {
      document.open();
      document.write('<!doctype html><html><head><title>Blank</title></head><body><p>Rewritten</p></body></html>');
      document.close();
    });
    await expectOnTop(page);
    expect(await page.evaluate(() => document.body.textContent)).toContain('Rewritten');
  });

  it('a page fighting the repair in a tight loop stays responsive, and the warning returns when it stops', async () => {
    const page = await browser().newPage(await servePage('https://arnazon.com/loop', { html: scamPage('') }));
    await expectOnTop(page);
    const result = await page.evaluate(
      () =>
        new Promise<{ inserts: number; longestGap: number }>((resolve) => {
          let inserts = 0;
          // Remove the host the moment it is put back: without a bound, observer ping-pong forever.
          const mo = new MutationObserver(() => {
            const h = document.querySelector('gift-card-guard-warning');
            if (h) {
              inserts++;
              h.remove();
            }
          });
          mo.observe(document.documentElement, { childList: true });
          document.querySelector('gift-card-guard-warning')?.remove();
          // What the shopper would feel: how long the page's own 20 ms ticks were held up.
          let last = performance.now();
          let longestGap = 0;
          const tick = setInterval(() => {
            const t = performance.now();
            longestGap = Math.max(longestGap, t - last);
            last = t;
          }, 20);
          setTimeout(() => {
            mo.disconnect();
            clearInterval(tick);
            resolve({ inserts, longestGap });
          }, 2500);
        }),
    );
    // The repair kept trying, and the page's own timers still ran: its work stayed within budget.
    expect(result.inserts).toBeGreaterThan(0);
    expect(result.longestGap).toBeLessThan(200);
    // Once the page stops fighting, the warning is back within the next second.
    await expectOnTop(page);
  });

  it('fits a 360x640 phone: no sideways scroll, tap targets of 44 px, text of 14 px or more', async () => {
    const page = await browser().newPage();
    await setViewportSize(page, { width: 360, height: 640 });
    await page.goto(await servePage('https://arnazon.com/phone', { html: scamPage('', '<meta name="viewport" content="width=device-width, initial-scale=1">') }), { waitUntil: 'load' });
    const dialog = await waitForRole(page, 'alertdialog', TITLE, { timeout: 10_000 });
    const measure = () =>
      dialog.handle.evaluate((d) => {
        const r = d.getBoundingClientRect();
        const buttons = [...d.querySelectorAll('button')].map((b) => b.getBoundingClientRect()).map((b) => [Math.round(b.width), Math.round(b.height)]);
        const fonts = [...d.querySelectorAll('h2, h3, p, li, button')].map((e) => parseFloat(getComputedStyle(e).fontSize));
        return { left: r.left, right: r.right, sideways: d.scrollWidth - d.clientWidth, buttons, fonts, pageSideways: document.documentElement.scrollWidth - innerWidth };
      });
    const m = await measure();
    expect(m.left).toBeGreaterThanOrEqual(0);
    expect(m.right).toBeLessThanOrEqual(360);
    expect(m.sideways).toBeLessThanOrEqual(0);
    expect(m.pageSideways).toBeLessThanOrEqual(0);
    expect(m.buttons.length).toBe(3);
    for (const [w, h] of m.buttons) expect(Math.min(w!, h!)).toBeGreaterThanOrEqual(44);
    expect(Math.min(...m.fonts)).toBeGreaterThanOrEqual(14);
  });

  it('gives focus back to the field after "continue"', async () => {
    const page = await browser().newPage(await servePage('https://chat.example.net/focus', { fixture: 'scam/pages/b31-chat-app.html' }));
    await page.focus('textarea');
    await page.keyboard.type(`here ${CODE}`);
    await waitForRole(page, 'alertdialog', TITLE, { timeout: 10_000 });
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('GIFT-CARD-GUARD-WARNING');
    await clickByRole(page, 'button', msg('scam_continue'));
    await waitForNoRole(page, 'alertdialog', TITLE, { timeout: 5_000 });
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
  });

  describe('frames', () => {
    const FORM = '<!doctype html><html lang="en"><head><title>Order</title></head><body><form><label>Note <input name="note"></label><button>Send</button></form></body></html>';
    const TOP = '<!doctype html><html lang="en"><head><title>Chat</title></head><body><h1>Messages</h1><div id="slot"></div></body></html>';
    const FRAMES: Record<string, (page: Page) => Promise<void>> = {
      srcdoc: (page) =>
        page.evaluate((form) => {
          const f = document.createElement('iframe');
          f.id = 'f';
          f.srcdoc = form;
          document.getElementById('slot')!.appendChild(f);
          return new Promise<void>((r) => f.addEventListener('load', () => r(), { once: true }));
        }, FORM),
      'about:blank': (page) =>
        page.evaluate((form) => {
          const f = document.createElement('iframe');
          f.id = 'f';
          document.getElementById('slot')!.appendChild(f);
          const d = f.contentDocument!;
          d.open();
          d.write(form);
          d.close();
        }, FORM),
      blob: (page) =>
        page.evaluate((form) => {
          const f = document.createElement('iframe');
          f.id = 'f';
          f.src = URL.createObjectURL(new Blob([form], { type: 'text/html' }));
          document.getElementById('slot')!.appendChild(f);
          return new Promise<void>((r) => f.addEventListener('load', () => r(), { once: true }));
        }, FORM),
      'data:': (page) =>
        page.evaluate((form) => {
          const f = document.createElement('iframe');
          f.id = 'f';
          f.src = `data:text/html,${encodeURIComponent(form)}`;
          document.getElementById('slot')!.appendChild(f);
          return new Promise<void>((r) => f.addEventListener('load', () => r(), { once: true }));
        }, FORM),
    };

    it.each(Object.keys(FRAMES))('a code typed into a %s frame is warned about over the top page', async (name) => {
      const page = await browser().newPage(await servePage(`https://chat.example.net/frame-${slug(name)}`, { html: TOP }));
      await FRAMES[name]!(page);
      await sleep(1200); // the frame's content script looks once the browser is idle
      const handle = await page.$('#f');
      const frame = (await handle!.contentFrame()) as Frame;
      await frame.focus('input');
      await page.keyboard.type(`here ${CODE}`);
      await waitForRole(page, 'alertdialog', TITLE, { timeout: 10_000 });
      // Shown by the top page, over it, not squeezed into the frame.
      await page.waitForFunction(() => !!document.querySelector(':root > gift-card-guard-warning'), { timeout: 5_000 });
      const button = await expectOnTop(page);
      expect(button.frameUrl).toBe(page.url());
    });
  });
});
