// vitest globalSetup for the e2e suite: check the extension builds exist, start the fixture
// server once for the whole run, and hand its port/token/certificate to the test files.

import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROME_BUILD, FIREFOX_BUILD, ROOT } from './paths';
import { startFixtureServer } from './server';
// The ProvidedContext type for 'e2eServer' is declared in client.ts.

function newestMtime(dir: string): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

export default async function setup(project: TestProject) {
  for (const build of [CHROME_BUILD, FIREFOX_BUILD]) {
    if (!fs.existsSync(path.join(build, 'manifest.json'))) {
      throw new Error(`No extension build at ${path.relative(ROOT, build)}: run \`npm run build\` first.`);
    }
  }
  const built = fs.statSync(path.join(CHROME_BUILD, 'manifest.json')).mtimeMs;
  const sources = Math.max(...['src', 'entrypoints', 'public'].map((d) => newestMtime(path.join(ROOT, d))), fs.statSync(path.join(ROOT, 'wxt.config.ts')).mtimeMs);
  if (sources > built) {
    console.warn('[e2e] Warning: the sources are newer than .output/ - the tests run the old build. Run `npm run build`.');
  }

  const server = await startFixtureServer();
  console.log(`[e2e] fixture server on https://127.0.0.1:${server.port}`);
  project.provide('e2eServer', { port: server.port, token: server.token, cert: server.cert });
  return async () => {
    await server.close();
  };
}
