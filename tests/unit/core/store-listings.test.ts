// Every UI language has a store listing with the five parts the stores ask for, and its short
// description is the manifest's own (so the listing and the extension say the same thing).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const langs = readdirSync(join(root, 'public/_locales'));

describe('store listings', () => {
  it.each(langs)('%s has name, short and long description, permission reasons and single purpose', (lang) => {
    const file = join(root, 'docs/store', `${lang}.md`);
    expect(existsSync(file), file).toBe(true);
    const text = readFileSync(file, 'utf8');
    const sections = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(sections).toHaveLength(5);
    const body = (i: number) => text.split(/^## .+$/m)[i + 1]!.trim();
    const msgs = JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8'));
    expect(body(0)).toBe(msgs.extName.message);
    expect(body(1)).toBe(msgs.extDescription.message);
    expect(body(2).length).toBeGreaterThan(300);
    // A reason for each permission the manifests request, and for host access.
    for (const p of ['storage', 'alarms', 'scripting']) expect(body(3)).toContain(`**${p}`);
    expect(body(3)).toContain('http(s)');
    expect(body(4).length).toBeGreaterThan(20);
  });
});
