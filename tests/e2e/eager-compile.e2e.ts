// The every-page script ships with V8's explicit compile hint as its first line, in both builds:
// without it Chromium compiles each function again on its first call, which cost every page
// 0.3-0.8 ms more (npm run bench, side by side). The minifier drops comments, so a change to the
// build could lose it without any other test noticing. (No browser here: it reads the build.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness/paths';

/** V8's spelling (v8.dev, explicit compile hints). */
const HINT = '//# allFunctionsCalledOnLoad';

describe('built every-page script', () => {
  for (const build of ['chrome-mv3', 'firefox-mv2']) {
    it(`${build}: the compile hint is the first line of the script every page runs`, () => {
      const manifest = JSON.parse(readFileSync(path.join(ROOT, '.output', build, 'manifest.json'), 'utf8')) as {
        content_scripts: Array<{ js: string[]; matches: string[]; run_at: string }>;
      };
      const everyPage = manifest.content_scripts.filter((c) => c.run_at === 'document_idle' && c.matches.includes('http://*/*'));
      expect(everyPage.flatMap((c) => c.js)).toEqual(['sentinel.js']);
      const code = readFileSync(path.join(ROOT, '.output', build, 'sentinel.js'), 'utf8');
      expect(code.split('\n')[0]).toBe(HINT);
      // Once only, and the script is still plain JS after it.
      expect(code.split(HINT).length).toBe(2);
      expect(() => new Function(code)).not.toThrow();
    });
  }
});
