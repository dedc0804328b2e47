// All user-visible text comes from _locales through here. Keys are checked by
// tests/unit/popup/keys.test.ts (every t('…') key exists in en/messages.json).
import { browser } from '../../platform/browser';

type GetMessage = (key: string, subs?: string | string[]) => string;

export function t(key: string, subs?: string | string[]): string {
  return (browser.i18n.getMessage as unknown as GetMessage)(key, subs);
}

/** The UI language of the browser (for dates and relative times). */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
