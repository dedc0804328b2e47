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
  // Not writable, not configurable, not enumerable (the defaults).
  if (!g[KEY]) Object.defineProperty(g, KEY, { value: { queue: [], scan: null, continued: false, asked: false } satisfies Channel });
  return g[KEY]!;
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

/** A real extension API object: a runtime with an id and a sendMessage function. */
function api(v: unknown, own: boolean): Ext | null {
  // Where the global name is shadowed, only the object's own `runtime` counts (see below).
  const r = (own ? (v as Ext | undefined)?.runtime : Object.getOwnPropertyDescriptor(Object(v), 'runtime')?.value) as Ext['runtime'] | undefined;
  // A page's named element is never a plain function (an <embed> can be typeof 'function').
  return Object.prototype.toString.call(r?.sendMessage) === '[object Function]' && r?.id ? (v as Ext) : null;
}

/**
 * The API object, never one a page made. `browser` and `chrome` are normally own properties of
 * the extension world's global. A page element named `browser` or `chrome` sits on the window's
 * prototype chain (named properties); it is never an own property, so the own check below skips
 * it. But Chromium, when it sets up the content-script world of a page that already has such an
 * element, does not make its own `chrome` (or `browser`) global: it finds the element by that
 * name and puts the API on that element's wrapper in the extension's world, as own properties.
 * Those are out of the page's reach (a page's expandos and named fields live in its own world,
 * or are DOM objects, never functions), so a shadowed name is still used when its `runtime` is
 * the element's own property holding a real function. Where it cannot (an <iframe> or a <form>
 * by that name), the API would be out of reach altogether: so the every-page script runs at
 * document_start, when the world is made before the page has any element but <html>.
 */
function find(name: 'browser' | 'chrome'): Ext | null {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  return api(d ? ('value' in d ? d.value : d.get?.call(globalThis)) : (globalThis as Record<string, unknown>)[name], !!d);
}

let found: Ext | null = null;

/** Firefox's promise-based `browser`, else Chrome's `chrome` (promise-based in MV3). */
export function ext(): Ext | null {
  return (found ??= find('browser') ?? find('chrome'));
}
