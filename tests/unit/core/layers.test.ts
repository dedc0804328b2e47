// The layers of src/, bottom to top. A module may import its own layer and the ones listed for it,
// never one above: src/core is plain data and rules that everything else builds on, so it imports
// nothing of ours outside itself. Fails with the file and the import that climbs.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../../src');

/** Which other layers each layer may import. */
export const ALLOWED: Record<string, string[]> = {
  core: [],
  platform: ['core'],
  storage: ['core', 'platform'],
  sites: ['core'],
  scam: ['core'],
  ui: ['core', 'platform', 'storage', 'sites'],
  features: ['core', 'platform', 'storage', 'sites', 'ui'],
  audit: ['core', 'sites', 'scam'],
  background: ['core', 'platform', 'storage', 'sites', 'scam'],
  cli: ['core', 'audit'],
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Relative imports (static, dynamic and type-only) of one source text. */
export function importsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) out.push(m[1]!);
  return out;
}

/** The layer a path under src/ belongs to. */
const layerOf = (file: string) => relative(SRC, file).split(/[\\/]/)[0]!;

export function upwardImports(): string[] {
  const bad: string[] = [];
  for (const file of files(SRC)) {
    const from = layerOf(file);
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const to = layerOf(resolve(dirname(file), spec));
      if (to !== from && !(ALLOWED[from] ?? []).includes(to)) bad.push(`${relative(SRC, file)} imports ${spec} (${from} -> ${to})`);
    }
  }
  return bad;
}

describe('layers', () => {
  it('every layer of src/ is known', () => {
    const layers = new Set(files(SRC).map(layerOf));
    expect([...layers].filter((l) => !(l in ALLOWED))).toEqual([]);
  });

  it('no module imports a layer above its own (src/core imports nothing of ours)', () => {
    expect(upwardImports()).toEqual([]);
  });

  it('the check sees static, type-only and dynamic imports', () => {
    const text = "import { a } from '../sites/amazon/pages';\nimport type { B } from \"../scam/score\";\nconst c = await import('../ui/x');";
    expect(importsOf(text)).toEqual(['../sites/amazon/pages', '../scam/score', '../ui/x']);
  });
});
