// Quick A/B of builds: node --import tsx tests/bench/variants.ts dirA dirB ... (unpacked
// extensions). Median ScriptDuration added over no extension, first 3 s after load, the browsers
// taking turns. BENCH_SET=every: the every-page bench's pages (default: the Amazon bench's
// checkout and balance pages); BENCH_PAGES picks pages by index. Under the bench lock.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { route, setServerInfo, urlFor } from '../e2e/harness/client';
import { startFixtureServer } from '../e2e/harness/server';
import { writeTemplatedFixtures } from '../fixtures/checkout/build';
import { AMAZON_PAGES } from './amazon-pages';
import { BENCH_PAGES } from './pages';
import { launch, median } from './common';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const EVERY = process.env.BENCH_SET === 'every';
const SET: Array<{ name: string; url: string; html: () => string }> = EVERY ? BENCH_PAGES : AMAZON_PAGES;
const PAGES = (process.env.BENCH_PAGES ?? (EVERY ? '0,1,2' : '3,4')).split(',').map(Number);

async function measure(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 3000));
  const m = (await cdp.send('Performance.getMetrics')).metrics;
  const get = (n: string) => (m.find((x) => x.name === n)?.value ?? 0) * 1000;
  await page.close();
  return process.env.METRIC ? get(process.env.METRIC) : await Promise.resolve(get('ScriptDuration'));
}

writeTemplatedFixtures();
const server = await startFixtureServer({ port: 0 });
setServerInfo({ port: server.port, token: server.token, cert: server.cert });
for (const p of SET) {
  const u = new URL(p.url);
  await route(u.hostname, u.pathname, p.html());
}
const open: Array<{ name: string; browser: Browser; dir: string }> = [];
try {
  for (const ext of [null, ...process.argv.slice(2)]) {
    const { browser, dir } = await launch(server.port, ext && path.resolve(ext));
    open.push({ name: ext ? path.basename(ext) : 'none', browser, dir });
    await measure(browser, urlFor(SET[PAGES[0]!]!.url));
  }
  const samples = new Map(open.map((o) => [o.name, PAGES.map(() => [] as number[])]));
  for (let i = 0; i < RUNS; i++) {
    for (const [k, pi] of PAGES.entries()) for (const o of open) samples.get(o.name)![k]!.push(await measure(o.browser, urlFor(SET[pi]!.url)));
  }
  for (const [k, pi] of PAGES.entries()) {
    const base = median(samples.get('none')![k]!);
    console.log(`${SET[pi]!.name}: none ${base.toFixed(2)} ms`);
    for (const o of open.slice(1)) console.log(`  ${o.name.padEnd(24)} +${(median(samples.get(o.name)![k]!) - base).toFixed(2)} ms`);
  }
} finally {
  for (const o of open) {
    await o.browser.close();
    fs.rmSync(o.dir, { recursive: true, force: true });
  }
  await server.close();
}
