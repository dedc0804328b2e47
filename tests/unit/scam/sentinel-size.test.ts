// The every-page script's budget: at most 25 KB minified, without tldts, Preact or the polyfill.
// Bundled here with esbuild (minified IIFE, as the build ships it) so the check needs no build.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('every-page script size', () => {
  it('bundles to at most 25 KB minified and leaves the big libraries out', async () => {
    const out = await build({
      entryPoints: ['src/scam/sentinel.ts'],
      bundle: true,
      minify: true,
      format: 'iife',
      write: false,
      metafile: true,
      target: 'es2022',
      logLevel: 'silent',
    });
    const bytes = out.outputFiles[0]!.contents.byteLength;
    expect(bytes).toBeLessThanOrEqual(25_000);
    const inputs = Object.keys(out.metafile!.inputs).join('\n');
    expect(inputs).not.toMatch(/tldts|preact|webextension-polyfill|unhomoglyph|punycode|wxt\//);
  });
});
