// The e2e harness API. Import everything from here:
//   import { BROWSERS, useBrowser, servePage, waitForRole } from './harness';
//
// A test file, in short:
//   describe.each(BROWSERS)('checkout in %s', (kind) => {
//     const browser = useBrowser(kind);                 // one launch per describe block
//     it('warns', async () => {
//       const url = await servePage('https://www.amazon.com/checkout/p/p-1/pay', { fixture: 'checkout/x.html' });
//       const page = await browser().newPage(url);      // every host resolves to the fixture server
//       await waitForRole(page, 'alert', /gift card balance/i);   // closed shadow roots included
//       await clickByRole(page, 'button', 'Apply');
//       expect(browser().console.extensionErrors()).toEqual([]);
//     });
//   });
// Chromium only: session.openPopup(), session.serviceWorker(), session.storage.get/set/clear().
// Firefox cannot reach moz-extension:// pages over BiDi: content scripts only.
// Files run one at a time (vitest.e2e.config.ts); routes are cleared before each file.

import { afterAll, afterEach, beforeAll } from 'vitest';
import { type ChromiumLaunchOptions, type ChromiumSession, launchChromium } from './chromium';
import { type FirefoxLaunchOptions, type FirefoxSession, launchFirefox } from './firefox';

export * from './client';
export { type ChromiumLaunchOptions, type ChromiumSession, launchChromium, openPopup, type StorageArea } from './chromium';
export { type FirefoxLaunchOptions, type FirefoxSession, launchFirefox, QUIET_FIREFOX_PREFS, FIREFOX_EXTENSION_UUID } from './firefox';
export { ConsoleLog, type ConsoleEntry, type BrowserKind } from './console';
export { queryByRole, findByRole, waitForRole, waitForNoRole, clickByRole, type RoleMatch, type NameMatcher, type WaitOptions } from './roles';

export type BrowserSession = ChromiumSession | FirefoxSession;
export const BROWSERS = ['chromium', 'firefox'] as const;

export function launchBrowser(kind: 'chromium', opts?: ChromiumLaunchOptions): Promise<ChromiumSession>;
export function launchBrowser(kind: 'firefox', opts?: FirefoxLaunchOptions): Promise<FirefoxSession>;
export function launchBrowser(kind: 'chromium' | 'firefox', opts?: ChromiumLaunchOptions & FirefoxLaunchOptions): Promise<BrowserSession>;
export function launchBrowser(kind: 'chromium' | 'firefox', opts: ChromiumLaunchOptions & FirefoxLaunchOptions = {}): Promise<BrowserSession> {
  return kind === 'chromium' ? launchChromium(opts) : launchFirefox(opts);
}

/**
 * Launch one browser for the enclosing describe block (beforeAll), close the tabs each test
 * opened (afterEach) and the browser at the end (afterAll). Returns a getter:
 *
 *   describe.each(BROWSERS)('%s', (kind) => {
 *     const browser = useBrowser(kind);
 *     it('…', async () => { const page = await browser().newPage('https://www.amazon.com/'); … });
 *   });
 */
export function useBrowser(kind: 'chromium', opts?: ChromiumLaunchOptions): () => ChromiumSession;
export function useBrowser(kind: 'firefox', opts?: FirefoxLaunchOptions): () => FirefoxSession;
export function useBrowser(kind: 'chromium' | 'firefox', opts?: ChromiumLaunchOptions & FirefoxLaunchOptions): () => BrowserSession;
export function useBrowser(kind: 'chromium' | 'firefox', opts: ChromiumLaunchOptions & FirefoxLaunchOptions = {}): () => BrowserSession {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await launchBrowser(kind, opts);
  });
  afterEach(async () => {
    await session?.closePages();
  });
  afterAll(async () => {
    await session?.close();
    session = undefined;
  });
  return () => {
    if (!session) throw new Error(`useBrowser('${kind}'): the browser is not running (did beforeAll fail?)`);
    return session;
  };
}
