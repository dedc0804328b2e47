// browser.i18n.getMessage for tests, from public/_locales/en/messages.json (fake-browser's throws).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { browser } from '../../../src/platform/browser';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const en: Record<string, Entry> = JSON.parse(readFileSync(join(__dirname, '../../../public/_locales/en/messages.json'), 'utf8'));

export function englishMessage(key: string, subs?: string | string[]): string {
  const entry = en[key];
  if (!entry) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  const fill = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => fill(entry.placeholders?.[name.toLowerCase()]?.content ?? ''));
}

export function stubI18n(): void {
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(englishMessage as never);
}
