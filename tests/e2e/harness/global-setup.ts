// vitest globalSetup for the e2e suite: check the extension builds exist, copy them aside, start
// the fixture server once for the whole run, and hand port/token/certificate and the build copies
// to the test files.
//
// Why copy: .output/ is shared with everyone working in this tree, and a `npm run build` during a
// run would swap the files under a running browser (Chromium then reads half-written _locales
// and the like). The suite runs the build as it was when it started.

import fs from 'node:fs';
import os from 'node:os';
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

function filesTheManifestNeeds(dir: string): string[] {
  const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string; scripts?: string[] };
    content_scripts?: { js?: string[]; css?: string[] }[];
    action?: { default_popup?: string };
    browser_action?: { default_popup?: string };
    default_locale?: string;
    icons?: Record<string, string>;
  };
  return [
    m.background?.service_worker,
    ...(m.background?.scripts ?? []),
    ...(m.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
    m.action?.default_popup,
    m.browser_action?.default_popup,
    m.default_locale ? `_locales/${m.default_locale}/messages.json` : undefined,
    ...Object.values(m.icons ?? {}),
  ].filter((f): f is string => !!f);
}

/** Copy a build, retrying while someone else is rebuilding it. */
async function snapshot(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const before = newestMtime(from);
    fs.rmSync(to, { recursive: true, force: true });
    let complete = false;
    try {
      fs.cpSync(from, to, { recursive: true });
      complete = filesTheManifestNeeds(to).every((f) => fs.existsSync(path.join(to, f)));
    } catch {
      complete = false;
    }
    if (complete && newestMtime(from) === before) return;
    if (attempt === 5) throw new Error(`${path.relative(ROOT, from)} kept changing or is incomplete (is a build running?). Run \`npm run build\` and try again.`);
    await new Promise((r) => setTimeout(r, 3000));
  }
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

  const copies = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-e2e-build-'));
  const builds = { chrome: path.join(copies, 'chrome-mv3'), firefox: path.join(copies, 'firefox-mv2') };
  await snapshot(CHROME_BUILD, builds.chrome);
  await snapshot(FIREFOX_BUILD, builds.firefox);
  project.provide('e2eBuilds', builds);

  const server = await startFixtureServer();
  console.log(`[e2e] fixture server on https://127.0.0.1:${server.port}`);
  project.provide('e2eServer', { port: server.port, token: server.token, cert: server.cert });
  return async () => {
    await server.close();
    fs.rmSync(copies, { recursive: true, force: true });
  };
}
