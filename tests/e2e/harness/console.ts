// Console capture. Every page a session opens (and, in Chromium, the extension's service worker)
// reports here, so a test can assert "the extension logged no error".
//
// Where a message comes from is decided by the script URL the browser reports:
// chrome-extension://… or moz-extension://… means our extension (content scripts included: both
// browsers report a content script's console calls and uncaught errors on the page it runs in,
// with the extension URL as the location; checked by tests/e2e/harness.e2e.ts).

import type { ConsoleMessage, Page, WebWorker } from 'puppeteer-core';

export type BrowserKind = 'chromium' | 'firefox';

export interface ConsoleEntry {
  browser: BrowserKind;
  /** "extension" when the script that logged is part of an extension, else "page". */
  source: 'page' | 'extension';
  /** console method ("log", "error", "warn", …), or "pageerror" for an uncaught exception. */
  type: string;
  text: string;
  /** URL of the script that logged, when the browser says. */
  scriptUrl: string;
  /** URL of the page (or "service-worker") the message appeared in. */
  where: string;
}

const EXTENSION_URL = /\b(?:chrome|moz)-extension:\/\/[^\s)'"]+/;

export function isExtensionUrl(url: string | undefined): boolean {
  return !!url && /^(?:chrome|moz)-extension:\/\//.test(url);
}

export class ConsoleLog {
  readonly entries: ConsoleEntry[] = [];
  readonly #pages = new WeakSet<Page>();
  readonly #workers = new WeakSet<WebWorker>();

  constructor(readonly browser: BrowserKind) {}

  /** console.error calls and uncaught exceptions, from anywhere. */
  errors(): ConsoleEntry[] {
    return this.entries.filter((e) => e.type === 'error' || e.type === 'pageerror');
  }

  /** Everything an extension logged. */
  fromExtension(): ConsoleEntry[] {
    return this.entries.filter((e) => e.source === 'extension');
  }

  /** console.error calls and uncaught exceptions from an extension (content scripts, popup, worker). */
  extensionErrors(): ConsoleEntry[] {
    return this.errors().filter((e) => e.source === 'extension');
  }

  clear(): void {
    this.entries.length = 0;
  }

  /** Readable dump for assertion messages. */
  format(entries: ConsoleEntry[] = this.entries): string {
    return entries.map((e) => `[${e.browser} ${e.source} ${e.type}] ${e.text} (${e.scriptUrl || '?'} in ${e.where})`).join('\n');
  }

  /** Start recording a page. Safe to call twice. */
  attachPage(page: Page): void {
    if (this.#pages.has(page)) return;
    this.#pages.add(page);
    page.on('console', (msg: ConsoleMessage) => {
      const scriptUrl = msg.location()?.url ?? '';
      const where = page.url();
      this.entries.push({
        browser: this.browser,
        source: isExtensionUrl(scriptUrl) || isExtensionUrl(where) ? 'extension' : 'page',
        type: msg.type(),
        text: msg.text(),
        scriptUrl,
        where,
      });
    });
    page.on('pageerror', (err: unknown) => {
      const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      const stack = err instanceof Error ? (err.stack ?? '') : '';
      const scriptUrl = stack.match(EXTENSION_URL)?.[0] ?? '';
      const where = page.url();
      this.entries.push({
        browser: this.browser,
        source: scriptUrl || isExtensionUrl(where) ? 'extension' : 'page',
        type: 'pageerror',
        text,
        scriptUrl,
        where,
      });
    });
  }

  /** Start recording an extension worker (Chromium's service worker). Everything it says is "extension". */
  attachWorker(worker: WebWorker): void {
    if (this.#workers.has(worker)) return;
    this.#workers.add(worker);
    worker.on('console', (msg: ConsoleMessage) => {
      this.entries.push({
        browser: this.browser,
        source: 'extension',
        type: msg.type(),
        text: msg.text(),
        scriptUrl: msg.location()?.url ?? worker.url(),
        where: 'service-worker',
      });
    });
    // Uncaught exceptions in the worker are not turned into events by puppeteer: listen on CDP.
    worker.client.on('Runtime.exceptionThrown', (event) => {
      const d = event.exceptionDetails;
      this.entries.push({
        browser: this.browser,
        source: 'extension',
        type: 'pageerror',
        text: d.exception?.description ?? d.text,
        scriptUrl: d.url ?? worker.url(),
        where: 'service-worker',
      });
    });
  }
}
