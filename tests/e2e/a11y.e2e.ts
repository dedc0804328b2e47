// axe-core (WCAG 2.1 A and AA) on the popup and on the scam guard's in-page UI, light and dark,
// in Chromium. The in-page UI lives in a closed shadow root axe cannot enter, so the test copies
// the rendered warning into an open test host on the same page (same styles, same text) and
// runs axe there.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { clickByRole, servePage, useBrowser, waitForRole } from './harness';
import { ROOT } from './harness/paths';

const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const EN = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const msg = (key: string) => EN[key]!.message;
const SCHEMES = ['light', 'dark'] as const;

interface Violation {
  id: string;
  impact: string;
  nodes: { target: unknown; failureSummary: string }[];
}

async function axe(page: Page, include?: string): Promise<Violation[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async (include) => {
    const a = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }> } }).axe;
    const r = await a.run(include ? { include: [[include]] } : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, include);
}

describe('accessibility (axe, WCAG 2.1 A/AA) in chromium', () => {
  const browser = useBrowser('chromium');

  it.each(SCHEMES)('the popup, %s', async (scheme) => {
    const popup = await browser().openPopup();
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await popup.waitForSelector('body *');
    await new Promise((r) => setTimeout(r, 500));
    expect(await axe(popup)).toEqual([]);
  });

  const UIS = [
    { name: 'scam interstitial', url: 'https://arnazon.com/gc/verify', fixture: 'scam/pages/s02-arnazon-activate.html', role: 'alertdialog', title: msg('scam_title_high'), key: false },
    { name: 'scam banner', url: 'https://windows-defender-alert.xyz/', fixture: 'scam/pages/s13-scareware.html', role: 'alert', title: msg('scam_title_warn'), key: true },
  ];

  for (const ui of UIS) {
    it.each(SCHEMES)(`${ui.name}, %s`, async (scheme) => {
      const html = `<!doctype html><html lang="en"><head><title>Test host</title></head><body><main><h1>Test host</h1></main></body></html>`;
      const page = await browser().newPage(await servePage(ui.url, { fixture: ui.fixture }));
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      if (ui.key) await page.keyboard.press('ArrowDown');
      const found = await waitForRole(page, ui.role, ui.title, { timeout: 10_000 });
      // The warning's shadow content, as rendered, copied into an open host on a clean page.
      // Its styles come from an adopted (constructed) sheet: copied in as a <style>.
      const copy = await found.handle.evaluate((el) => {
        const root = el.getRootNode() as ShadowRoot;
        const sheets = [...root.adoptedStyleSheets].map((s) => `<style>${[...s.cssRules].map((r) => r.cssText).join('\n')}</style>`);
        return sheets.join('') + [...root.childNodes].map((n) => (n as Element).outerHTML ?? '').join('');
      });
      const clean = await browser().newPage(await servePage('https://test-host.example/', { html }));
      await clean.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await clean.evaluate((inner) => {
        const host = document.createElement('div');
        host.id = 'open-host';
        document.body.appendChild(host);
        host.attachShadow({ mode: 'open' }).innerHTML = inner;
        const d = host.shadowRoot!.querySelector('dialog');
        if (d) {
          d.removeAttribute('open');
          d.showModal();
        }
        const p = host.shadowRoot!.querySelector('[popover]') as (HTMLElement & { showPopover(): void }) | null;
        p?.showPopover();
      }, copy);
      expect(copy).toContain(ui.title);
      expect(await axe(clean, '#open-host')).toEqual([]);
      await clickByRole(page, 'button', msg('scam_leave')).catch(() => undefined);
    });
  }
});
