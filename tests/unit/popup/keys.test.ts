// Every message key the balances, redeem, reserve and popup code asks for exists in English
// (and so, by tests/unit/core/locales.test.ts, in every language).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { EN } from './i18n-stub';

const root = join(__dirname, '../../..');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

it('every t() key used by the popup and in-page balance UI is in en/messages.json', () => {
  const sources = [...files(join(root, 'src/ui/popup')), ...files(join(root, 'src/ui/redeem')), ...files(join(root, 'src/ui/reserve'))];
  const used = new Set<string>();
  for (const f of sources) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_]+)'/g)) used.add(m[1]!);
    for (const m of text.matchAll(/'((?:popup|balances|redeem|reserve)_[a-z0-9_]+)'/g)) used.add(m[1]!);
  }
  expect(used.size).toBeGreaterThan(40);
  expect([...used].filter((k) => !(k in EN))).toEqual([]);
});
