// Debian Chromium with the built extension (.output/chrome-mv3) loaded, via puppeteer-core.
// Branded Google Chrome ignores --load-extension since 137; Debian's Chromium does not
// (research notes §3.4). Every host name resolves to the fixture server, so nothing leaves
// the machine.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page, type Target, type WebWorker } from 'puppeteer-core';
import { builds, serverPort, urlFor } from './client';
import { ConsoleLog } from './console';
import { CHROMIUM_PATH } from './paths';

/**
 * Flags every Chromium launch here uses: root needs --no-sandbox; no background traffic; every
 * host name resolves to the loopback fixture server, whose certificate is self-signed.
 */
export function chromiumBaseArgs(port: number): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
    '--no-proxy-server',
    '--disable-default-apps',
    `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
    '--ignore-certificate-errors',
  ];
}

export interface ChromiumLaunchOptions {
  /** Unpacked extension to load; default: the run's copy of .output/chrome-mv3 (see builds()). */
  extensionDir?: string;
  /** More unpacked extensions to load next to it (the harness self-test uses one). */
  extraExtensions?: string[];
  /** Port every host name is mapped to; default: the fixture server's. */
  port?: number;
  executablePath?: string;
  /** Default true. */
  headless?: boolean;
  /** Extra command-line switches. */
  args?: string[];
}

export type StorageArea = 'local' | 'session' | 'sync';

export interface ChromiumSession {
  readonly kind: 'chromium';
  readonly browser: Browser;
  readonly extensionId: string;
  /** Messages from every page of this browser and from the extension's service worker. */
  readonly console: ConsoleLog;
  /** chrome-extension://ID/<path> */
  extensionUrl(path?: string): string;
  /** New tab; when `url` is given, opens urlFor(url) and waits for "load". */
  newPage(url?: string): Promise<Page>;
  /** chrome-extension://ID/popup.html in a new tab (a real toolbar popup cannot be opened headless). */
  openPopup(): Promise<Page>;
  /** The extension's service worker (waits up to 10 s for it to be running). */
  serviceWorker(): Promise<WebWorker>;
  /** chrome.storage, run inside the service worker. */
  storage: {
    get(keys?: string | string[] | null, area?: StorageArea): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>, area?: StorageArea): Promise<void>;
    clear(area?: StorageArea): Promise<void>;
  };
  /** Close every tab opened through newPage()/openPopup() (useBrowser() does this after each test). */
  closePages(): Promise<void>;
  close(): Promise<void>;
}

// The part of the worker's `chrome` global that storage helpers use (no @types/chrome here).
type StorageAreaApi = {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
};
type ExtensionGlobal = { chrome: { storage: Record<StorageArea, StorageAreaApi> } };

const sessions = new WeakMap<Browser, ChromiumSession>();

export function assertExecutable(file: string, what: string, pkg: string): void {
  try {
    fs.accessSync(file, fs.constants.X_OK);
  } catch {
    throw new Error(`${what} not found at ${file}: run apt-get install -y ${pkg}`);
  }
}

function readManifest(dir: string): { background?: { service_worker?: string }; action?: { default_popup?: string } } {
  const file = path.join(dir, 'manifest.json');
  if (!fs.existsSync(file)) throw new Error(`No extension at ${dir} (no manifest.json): run \`npm run build\` first.`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

export async function launchChromium(opts: ChromiumLaunchOptions = {}): Promise<ChromiumSession> {
  const executablePath = opts.executablePath ?? CHROMIUM_PATH;
  assertExecutable(executablePath, 'Chromium', 'chromium');
  const extensionDir = path.resolve(opts.extensionDir ?? builds().chrome);
  const manifest = readManifest(extensionDir);
  const swFile = manifest.background?.service_worker;
  if (!swFile) throw new Error(`${extensionDir}/manifest.json has no background.service_worker`);
  const all = [extensionDir, ...(opts.extraExtensions ?? []).map((d) => path.resolve(d))];
  const port = opts.port ?? serverPort();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-chromium-'));

  const browser = await puppeteer.launch({
    executablePath,
    headless: opts.headless ?? true,
    pipe: true,
    timeout: 60_000,
    userDataDir,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...chromiumBaseArgs(port),
      `--load-extension=${all.join(',')}`,
      `--disable-extensions-except=${all.join(',')}`,
      ...(opts.args ?? []),
    ],
  }).catch((err: unknown) => {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  });

  const log = new ConsoleLog('chromium');
  const opened = new Set<Page>();
  const isOurWorker = (t: Target) => t.type() === 'service_worker' && /^chrome-extension:\/\/[a-p]{32}\//.test(t.url()) && t.url().endsWith(`/${swFile}`);

  browser.on('targetcreated', (t: Target) => {
    if (t.type() === 'page') void t.page().then((p) => p && log.attachPage(p)).catch(() => {});
  });

  let swTarget: Target;
  try {
    swTarget = await browser.waitForTarget(isOurWorker, { timeout: 20_000 });
  } catch (err) {
    await browser.close().catch(() => {});
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw new Error(
      `The extension's service worker did not start in Chromium (${extensionDir}). ` +
        `Load it by hand in chromium to see the error. Cause: ${(err as Error).message}`,
    );
  }
  const extensionId = new URL(swTarget.url()).host;

  const serviceWorker = async (): Promise<WebWorker> => {
    const target = browser.targets().find(isOurWorker) ?? (await browser.waitForTarget(isOurWorker, { timeout: 10_000 }));
    const worker = await target.worker();
    if (!worker) throw new Error('could not attach to the extension service worker');
    log.attachWorker(worker);
    return worker;
  };
  await serviceWorker(); // start recording its console now

  const newPage = async (url?: string): Promise<Page> => {
    const page = await browser.newPage();
    opened.add(page);
    log.attachPage(page);
    if (url) await page.goto(url.startsWith('chrome-extension:') ? url : urlFor(url), { waitUntil: 'load' });
    return page;
  };

  const session: ChromiumSession = {
    kind: 'chromium',
    browser,
    extensionId,
    console: log,
    extensionUrl: (p = '') => `chrome-extension://${extensionId}/${p.replace(/^\//, '')}`,
    newPage,
    openPopup: () => newPage(`chrome-extension://${extensionId}/${manifest.action?.default_popup ?? 'popup.html'}`),
    serviceWorker,
    storage: {
      async get(keys = null, area = 'local') {
        const sw = await serviceWorker();
        return sw.evaluate((k, a) => (globalThis as unknown as ExtensionGlobal).chrome.storage[a].get(k), keys, area) as Promise<Record<string, unknown>>;
      },
      async set(items, area = 'local') {
        const sw = await serviceWorker();
        await sw.evaluate((i, a) => (globalThis as unknown as ExtensionGlobal).chrome.storage[a].set(i), items, area);
      },
      async clear(area = 'local') {
        const sw = await serviceWorker();
        await sw.evaluate((a) => (globalThis as unknown as ExtensionGlobal).chrome.storage[a].clear(), area);
      },
    },
    async closePages() {
      await Promise.all([...opened].map((p) => p.close().catch(() => {})));
      opened.clear();
    },
    async close() {
      sessions.delete(browser);
      await browser.close().catch(() => {});
      fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
  sessions.set(browser, session);
  return session;
}

/** Open the extension's popup page in a new tab of a browser made by launchChromium(). */
export async function openPopup(target: Browser | ChromiumSession): Promise<Page> {
  const session = 'kind' in target ? target : sessions.get(target);
  if (!session) throw new Error('openPopup: this browser was not started by launchChromium()');
  return session.openPopup();
}
