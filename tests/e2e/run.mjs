#!/usr/bin/env node
// `npm run test:e2e [-- vitest args]`: the real-browser tests against the current build.
// Build first (`npm run build`); the suite refuses to start without .output/.
// Examples: npm run test:e2e -- smoke      npm run test:e2e -- -t "closed shadow"
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
