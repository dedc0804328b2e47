// Phone-size checks for our UI, run in the page: what a shopper on a 360 px screen would notice.
//   - nothing of ours sticks out of the viewport, and the page does not scroll sideways;
//   - every tap target (link, button, summary, field, label around a checkbox or file input) is
//     at least 44 × 44 px;
//   - no visible text under 14 px, and text contrast is at least 4.5:1 (3:1 for large text)
//     against the first painted background behind it (through our shadow host into the page);
//   - in-page UI does not overlap any of the page's own buttons, links or fields.
import type { ElementHandle, Page } from 'puppeteer-core';

export const PHONE_VIEWPORTS = [
  { width: 360, height: 640 },
  { width: 412, height: 915 },
] as const;

export const ANDROID_CHROME_UA =
  'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36';
export const ANDROID_FIREFOX_UA = 'Mozilla/5.0 (Android 14; Mobile; rv:142.0) Gecko/142.0 Firefox/142.0';

export interface PhoneReport {
  viewport: number;
  /** How many elements, text runs and tap targets were looked at (a check that saw nothing fails). */
  counted: { elements: number; texts: number; targets: number; pageControls: number };
  problems: string[];
}

/**
 * Audit the UI `start` belongs to: its shadow root when it is in one (in-page UI), else the whole
 * document (the popup page).
 */
export async function auditPhoneUi(start: ElementHandle<Element>): Promise<PhoneReport> {
  return start.evaluate((el) => {
    const MIN_TEXT = 14;
    const MIN_TARGET = 44;
    const root = el.getRootNode() as Document | ShadowRoot;
    const inShadow = root instanceof ShadowRoot;
    const host = inShadow ? (root as ShadowRoot).host : null;
    const scope: ParentNode = inShadow ? root : document.body;
    const vw = document.documentElement.clientWidth;
    const problems: string[] = [];
    const name = (e: Element) =>
      `<${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}> "${(e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    const shown = (e: Element) => {
      const r = e.getBoundingClientRect();
      const cs = getComputedStyle(e);
      return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none';
    };
    const parent = (e: Element): Element | null => e.parentElement ?? ((e.getRootNode() as ShadowRoot).host || null);
    const rgba = (c: string): [number, number, number, number] | null => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const p = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
      return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
    };
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const background = (e: Element): number[] => {
      for (let cur: Element | null = e; cur; cur = parent(cur)) {
        const c = rgba(getComputedStyle(cur).backgroundColor);
        if (c && c[3] > 0.5) return c;
      }
      // The canvas: white unless the page itself opts into dark (the popup sets its own background).
      return [255, 255, 255, 1];
    };

    if (document.documentElement.scrollWidth > vw + 1) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px content in a ${vw} px viewport`);
    let elements = 0;
    for (const e of Array.from(scope.querySelectorAll('*'))) {
      if (!shown(e) || e.closest('.visually-hidden')) continue;
      elements++;
      const r = e.getBoundingClientRect();
      if (r.right > vw + 1 || r.left < -1) problems.push(`${name(e)} sticks out of the ${vw} px viewport (${Math.round(r.left)}..${Math.round(r.right)})`);
    }

    let texts = 0;
    const walker = document.createTreeWalker(scope as Node, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const e = n.parentElement;
      if (!e || !(n.textContent ?? '').trim() || !shown(e) || e.closest('svg, style, script, .visually-hidden')) continue;
      texts++;
      const cs = getComputedStyle(e);
      const size = parseFloat(cs.fontSize);
      if (size < MIN_TEXT - 0.01) problems.push(`${name(e)} text is ${size} px`);
      const fg = rgba(cs.color);
      if (fg) {
        const bg = background(e);
        const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x) as [number, number];
        const ratio = (a + 0.05) / (b + 0.05);
        const large = size >= 24 || (size >= 18.66 && Number(cs.fontWeight) >= 700);
        if (ratio < (large ? 3 : 4.5)) problems.push(`${name(e)} contrast ${ratio.toFixed(2)}:1 (${cs.color} on rgb(${bg.slice(0, 3).join(', ')}))`);
      }
    }

    let targets = 0;
    const seen = new Set<Element>();
    for (const c of Array.from(scope.querySelectorAll('a[href], button, summary, input:not([type="hidden"]), select, textarea'))) {
      const wrap = c.closest('label');
      const t = c instanceof HTMLInputElement && (c.type === 'checkbox' || c.type === 'radio' || c.type === 'file') && wrap ? wrap : c;
      if (seen.has(t) || !shown(t)) continue;
      seen.add(t);
      targets++;
      const r = t.getBoundingClientRect();
      if (r.width < MIN_TARGET - 0.5 || r.height < MIN_TARGET - 0.5) problems.push(`${name(t)} tap target is ${Math.round(r.width)} × ${Math.round(r.height)} px`);
    }

    let pageControls = 0;
    if (host) {
      const ours = host.getBoundingClientRect();
      const controls = document.querySelectorAll('button, a[href], input:not([type="hidden"]), select, textarea, [role="button"]');
      for (const c of Array.from(controls)) {
        if (host.contains(c) || !shown(c)) continue;
        pageControls++;
        const r = c.getBoundingClientRect();
        const overlap = Math.min(r.right, ours.right) - Math.max(r.left, ours.left) > 1 && Math.min(r.bottom, ours.bottom) - Math.max(r.top, ours.top) > 1;
        if (overlap) problems.push(`our UI covers the page's ${name(c)}`);
      }
    }
    return { viewport: vw, counted: { elements, texts, targets, pageControls }, problems };
  });
}

/** Give a desktop-captured fixture the viewport tag Amazon's mobile pages carry. */
export async function addMobileViewportMeta(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const add = () => {
      if (document.querySelector('meta[name="viewport"]') || !document.head) return;
      const m = document.createElement('meta');
      m.name = 'viewport';
      m.content = 'width=device-width, initial-scale=1';
      document.head.prepend(m);
    };
    document.addEventListener('DOMContentLoaded', add, { once: true });
  });
}

/**
 * page.setViewport, in Firefox too: puppeteer's BiDi setViewport also sends
 * emulation.setScreenOrientationOverride, which Firefox 140.12 ESR (Debian's, 2026-12) does not
 * know; the viewport itself is set by the command sent beside it. Checked: the page's width is
 * the one asked for.
 */
export async function setViewportSize(page: Page, size: { width: number; height: number }): Promise<void> {
  try {
    await page.setViewport(size);
  } catch (err) {
    if (!/setScreenOrientationOverride/.test(String(err))) throw err;
  }
  // The viewport command may still be on its way when the other one has failed.
  let width = 0;
  for (let i = 0; i < 40; i++) {
    width = await page.evaluate(() => window.innerWidth);
    if (Math.abs(width - size.width) <= 20) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`viewport is ${width} px wide, not ${size.width}`);
}
