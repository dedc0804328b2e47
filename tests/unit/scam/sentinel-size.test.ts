// The every-page script's budget: at most 25 KB minified, without tldts, Preact or the polyfill,
// and without the scoring, vocabulary and warning UI: those live in the scan script, loaded only
// past the hints. Bundled here with esbuild (minified IIFE, as the build ships it), no build needed.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

async function bundle(entry: string) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    metafile: true,
    target: 'es2022',
    logLevel: 'silent',
  });
  return { bytes: out.outputFiles[0]!.contents.byteLength, inputs: Object.keys(out.metafile!.inputs).join('\n') };
}

describe('every-page script size', () => {
  it('bundles to well under 25 KB and leaves the big libraries and the scan code out', async () => {
    const { bytes, inputs } = await bundle('src/scam/sentinel.ts');
    expect(bytes).toBeLessThanOrEqual(12_000); // a tripwire well inside the 25 KB budget
    expect(inputs).not.toMatch(/tldts|preact|webextension-polyfill|unhomoglyph|punycode|wxt\//);
    expect(inputs).not.toMatch(/scam\/(?:vocab|score|page|gate|warning-ui|scan)\.ts/);
  });

  it('the scan script carries the scoring and the warning UI, still without the big libraries', async () => {
    const { inputs } = await bundle('src/scam/scan.ts');
    expect(inputs).toMatch(/scam\/score\.ts/);
    expect(inputs).toMatch(/scam\/warning-ui\.ts/);
    expect(inputs).not.toMatch(/tldts|preact|webextension-polyfill/);
  });
});
