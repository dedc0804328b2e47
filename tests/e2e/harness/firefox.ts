// Debian firefox-esr with the built extension (.output/firefox-mv2) installed as a temporary
// add-on, via puppeteer-core over WebDriver BiDi.
//
// Limits (Firefox 153 + puppeteer 24): BiDi cannot open or script moz-extension:// pages, so
// the popup and the background page are out of reach; Firefox tests cover content scripts.

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
}

export interface FirefoxSession {
  readonly kind: 'firefox';
  readonly browser: Browser;
  /** The add-on id (browser_specific_settings.gecko.id). */
  readonly extensionId: string;
  readonly console: ConsoleLog;
  /** New tab; when `url` is given, opens urlFor(url) and waits for "load". */
  newPage(url?: string): Promise<Page>;
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
    extraPrefsFirefox: { ...QUIET_FIREFOX_PREFS, ...opts.prefs },
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
    async closePages() {
      await Promise.all([...opened].map((p) => p.close().catch(() => {})));
      opened.clear();
    },
    async close() {
      await browser.close().catch(() => {});
    },
  };
}
