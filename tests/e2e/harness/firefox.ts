// Debian firefox-esr with the built extension (.output/firefox-mv2) installed as a temporary
// add-on, via puppeteer-core over WebDriver BiDi.
//
// Limits (Firefox 153 + puppeteer 24): BiDi refuses to open moz-extension:// pages unless Firefox
// runs with --remote-allow-system-access. `extensionPages: true` adds that switch and pins the
// add-on's internal UUID (pref extensions.webextensions.uuids), so openExtensionPage() can load the
// popup as a page and script it; without it, Firefox tests cover content scripts only.

import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { builds, urlFor } from './client';
import { assertExecutable } from './chromium';
import { ConsoleLog } from './console';
import { FIREFOX_PATH } from './paths';

export interface FirefoxLaunchOptions {
  /** Unpacked extension to install; default: the run's copy of .output/firefox-mv2 (see builds()). */
  extensionDir?: string;
  /** More unpacked extensions to install after it. */
  extraExtensions?: string[];
  executablePath?: string;
  /** Default true. */
  headless?: boolean;
  /** Extra about:config preferences. */
  prefs?: Record<string, string | number | boolean>;
  /** Allow openExtensionPage() (see the note at the top). Default false. */
  extensionPages?: boolean;
}

/** The moz-extension:// host the add-on gets when `extensionPages` is on. */
export const FIREFOX_EXTENSION_UUID = '0c5b8e2a-1d3f-4a6b-9c7d-2e4f6a8b0c1d';

export interface FirefoxSession {
  readonly kind: 'firefox';
  readonly browser: Browser;
  /** The add-on id (browser_specific_settings.gecko.id). */
  readonly extensionId: string;
  readonly console: ConsoleLog;
  /** New tab; when `url` is given, opens urlFor(url) and waits for "load". */
  newPage(url?: string): Promise<Page>;
  /**
   * Load moz-extension://UUID/<path> into `page` (a newPage()) and wait until its document is
   * complete. Needs `extensionPages: true`. The page moves to the extension process on the way,
   * so puppeteer's own navigation promise is not used.
   */
  openExtensionPage(page: Page, path: string): Promise<void>;
  closePages(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Preferences that keep Firefox quiet: every host name resolves to 127.0.0.1 (the fixture
 * server), and the background services that would call home are off. puppeteer adds its own
 * list on top (safe browsing, data reporting, extension updates, …). Together with
 * MOZ_REMOTE_SETTINGS_DEVTOOLS=1 (which lets services.settings.server be changed in a release
 * build) the fixture server sees no request but the tests' own.
 */
export const QUIET_FIREFOX_PREFS: Record<string, string | number | boolean> = {
  'network.dns.forceResolve': '127.0.0.1',
  'network.trr.mode': 5, // no DNS over HTTPS
  'network.proxy.type': 0, // no proxy, even if the environment names one
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': 'data:,',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'extensions.update.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'geo.provider.network.url': '',
  'messaging-system.rsexperimentloader.enabled': false,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'security.OCSP.enabled': 0,
  'dom.push.connection.enabled': false,
  'media.gmp-manager.url': '',
  'identity.fxaccounts.enabled': false,
};

/** browser_specific_settings.gecko.id of an unpacked build. */
function geckoId(dir: string): string {
  const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  return m.browser_specific_settings?.gecko?.id ?? '';
}

export async function launchFirefox(opts: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  const executablePath = opts.executablePath ?? FIREFOX_PATH;
  assertExecutable(executablePath, 'Firefox', 'firefox-esr');
  const extensionDir = path.resolve(opts.extensionDir ?? builds().firefox);

  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: opts.headless ?? true,
    acceptInsecureCerts: true,
    timeout: 60_000,
    extraPrefsFirefox: {
      ...QUIET_FIREFOX_PREFS,
      ...(opts.extensionPages && { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId(extensionDir)]: FIREFOX_EXTENSION_UUID }) }),
      ...opts.prefs,
    },
    args: opts.extensionPages ? ['--remote-allow-system-access'] : [],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  });

  const log = new ConsoleLog('firefox');
  const opened = new Set<Page>();
  browser.on('targetcreated', (t: Target) => {
    if (t.type() === 'page') void t.page().then((p) => p && log.attachPage(p)).catch(() => {});
  });

  let extensionId: string;
  try {
    extensionId = await browser.installExtension(extensionDir);
    for (const extra of opts.extraExtensions ?? []) await browser.installExtension(path.resolve(extra));
  } catch (err) {
    await browser.close().catch(() => {});
    throw new Error(`Firefox refused the extension at ${extensionDir}: ${(err as Error).message}`);
  }

  return {
    kind: 'firefox',
    browser,
    extensionId,
    console: log,
    async newPage(url?: string) {
      const page = await browser.newPage();
      opened.add(page);
      log.attachPage(page);
      if (url) await page.goto(urlFor(url), { waitUntil: 'load' });
      return page;
    },
    async openExtensionPage(page: Page, p: string) {
      if (!opts.extensionPages) throw new Error('openExtensionPage: launch Firefox with extensionPages: true');
      const url = `moz-extension://${FIREFOX_EXTENSION_UUID}/${p.replace(/^\//, '')}`;
      void page.goto(url).catch(() => undefined);
      const deadline = Date.now() + 15_000;
      for (;;) {
        const state = await page.evaluate(() => [location.href, document.readyState]).catch(() => null);
        if (state && state[0] === url && state[1] === 'complete') return;
        if (Date.now() > deadline) throw new Error(`openExtensionPage: ${url} did not load (last: ${JSON.stringify(state)})`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async closePages() {
      await Promise.all([...opened].map((p) => p.close().catch(() => {})));
      opened.clear();
    },
    async close() {
      await browser.close().catch(() => {});
    },
  };
}
