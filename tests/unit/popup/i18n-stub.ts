// Tests read the real English messages (fake-browser's i18n.getMessage throws).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
export const EN: Messages = JSON.parse(readFileSync(join(__dirname, '../../../public/_locales/en/messages.json'), 'utf8'));

export function getMessage(key: string, subs?: string | string[]): string {
  const entry = EN[key];
  if (!entry) return '';
  const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => args[Number(n) - 1] ?? '');
  });
}

export function stubI18n(locale = 'en-US'): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => locale);
}
