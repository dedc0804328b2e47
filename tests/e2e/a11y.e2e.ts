// axe-core (WCAG 2.1 A and AA) on the popup and on the scam guard's in-page UI, light and dark,
// in Chromium. The in-page UI lives in a closed shadow root axe cannot enter (nor can puppeteer
// run code on a node inside it reliably), so the test checks that the extension shows it on the
// real page, then renders the same UI with the same code (src/scam/warning-ui.ts, bundled here)
// and the English texts into an open shadow root on a clean page, and runs axe there.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { clickByRole, servePage, useBrowser, waitForRole } from './harness';
import { ROOT } from './harness/paths';

const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const EN = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const msg = (key: string) => EN[key]!.message;
const SCHEMES = ['light', 'dark'] as const;
const WARNING_UI = (
  await build({ entryPoints: [path.join(ROOT, 'src/scam/warning-ui.ts')], bundle: true, format: 'iife', globalName: 'GCG_UI', write: false, target: 'es2022', logLevel: 'silent' })
).outputFiles[0]!.text;

interface Violation {
  id: string;
  impact: string;
  nodes: { target: unknown; failureSummary: string }[];
}

async function axe(page: Page, include?: string): Promise<Violation[]> {
  // Evaluated rather than added as a <script>: the popup's CSP allows no inline script.
  await page.evaluate(AXE);
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
    { name: 'scam interstitial', url: 'https://arnazon.com/gc/verify', fixture: 'scam/pages/s02-arnazon-activate.html', level: 'high', role: 'alertdialog', title: msg('scam_title_high'), key: false },
    { name: 'scam banner', url: 'https://windows-defender-alert.xyz/', fixture: 'scam/pages/s13-scareware.html', level: 'warn', role: 'alert', title: msg('scam_title_warn'), key: true },
  ] as const;
  const MESSAGES = Object.fromEntries(Object.entries(EN).map(([k, v]) => [k, v.message]));
  const REASONS = Object.keys(MESSAGES).filter((k) => k.startsWith('scam_reason_')).slice(0, 5);

  for (const ui of UIS) {
    it.each(SCHEMES)(`${ui.name}, %s`, async (scheme) => {
      // The extension shows it on the scam page.
      const page = await browser().newPage(await servePage(ui.url, { fixture: ui.fixture }));
      if (ui.key) await page.keyboard.press('ArrowDown');
      await waitForRole(page, ui.role, ui.title, { timeout: 10_000 });
      await clickByRole(page, 'button', msg('scam_leave')).catch(() => undefined);
      // The same UI, from the same code, in an open shadow root on a clean page.
      const html = '<!doctype html><html lang="en"><head><title>Test host</title></head><body><main><h1>Test host</h1></main></body></html>';
      const clean = await browser().newPage(await servePage('https://test-host.example/', { html }));
      await clean.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await clean.evaluate(WARNING_UI);
      await clean.evaluate(
        (level, messages, reasons) => {
          const attach = Element.prototype.attachShadow;
          Element.prototype.attachShadow = function (init: ShadowRootInit) {
            return attach.call(this, { ...init, mode: 'open' });
          };
          const t = (key: string, sub?: string) => (messages[key] ?? '').replace(/\$[A-Z_]+\$/g, sub ?? '');
          const api = (window as unknown as { GCG_UI: { mountWarning(v: unknown): unknown } }).GCG_UI;
          api.mountWarning({ level, reasons, host: 'arnazon.com', t, report: 'Action Fraud (actionfraud.police.uk, 0300 123 2040)', onLeave() {}, onContinue() {}, onTrust() {} });
        },
        ui.level,
        MESSAGES,
        REASONS,
      );
      const text = await clean.evaluate(() => document.querySelector('gift-card-guard-warning')?.shadowRoot?.textContent ?? '');
      expect(text).toContain(ui.title);
      expect(await axe(clean, 'gift-card-guard-warning')).toEqual([]);
    });
  }
});
