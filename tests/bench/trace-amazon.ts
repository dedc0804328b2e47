// Where the full Amazon script's time goes on one load: a Chromium trace (devtools.timeline, v8 and
// the sampling profiler) of the bench's checkout and balance pages with the extension loaded, then
// the trace events and profile samples that belong to chrome-extension:// scripts, summed.
// Run: node --import tsx tests/bench/trace-amazon.ts [page-index ...] (BENCH_EXT=dir for a copy).
// Under the bench lock: flock /tmp/bench.lock node --import tsx tests/bench/trace-amazon.ts
import fs from 'node:fs';
import path from 'node:path';
import { route, setServerInfo, urlFor } from '../e2e/harness/client';
import { CHROME_BUILD } from '../e2e/harness/paths';
import { startFixtureServer } from '../e2e/harness/server';
import { writeTemplatedFixtures } from '../fixtures/checkout/build';
import { AMAZON_PAGES } from './amazon-pages';
import { launch } from './common';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  cat: string;
  id?: string;
  args?: { data?: Record<string, unknown> & { cpuProfile?: CpuProfile; timeDeltas?: number[]; url?: string } };
}
interface CpuNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface CpuProfile {
  nodes?: CpuNode[];
  samples?: number[];
}

const LOADS = Number(process.env.TRACE_LOADS ?? 5);
const pagesArg = process.argv.slice(2).map(Number);
const pages = (pagesArg.length ? pagesArg : [3, 4]).map((i) => AMAZON_PAGES[i]!);

writeTemplatedFixtures();
const server = await startFixtureServer({ port: 0 });
setServerInfo({ port: server.port, token: server.token, cert: server.cert });
for (const p of AMAZON_PAGES) {
  const u = new URL(p.url);
  await route(u.hostname, u.pathname, p.html());
}
const ext = path.resolve(process.env.BENCH_EXT || CHROME_BUILD);
const { browser, dir } = await launch(server.port, ext);
try {
  const warm = await browser.newPage();
  await warm.goto(urlFor(pages[0]!.url), { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 1500));
  await warm.close();
  for (const p of pages) {
    const byEvent = new Map<string, number[]>();
    const byFn = new Map<string, number>();
    const byLine = new Map<string, number>();
    let profTotal = 0;
    for (let load = 0; load < LOADS; load++) {
      const page = await browser.newPage();
      const file = path.join(dir, `trace-${load}.json`);
      await page.tracing.start({
        path: file,
        categories: (process.env.TRACE_CATS ?? 'devtools.timeline,v8,v8.execute,disabled-by-default-devtools.timeline,disabled-by-default-v8.cpu_profiler,blink,toplevel').split(','),
      });
      await page.goto(urlFor(p.url), { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 3000));
      await page.tracing.stop();
      await page.close();
      const events = (JSON.parse(fs.readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
      // Trace events that name an extension script (compile, evaluate, function calls, ...).
      const isExt = (e: TraceEvent) => JSON.stringify(e.args ?? {}).includes('chrome-extension://');
      const perLoad = new Map<string, number>();
      for (const e of events) {
        if (e.ph !== 'X' || !isExt(e)) continue;
        const url = String(e.args?.data?.url ?? (e.args?.data as { fileName?: string } | undefined)?.fileName ?? '');
        const key = `${e.name} ${url.replace(/^chrome-extension:\/\/[a-z]+\//, '')}`;
        perLoad.set(key, (perLoad.get(key) ?? 0) + (e.dur ?? 0) / 1000);
      }
      for (const [k, v] of perLoad) byEvent.set(k, [...(byEvent.get(k) ?? []), v]);
      // Sampling profile: self time per extension function.
      const nodes = new Map<string, CpuNode>();
      const chunks = events.filter((e) => e.name === 'ProfileChunk');
      const pk = (c: TraceEvent, id: number) => `${c.pid}:${c.id}:${id}`;
      for (const c of chunks) {
        const prof = c.args?.data?.cpuProfile;
        for (const n of prof?.nodes ?? []) {
          n.callFrame.url ??= '';
          nodes.set(pk(c, n.id), n);
        }
      }
      for (const c of chunks) {
        const prof = c.args?.data?.cpuProfile;
        const deltas = c.args?.data?.timeDeltas ?? [];
        (prof?.samples ?? []).forEach((s, i) => {
          const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
          const n = nodes.get(pk(c, s));
          if (!n) return;
          // Attribute to the innermost extension frame on the stack (built-ins called by us count to us).
          let m: CpuNode | undefined = n;
          while (m && !m.callFrame.url.startsWith('chrome-extension://')) m = m.parent ? nodes.get(pk(c, m.parent)) : undefined;
          if (!m) return;
          profTotal += dt;
          const fn = `${n.callFrame.functionName || '(anon)'}${n === m ? '' : ' <- ' + (m.callFrame.functionName || '(anon)')}`;
          byFn.set(fn, (byFn.get(fn) ?? 0) + dt);
          const line = `${m.callFrame.functionName || '(anon)'}@${m.callFrame.lineNumber}:${m.callFrame.columnNumber}`;
          byLine.set(line, (byLine.get(line) ?? 0) + dt);
        });
      }
      fs.rmSync(file);
    }
    console.log(`\n== ${p.name}: ${LOADS} loads; trace events naming chrome-extension:// (ms per load, mean)`);
    for (const [k, vs] of [...byEvent].sort((a, b) => b[1].reduce((x, y) => x + y, 0) - a[1].reduce((x, y) => x + y, 0)).slice(0, 25)) {
      console.log(`${(vs.reduce((a, b) => a + b, 0) / LOADS).toFixed(2).padStart(7)}  ${k}  (${vs.length} loads)`);
    }
    console.log(`-- profile samples under extension frames: ${(profTotal / LOADS).toFixed(2)} ms per load; by leaf function (<- innermost extension frame)`);
    for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(v / LOADS).toFixed(2).padStart(7)}  ${k}`);
    console.log('-- by innermost extension function');
    for (const [k, v] of [...byLine].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(v / LOADS).toFixed(2).padStart(7)}  ${k}`);
  }
} finally {
  await browser.close();
  fs.rmSync(dir, { recursive: true, force: true });
  await server.close();
}
