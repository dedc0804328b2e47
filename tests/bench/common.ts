// What both benches (run.ts, amazon.ts) share: the one-line extension that stands for the floor
// any content script pays, the Chromium launch, one load's main-thread script time, the median.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type CDPSession } from 'puppeteer-core';
import { chromiumBaseArgs } from '../e2e/harness/chromium';
import { CHROMIUM_PATH } from '../e2e/harness/paths';

/** An unpacked extension whose only content script is one line, on every page and frame. */
export function oneLineExtension(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-one-line-'));
  fs.writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'one line',
      version: '1.0',
      content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['one.js'], run_at: 'document_idle', all_frames: true }],
    }),
  );
  fs.writeFileSync(path.join(dir, 'one.js'), 'document.documentElement.dataset.oneLine = "1";\n');
  return dir;
}

/** Headless Chromium with `extension` loaded (or none), every host mapped to the fixture server. */
export async function launch(port: number, extension: string | null): Promise<{ browser: Browser; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-bench-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    userDataDir: dir,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...chromiumBaseArgs(port),
      ...(extension ? [`--load-extension=${extension}`, `--disable-extensions-except=${extension}`] : ['--disable-extensions']),
    ],
  });
  return { browser, dir };
}

/** The page's main-thread script time so far (CDP Performance.getMetrics ScriptDuration), in ms. */
export async function scriptDuration(cdp: CDPSession): Promise<number> {
  return ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export function chromiumVersion(): string {
  return execSync(`${CHROMIUM_PATH} --version`).toString().trim().replace(/^Chromium /, '');
}
