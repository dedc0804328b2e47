// Firefox for Android: the built Firefox manifest declares gecko_android with exactly the minimum
// version that supports every manifest key and every extension API the code calls, per MDN's
// browser-compat-data; an API Android lacks is called only where the code has a fallback.
// (No browser here: it reads the build and the source.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builds } from './harness';
import { ROOT } from './harness/paths';

type Support = { version_added: string | boolean | null; version_removed?: string; partial_implementation?: boolean };
type Node = { __compat?: { support: Record<string, Support | Support[]> } } & { [k: string]: Node };
const bcd = createRequire(import.meta.url)('@mdn/browser-compat-data') as { webextensions: { api: Node; manifest: Node }; api: Node };

/** Android's first version with the feature, or null when BCD says it has none. */
function android(node: Node | undefined, what: string): number | null {
  if (!node?.__compat) throw new Error(`${what}: not in MDN's compat data`);
  const raw = node.__compat.support.firefox_android;
  const entries = (Array.isArray(raw) ? raw : [raw]).filter((s): s is Support => !!s && !s.version_removed);
  const versions = entries.map((s) => (typeof s.version_added === 'string' ? Number.parseFloat(s.version_added) : NaN)).filter((v) => !Number.isNaN(v));
  return versions.length ? Math.min(...versions) : null;
}

const at = (root: Node, p: string[]): Node | undefined => p.reduce<Node | undefined>((n, k) => n?.[k], root);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

// APIs Android lacks that the code may name, each with where the fallback lives.
const FALLBACKS: Record<string, string> = {
  'action.setBadgeText': 'toolbarAction() uses browserAction in the Firefox build (src/platform/browser.ts)',
  'action.setBadgeBackgroundColor': 'toolbarAction() uses browserAction in the Firefox build',
  'scripting.executeScript': 'injectScript() calls tabs.executeScript in the Firefox build',
};

function usedApis(): Set<string> {
  const files = [...sources(path.join(ROOT, 'src')), ...sources(path.join(ROOT, 'entrypoints'))].filter((f) => !f.includes(`${path.sep}cli${path.sep}`));
  const used = new Set<string>();
  for (const f of files) {
    const text = readFileSync(f, 'utf8').replace(/\/\/.*$/gm, '');
    for (const m of text.matchAll(/\b(runtime|tabs|storage|alarms|i18n|browserAction|action|scripting|permissions|webNavigation|contextMenus|notifications|downloads)\??\.(\??\.?[a-zA-Z]+)/g)) {
      const member = m[2]!.replace(/^\??\.?/, '');
      if (m[1] === 'storage' && !['local', 'session', 'sync', 'onChanged'].includes(member)) continue; // wxt's storage helper, not the API
      used.add(`${m[1]}.${member}`);
    }
    if (/toolbarAction\(\)/.test(text)) for (const m of text.matchAll(/action\.(setBadge\w+)/g)) used.add(`browserAction.${m[1]}`);
    // wxt storage items: 'local:…' and 'session:…' areas, watched through storage.onChanged.
    for (const m of text.matchAll(/defineItem<[^(]*\('(local|session):/g)) used.add(`storage.${m[1]}`);
    if (/\.watch\(/.test(text)) used.add('storage.onChanged');
  }
  return used;
}

function manifestKeys(m: Record<string, unknown>): string[][] {
  const keys: string[][] = [];
  for (const [k, v] of Object.entries(m)) {
    if (k === 'browser_specific_settings') {
      for (const [app, settings] of Object.entries(v as Record<string, Record<string, unknown>>)) {
        keys.push([k, app]);
        for (const sub of Object.keys(settings)) if (!['id', 'strict_min_version', 'strict_max_version'].includes(sub)) keys.push([k, app, sub]);
      }
      continue;
    }
    keys.push([k]);
    if (k === 'permissions') for (const p of v as string[]) if (!p.includes('://')) keys.push([k, p]);
    if (k === 'content_scripts') for (const cs of v as Record<string, unknown>[]) for (const sub of Object.keys(cs)) keys.push([k, sub]);
    if (k === 'browser_action' || k === 'background') for (const sub of Object.keys(v as object)) keys.push([k, sub]);
  }
  return keys;
}

describe('Firefox for Android', () => {
  const manifest = JSON.parse(readFileSync(path.join(builds().firefox, 'manifest.json'), 'utf8')) as Record<string, any>;

  it('declares gecko_android at the newest minimum among the manifest keys and APIs used', () => {
    const needs: Array<[string, number]> = [];
    const missing: string[] = [];
    for (const key of manifestKeys(manifest)) {
      const v = android(at(bcd.webextensions.manifest, key), `manifest.${key.join('.')}`);
      if (v === null) missing.push(`manifest.${key.join('.')}`);
      else needs.push([`manifest.${key.join('.')}`, v]);
    }
    const apis = usedApis();
    expect(apis).toContain('tabs.executeScript');
    expect(apis).toContain('storage.session');
    for (const api of apis) {
      const v = android(at(bcd.webextensions.api, api.split('.')), `api.${api}`);
      if (v === null) {
        if (!FALLBACKS[api]) missing.push(`api.${api}`);
      } else needs.push([`api.${api}`, v]);
    }
    // Web APIs the popup relies on beyond the basics: clipboard (diagnostic), Blob.text (import).
    for (const web of [['Clipboard', 'writeText'], ['Blob', 'text'], ['URL', 'createObjectURL_static']]) needs.push([`web ${web.join('.')}`, android(at(bcd.api, web), web.join('.'))!]);

    expect(missing, 'used, and Android has no support').toEqual([]);
    const [newestKey, newest] = needs.reduce((a, b) => (b[1] > a[1] ? b : a));
    const declared = manifest.browser_specific_settings?.gecko_android?.strict_min_version as string | undefined;
    expect(declared, `gecko_android.strict_min_version (newest need: ${newestKey} ${newest})`).toBe(`${newest}.0`);
    // Not below the desktop floor either: both builds behave the same.
    expect(Number.parseFloat(declared!)).toBeGreaterThanOrEqual(Number.parseFloat(manifest.browser_specific_settings.gecko.strict_min_version));
  });

  it('names a fallback only for APIs the Firefox build does not call', () => {
    const bundle = readdirSync(builds().firefox, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(path.join(builds().firefox, f), 'utf8'))
      .join('\n');
    // The Chrome-only calls are compiled out of the Firefox build, so nothing Android lacks runs there.
    expect(bundle).not.toMatch(/\.scripting\.executeScript\(/);
    expect(bundle).toMatch(/tabs\.executeScript\(/);
  });
});
