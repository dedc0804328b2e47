// How the every-page script hands work to the scan script. Both run in the extension's own
// isolated world of the frame (the scan script is injected there by the background), so this
// object on that world's global is out of the page's reach.

/** The scan script's file in the build (entrypoints/scam-scan.ts). */
export const SCAN_SCRIPT = 'scam-scan.js';

export type ScanRequest =
  /** The title or top headings hinted at gift cards or a phone number. */
  | { kind: 'page' }
  /** A field was first focused or typed in, and its form (or page) hinted at a code field. */
  | { kind: 'scope'; scope: Document | Element }
  /** A claim-code-shaped string was typed or pasted; `submit` when a form with one was held back. */
  | { kind: 'code'; submit?: boolean };

export interface Channel {
  /** Requests made before the scan script arrived. */
  queue: ScanRequest[];
  /** Set by the scan script once loaded. */
  scan: ((req: ScanRequest) => void) | null;
  /** The shopper chose "continue" (or trusts the site): let forms with codes be sent. */
  continued: boolean;
  /** The background was asked to load the scan script. */
  asked: boolean;
}

const KEY: unique symbol = Symbol.for('gift-card-guard.channel') as never;

export function channel(): Channel {
  const g = globalThis as unknown as { [KEY]?: Channel };
  const got = g[KEY];
  if (got) return got;
  const fresh: Channel = { queue: [], scan: null, continued: false, asked: false };
  Object.defineProperty(g, KEY, { value: fresh, configurable: false, enumerable: false, writable: false });
  return fresh;
}

/** The extension API as both scripts use it, without the polyfill (too big for every page). */
export interface Ext {
  runtime: {
    id?: string;
    sendMessage(msg: unknown): Promise<unknown>;
    onMessage?: { addListener(cb: (msg: unknown, sender: { id?: string }) => unknown): void };
  };
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } };
  i18n: { getMessage(key: string, sub?: string | string[]): string; getUILanguage?(): string };
}

/**
 * The API object only if it is the global's own property: a page element named `browser` or
 * `chrome` sits on the window's prototype chain (named properties), never as an own property.
 */
function own(name: 'browser' | 'chrome'): Ext | null {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  const v = (d && ('value' in d ? d.value : d.get?.call(globalThis))) as Ext | undefined;
  return v && typeof v === 'object' && typeof v.runtime?.sendMessage === 'function' && v.runtime.id ? v : null;
}

/** Firefox's promise-based `browser`, else Chrome's `chrome` (promise-based in MV3). */
export function ext(): Ext | null {
  return own('browser') ?? own('chrome');
}
