// The extension API as the Amazon content script uses it: the browser's own object, no polyfill
// (and nothing from wxt/browser, which the build aliases to the polyfill). Firefox gives content
// scripts a promise-based `browser`; Chrome MV3's `chrome` returns promises too, but an onMessage
// listener there answers through sendResponse. Background and popup keep ./browser.ts.

import { fromCache, type MessageCache } from './message-cache';

type Listener = (msg: unknown, sender: { id?: string }) => Promise<unknown> | undefined;
type ChromeListener = (msg: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => unknown;

interface Api {
  runtime: {
    id?: string;
    sendMessage(msg: unknown): Promise<unknown>;
    onMessage: { addListener(l: ChromeListener): void; removeListener(l: ChromeListener): void };
  };
  i18n: { getMessage(key: string, subs?: string | string[]): string };
  storage: {
    local: {
      get(keys: string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
}

/** The global's own property only: a page element named `browser` or `chrome` is not it. */
function own(name: 'browser' | 'chrome'): Api | undefined {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  // A value in Chrome; a getter in Firefox's content-script sandbox.
  const api = (d && ('value' in d ? d.value : d.get?.call(globalThis))) as Api | undefined;
  return api?.runtime?.id ? api : undefined;
}

function ext(): { api: Api; native: boolean } {
  const b = own('browser');
  // `browser` (Firefox) takes listeners that return a promise; `chrome` needs sendResponse.
  return b ? { api: b, native: true } : { api: own('chrome') ?? (globalThis as unknown as { chrome: Api }).chrome, native: false };
}

/** The extension's id, or undefined once the extension is reloaded or gone. */
export function runtimeId(): string | undefined {
  try {
    return ext().api.runtime.id;
  } catch {
    return undefined;
  }
}

export function sendMessage(msg: unknown): Promise<unknown> {
  try {
    return ext().api.runtime.sendMessage(msg);
  } catch (e) {
    return Promise.reject(e);
  }
}

let messages: MessageCache | null = null;

/** The texts the background keeps in storage (./message-cache.ts), once the script has read them. */
export function useMessageCache(cache: MessageCache | null): void {
  messages = cache && typeof cache === 'object' && cache.messages && typeof cache.messages === 'object' ? cache : null;
}

export function getMessage(key: string, subs?: string | string[]): string {
  return fromCache(messages, key, subs) ?? ext().api.i18n.getMessage(key, subs);
}

/** One read of several storage.local keys. */
export function localGet(keys: string[]): Promise<Record<string, unknown>> {
  return ext().api.storage.local.get(keys);
}

export function localSet(items: Record<string, unknown>): Promise<void> {
  return ext().api.storage.local.set(items);
}

/** Listen for messages from the extension; a listener answers by returning a promise. Returns the remover. */
export function onMessage(listener: Listener): () => void {
  const { api, native } = ext();
  const wrapped: ChromeListener = native
    ? (listener as ChromeListener)
    : (msg, sender, sendResponse) => {
        const reply = listener(msg, sender);
        if (!reply) return undefined;
        reply.then(sendResponse, () => sendResponse(undefined));
        return true;
      };
  api.runtime.onMessage.addListener(wrapped);
  return () => api.runtime.onMessage.removeListener(wrapped);
}
