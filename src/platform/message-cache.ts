// The in-page notice's texts, kept in storage by the background. A content script's first
// i18n.getMessage fetches the extension's whole message bundle from the browser process, a
// synchronous call that cost 2-3.6 ms of main-thread time on a checkout page in Chromium (measured,
// tests/bench): more than half the page's budget. The background resolves these messages in its
// own process once per start, with markers for the substitutions; the content script reads them
// in the storage read it makes anyway, and fills the markers in itself. A missing or stale entry
// falls back to i18n.getMessage.

/** Messages the checkout notice and the 1-Click hint use. */
export const CACHED_MESSAGES = [
  'extName',
  'checkout_not_applied_title',
  'checkout_unused',
  'checkout_unused_some',
  'checkout_card_charge',
  'checkout_overlay_title',
  'checkout_overlay_known',
  'checkout_show_control',
  'checkout_show_payment',
  'checkout_dismiss',
  'checkout_applied',
  'checkout_applied_plain',
  'checkout_one_click_hint',
  'checkout_unknown_known',
] as const;

export interface MessageCache {
  /** The extension version the texts came from (an update brings new texts). */
  version: string;
  messages: Record<string, string>;
}

/** Substitution n (1-9) is written as {gcg:n}. (Chrome drops private-use characters from substitutions.) */
const MARKERS = Array.from({ length: 9 }, (_, i) => `{gcg:${i + 1}}`);
const MARKER = /\{gcg:([1-9])\}/g;

/**
 * Every cached message with markers for its substitutions, or null when the browser's getMessage
 * does not hand the markers back as given (then the content script asks getMessage itself).
 */
export function buildMessageCache(getMessage: (key: string, subs?: string[]) => string, version: string): MessageCache | null {
  const messages: Record<string, string> = {};
  for (const key of CACHED_MESSAGES) {
    const text = getMessage(key, MARKERS);
    if (text) messages[key] = text;
  }
  if (!messages.checkout_applied?.includes(MARKERS[0]!)) return null;
  return { version, messages };
}

/** A cached message with its substitutions filled in, or null when the cache lacks it. */
export function fromCache(cache: MessageCache | null, key: string, subs?: string | string[]): string | null {
  const text = cache?.messages[key];
  if (typeof text !== 'string') return null;
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return text.replace(MARKER, (_, n: string) => list[Number(n) - 1] ?? '');
}
