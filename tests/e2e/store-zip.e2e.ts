// Store archives: `npm run zip` writes the Chrome zip, the Firefox zip and the Firefox sources zip;
// an addons.mozilla.org reviewer unpacks the sources alone into an empty folder, runs `npm ci` and
// `npm run build`, and must get the very files we ship. No browser here.
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness/paths';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const out = path.join(ROOT, '.output');
const zip = (kind: string) => path.join(out, `gift-card-guard-${version}-${kind}.zip`);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-sources-'));

/** Relative path → sha256 of every file under dir. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex');
  }
  return files;
}

function unzip(file: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  execFileSync('unzip', ['-q', '-o', file, '-d', to]);
}

// A shell's environment, not vitest's: NODE_ENV=test and VITEST* change what Vite builds.
const SHELL_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(NODE_ENV|VITEST|__VITEST|TEST$|npm_)/.test(k)));

function run(cmd: string, args: string[], cwd: string): void {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...SHELL_ENV, NO_UPDATE_NOTIFIER: '1', npm_config_fund: 'false', npm_config_audit: 'false' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${r.stdout}\n${r.stderr}`);
}

afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe('store archives', () => {
  it('npm run zip writes the Chrome zip, the Firefox zip and the sources zip, matching the builds', () => {
    for (const kind of ['chrome', 'firefox', 'sources']) fs.rmSync(zip(kind), { force: true });
    run(NPM, ['run', '-s', 'zip'], ROOT);
    for (const kind of ['chrome', 'firefox', 'sources']) expect(fs.existsSync(zip(kind)), zip(kind)).toBe(true);
    unzip(zip('chrome'), path.join(scratch, 'chrome-zip'));
    unzip(zip('firefox'), path.join(scratch, 'firefox-zip'));
    expect(tree(path.join(scratch, 'chrome-zip'))).toEqual(tree(path.join(out, 'chrome-mv3')));
    expect(tree(path.join(scratch, 'firefox-zip'))).toEqual(tree(path.join(out, 'firefox-mv2')));
    const manifest = JSON.parse(fs.readFileSync(path.join(scratch, 'firefox-zip/manifest.json'), 'utf8'));
    expect(manifest.version).toBe(version);
    expect(manifest.browser_specific_settings.gecko_android).toBeDefined();
  }, 120_000);

  it('the sources zip alone, in an empty folder, builds the same files as .output/', () => {
    const src = path.join(scratch, 'sources');
    unzip(zip('sources'), src);
    // What a reviewer gets: no tests, no node_modules, no build output, nothing from git.
    const names = Object.keys(tree(src));
    expect(names).toContain('package-lock.json');
    expect(names).toContain('README.md');
    expect(names.filter((n) => /^(node_modules|\.output|tests|\.git|test-results)\//.test(n))).toEqual([]);

    run(NPM, ['ci', '--prefer-offline'], src);
    run(NPM, ['run', '-s', 'build'], src);
    const rebuilt = tree(path.join(src, '.output/firefox-mv2'));
    expect(Object.keys(rebuilt).length).toBeGreaterThan(10);
    expect(rebuilt).toEqual(tree(path.join(out, 'firefox-mv2')));
    expect(tree(path.join(src, '.output/chrome-mv3'))).toEqual(tree(path.join(out, 'chrome-mv3')));
  }, 300_000);
});
