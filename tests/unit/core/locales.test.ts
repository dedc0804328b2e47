// Every locale has exactly the keys of the English one, with the same placeholders.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, unknown> }>;

const dir = join(__dirname, '../../../public/_locales');
const load = (lang: string): Messages => JSON.parse(readFileSync(join(dir, lang, 'messages.json'), 'utf8'));
const en = load('en');
const LANGS = ['en', 'de', 'fr', 'es', 'it', 'ja'];

describe('locales', () => {
  it('ships exactly en, de, fr, es, it and ja', () => {
    expect(readdirSync(dir).sort()).toEqual([...LANGS].sort());
  });

  it.each(LANGS.filter((l) => l !== 'en'))('%s has every English key and no other', (lang) => {
    const msgs = load(lang);
    const missing = Object.keys(en).filter((k) => !(k in msgs));
    const extra = Object.keys(msgs).filter((k) => !(k in en));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(LANGS)('%s has no empty message and matching placeholders', (lang) => {
    const msgs = load(lang);
    for (const [key, value] of Object.entries(msgs)) {
      expect(value.message.trim(), `${lang}:${key}`).not.toBe('');
      const uses = (m: string) => [...m.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((x) => x[1]?.toLowerCase()).sort();
      expect(uses(value.message), `${lang}:${key}`).toEqual(uses(en[key]?.message ?? ''));
    }
  });

  it('names the extension and describes it within the store limit', () => {
    for (const lang of LANGS) {
      const msgs = load(lang);
      expect(msgs.extName?.message).toBe('Gift Card Guard');
      expect(msgs.extDescription?.message.length ?? 0).toBeGreaterThan(20);
      expect(msgs.extDescription?.message.length ?? 999).toBeLessThanOrEqual(132);
    }
  });
});
