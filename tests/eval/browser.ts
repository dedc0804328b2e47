// npm run eval -- --browser: every corpus page in Chromium with the built extension, served over
// loopback HTTPS under its own host name (tests/e2e/harness). Per page: is a warning on screen
// 3 s after the load event with no interaction at all; then after one wheel turn and a click on
// plain text. Plain-HTTP corpus URLs are served over HTTPS (the fixture server speaks only that);
// the guard treats both alike.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchChromium } from '../e2e/harness/chromium';
import { route, setServerInfo, urlFor } from '../e2e/harness/client';
import { CHROME_BUILD, ROOT } from '../e2e/harness/paths';
import { startFixtureServer } from '../e2e/harness/server';
import { html, type CorpusPage, type Split } from './corpus';

const WAIT_MS = 3000;
const AFTER_MS = 1500;
const TABS = 3;

export interface BrowserResult {
  p: CorpusPage;
  onLoad: boolean;
  afterInteraction: boolean;
  /** When the warning was first seen after load, ms (polled every 100 ms). */
  firstSeenMs: number | null;
  error?: string;
}

/** A warning host in the page or any of its frames. */
async function warned(page: Page): Promise<boolean> {
  for (const frame of page.frames()) {
    try {
      if (await frame.evaluate(() => !!document.querySelector('gift-card-guard-warning'))) return true;
    } catch {
      // A frame that went away says nothing.
    }
  }
  return false;
}

/** Input goes to one tab at a time, brought to the front first: headless Chromium can hold a
 * mouse event sent to a background tab until the protocol call times out. */
let inputLock: Promise<unknown> = Promise.resolve();

function interact(page: Page): Promise<void> {
  const run = inputLock.then(() => interactNow(page));
  inputLock = run.catch(() => undefined);
  return run;
}

/** One wheel turn, then a click on a spot of plain text (never a link, button or field). */
async function interactNow(page: Page): Promise<void> {
  await page.bringToFront();
  await page.mouse.move(200, 200);
  await page.mouse.wheel({ deltaY: 300 });
  const spot = await page.evaluate(() => {
    const els = document.querySelectorAll('p, h1, h2, li, td, span, div');
    for (const el of Array.from(els).slice(0, 500)) {
      if (el.closest('a, button, label, input, select, textarea, [onclick], [role="button"], summary')) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 20 || r.height < 8 || r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) continue;
      const x = r.left + 3;
      const y = r.top + 3;
      const hit = document.elementFromPoint(x, y);
      if (hit && !hit.closest('a, button, label, input, select, textarea, [onclick], [role="button"], summary')) return { x, y };
    }
    return null;
  });
  if (spot) await page.mouse.click(spot.x, spot.y);
}

async function runOne(newPage: () => Promise<Page>, p: CorpusPage): Promise<BrowserResult> {
  const page = await newPage();
  try {
    const url = new URL(p.url.replace(/^http:/, 'https:'));
    await route(url.hostname, url.pathname, html(p));
    await page.goto(urlFor(url.href), { waitUntil: 'load', timeout: 20_000 });
    const start = Date.now();
    let firstSeenMs: number | null = null;
    while (Date.now() - start < WAIT_MS) {
      if (await warned(page)) {
        firstSeenMs = Date.now() - start;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const onLoad = firstSeenMs !== null;
    let afterInteraction = onLoad;
    if (!onLoad) {
      await interact(page);
      await new Promise((r) => setTimeout(r, AFTER_MS));
      afterInteraction = await warned(page);
    }
    return { p, onLoad, afterInteraction, firstSeenMs };
  } catch (err) {
    return { p, onLoad: false, afterInteraction: false, firstSeenMs: null, error: (err as Error).message.split('\n')[0] };
  } finally {
    await page.close().catch(() => {});
  }
}

const pct = (n: number, d: number) => `${n}/${d} (${d ? ((n / d) * 100).toFixed(1) : '0.0'}%)`;

/** Runs the browser eval; prints figures per split; returns true when the test split misses a target. */
export async function browserEval(pages: CorpusPage[], verbose: boolean): Promise<boolean> {
  if (!fs.existsSync(path.join(CHROME_BUILD, 'manifest.json')) || process.argv.includes('--build')) {
    console.log('\nBuilding the extension …');
    execSync('npm run -s build', { cwd: ROOT, stdio: 'inherit' });
  }
  const server = await startFixtureServer({ port: 0 });
  setServerInfo({ port: server.port, token: server.token, cert: server.cert });
  const session = await launchChromium({ extensionDir: CHROME_BUILD, port: server.port });
  const results: BrowserResult[] = [];
  try {
    const queue = [...pages];
    const worker = async () => {
      for (let p = queue.shift(); p; p = queue.shift()) results.push(await runOne(() => session.newPage(), p));
    };
    await Promise.all(Array.from({ length: TABS }, worker));
  } finally {
    await session.close();
    await server.close();
  }
  const showTest = process.argv.includes('--show-test');
  console.log(`\nIn Chromium with the built extension (${results.length} pages, warning within ${WAIT_MS / 1000} s of load, no interaction; then a wheel turn and a click)`);
  for (const r of results.sort((a, b) => a.p.id.localeCompare(b.p.id))) {
    const scam = r.p.label === 'scam';
    const bad = scam ? !r.onLoad : r.afterInteraction;
    // A page that did not load is named in both splits: that is the harness, not a rule.
    if (((verbose || bad) && (r.p.split === 'train' || showTest)) || r.error) {
      console.log(`${bad ? (scam ? 'MISS ' : 'FALSE') : 'ok   '} ${r.p.split.padEnd(5)} ${r.p.label.padEnd(6)} load:${r.onLoad ? 'y' : '-'} after:${r.afterInteraction ? 'y' : '-'} ${r.firstSeenMs ?? ''}  ${r.p.id}${r.error ? `  ERROR ${r.error}` : ''}`);
    }
  }
  console.log('split  scam warned on load        after interaction       false alarms   median ms to warning');
  let failed = false;
  for (const split of ['train', 'test'] as Split[]) {
    const rs = results.filter((r) => r.p.split === split);
    if (!rs.length) continue;
    const scams = rs.filter((r) => r.p.label === 'scam');
    const benign = rs.filter((r) => r.p.label === 'benign');
    const onLoad = scams.filter((r) => r.onLoad).length;
    const after = scams.filter((r) => r.afterInteraction).length;
    const falseAlarms = benign.filter((r) => r.afterInteraction).length;
    const times = scams.map((r) => r.firstSeenMs).filter((t): t is number => t !== null).sort((a, b) => a - b);
    const median = times.length ? times[Math.floor(times.length / 2)] : null;
    console.log(`${split.padEnd(6)} ${pct(onLoad, scams.length).padEnd(25)} ${pct(after, scams.length).padEnd(23)} ${`${falseAlarms}/${benign.length}`.padEnd(14)} ${median ?? '-'}`);
    if (split === 'test') failed = onLoad < 0.95 * scams.length || falseAlarms > 0;
  }
  for (const split of ['train', 'test'] as Split[]) {
    const errors = results.filter((r) => r.error && r.p.split === split).length;
    if (errors) console.log(`${split}: ${errors} page(s) failed to load (a scam page among them counts as missed; a benign one was not judged)`);
  }
  return failed;
}
