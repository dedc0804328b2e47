#!/usr/bin/env node
// `npm test`: every check, in order, with each stage's output streamed as it runs.
//   1. typecheck      npm run typecheck
//   2. unit           vitest run (vitest.config.ts)
//   3. build          npm run build            (Chrome MV3 + Firefox MV2)
//   4. lint:firefox   npm run lint:firefox     (needs the build)
//   5. e2e            vitest run -c vitest.e2e.config.ts   (needs the build; real Chromium + Firefox)
// A failing stage does not stop the ones after it, except that lint and e2e need a good build.
// The last line is "N passed, N failed": tests passed and failed over unit + e2e, where a stage
// that failed without a failed test to show for it (typecheck, build, lint, a crashed runner)
// counts as one failed. Exit code 0 only when everything passed.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS = path.join(ROOT, 'test-results');
const VITEST = path.join(ROOT, 'node_modules/vitest/vitest.mjs');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
    child.on('error', (err) => {
      console.error(`could not start ${cmd}: ${err.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function vitestArgs(name, extra = []) {
  const out = path.join(RESULTS, `${name}.json`);
  fs.rmSync(out, { force: true });
  return { out, args: [VITEST, 'run', ...extra, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`] };
}

function readCounts(file) {
  try {
    const r = JSON.parse(fs.readFileSync(file, 'utf8'));
    return {
      passed: r.numPassedTests ?? 0,
      failed: r.numFailedTests ?? 0,
      skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
      failedFiles: r.numFailedTestSuites ?? 0,
    };
  } catch {
    return null;
  }
}

const stages = [];
let passed = 0;
let failed = 0;
let skipped = 0;

function banner(name) {
  console.log(`\n━━━━━━━━━━━━━━━━ ${name} ━━━━━━━━━━━━━━━━`);
}

async function stage(name, fn) {
  banner(name);
  const t0 = Date.now();
  const result = await fn();
  const seconds = (Date.now() - t0) / 1000;
  stages.push({ name, seconds, ...result });
  return result.ok;
}

async function commandStage(name, cmd, args) {
  return stage(name, async () => {
    const code = await run(cmd, args);
    if (code !== 0) failed += 1;
    return { ok: code === 0, note: code === 0 ? '' : `exit ${code} (counted as 1 failed)` };
  });
}

async function testStage(name, extraArgs) {
  return stage(name, async () => {
    const { out, args } = vitestArgs(name, extraArgs);
    const code = await run(process.execPath, args);
    const c = readCounts(out);
    if (!c) {
      failed += 1;
      return { ok: false, note: `exit ${code}, no test report (counted as 1 failed)` };
    }
    passed += c.passed;
    failed += c.failed;
    skipped += c.skipped;
    let note = `${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`;
    if (code !== 0 && c.failed === 0) {
      // e.g. a test file that does not load, or globalSetup failing: no test failed, yet the run did.
      failed += 1;
      note += `; exit ${code} with ${c.failedFiles} failed file(s) (counted as 1 failed)`;
    }
    return { ok: code === 0, note };
  });
}

fs.mkdirSync(RESULTS, { recursive: true });
const started = Date.now();

await commandStage('typecheck', NPM, ['run', '-s', 'typecheck']);
await testStage('unit', ['--passWithNoTests']);
const built = await commandStage('build', NPM, ['run', '-s', 'build']);
if (built) {
  await commandStage('lint:firefox', NPM, ['run', '-s', 'lint:firefox']);
  await testStage('e2e', ['-c', 'vitest.e2e.config.ts']);
} else {
  for (const name of ['lint:firefox', 'e2e']) {
    failed += 1;
    stages.push({ name, ok: false, seconds: 0, note: 'not run: the build failed (counted as 1 failed)' });
  }
}

banner('summary');
for (const s of stages) {
  console.log(`${s.name.padEnd(13)} ${(s.ok ? 'ok' : 'FAILED').padEnd(7)} ${`${s.seconds.toFixed(1)} s`.padStart(8)}  ${s.note ?? ''}`);
}
console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(stages.every((s) => s.ok) && failed === 0 ? 0 : 1);
