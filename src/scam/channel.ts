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

const KEY = '__giftCardGuard';

export function channel(): Channel {
  const g = globalThis as unknown as Record<string, Channel | undefined>;
  return (g[KEY] ??= { queue: [], scan: null, continued: false, asked: false });
}

/** The extension API as both scripts use it, without the polyfill (too big for every page). */
export interface Ext {
  runtime: { id?: string; sendMessage(msg: unknown): Promise<unknown> };
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } };
  i18n: { getMessage(key: string, sub?: string | string[]): string };
}

/** Firefox's promise-based `browser`, else Chrome's `chrome` (promise-based in MV3). */
export function ext(): Ext | null {
  const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
  if (g.browser?.runtime?.id) return g.browser;
  if (g.chrome?.runtime?.id) return g.chrome;
  return null;
}
