// Self-test of the e2e harness: fixture server, role helpers (closed shadow roots, nested roots,
// a cross-origin iframe) and console capture, in both browsers. If this file fails, the feature
// e2e tests cannot be trusted.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BROWSERS,
  clickByRole,
  findByRole,
  queryByRole,
  requests,
  route,
  routeFixture,
  serverPort,
  urlFor,
  useBrowser,
  waitForNoRole,
  waitForRole,
} from './harness';
import { FIXTURES_DIR } from './harness/paths';

const PAGE_URL = 'https://checkout.example.com/harness/closed-shadow';
const FRAME_URL = 'https://frames.example.net/harness/frame.html';
const NOISY_URL = 'https://noisy.example.test/';

async function serveClosedShadowPage(): Promise<void> {
  const html = fs.readFileSync(path.join(FIXTURES_DIR, 'harness/closed-shadow.html'), 'utf8').replaceAll('{{FRAME_URL}}', urlFor(FRAME_URL));
  await route('checkout.example.com', '/harness/closed-shadow', html);
  await routeFixture('frames.example.net', '/harness/frame.html', 'harness/frame.html');
  await route('noisy.example.test', '/', '<!doctype html><html lang="en"><head><title>Noisy</title></head><body><p>noisy</p></body></html>');
}

describe('fixture server', () => {
  it('urlFor adds the port only when the server is not on 443', () => {
    const port = serverPort();
    const expected = port === 443 ? 'https://www.amazon.com/checkout/p/p-1/pay?x=1' : `https://www.amazon.com:${port}/checkout/p/p-1/pay?x=1`;
    expect(urlFor('https://www.amazon.com/checkout/p/p-1/pay?x=1')).toBe(expected);
  });
});

describe.each(BROWSERS)('harness in %s', (kind) => {
  const noisy = path.join(FIXTURES_DIR, kind === 'chromium' ? 'harness/noisy-ext-mv3' : 'harness/noisy-ext-mv2');
  const browser = useBrowser(kind, { extraExtensions: [noisy] });

  it('serves routed pages by host and path, and logs the requests', async () => {
    await route('shop.example.org', '/a/page', '<!doctype html><title>Routed</title><p id="x">routed page</p>');
    const page = await browser().newPage('https://shop.example.org/a/page?q=1');
    expect(await page.$eval('#x', (e) => e.textContent)).toBe('routed page');
    // A path outside ASCII, routed as URL.pathname gives it (percent-encoded), is served.
    const arabic = new URL('https://shop.example.org/view/التقديم');
    await route(arabic.hostname, arabic.pathname, '<!doctype html><title>Routed</title><p id="x">encoded path</p>');
    await page.goto(urlFor(arabic.href));
    expect(await page.$eval('#x', (e) => e.textContent)).toBe('encoded path');
    const missing = await page.goto(urlFor('https://shop.example.org/nothing-here'));
    expect(missing?.status()).toBe(404);
    const asset = await page.goto(urlFor('https://any.example.org/__fixtures/harness/frame.html'));
    expect(asset?.status()).toBe(200);
    const log = await requests({ host: 'shop.example.org' });
    expect(log.map((r) => [r.url, r.status])).toEqual(
      expect.arrayContaining([
        ['/a/page?q=1', 200],
        ['/nothing-here', 404],
      ]),
    );
  });

  it('finds role="alert" inside a closed shadow root, by text', async () => {
    await serveClosedShadowPage();
    const page = await browser().newPage(PAGE_URL);
    // Page scripts cannot see into the closed root: prove it, so the test means something.
    expect(await page.evaluate(() => document.getElementById('widget-host')!.shadowRoot)).toBeNull();
    expect(await findByRole(page, 'alert', /gift card balance is not applied/)).toBe(true);
    expect(await findByRole(page, 'alert', /nothing like this/)).toBe(false);
  });

  it('finds nested closed roots and iframes, skips hidden nodes, reports names', async () => {
    await serveClosedShadowPage();
    const page = await browser().newPage(PAGE_URL);
    await waitForRole(page, 'alert', 'Alert inside the frame');
    expect(await findByRole(page, 'status', 'Balance checked just now')).toBe(true);
    expect(await findByRole(page, 'alert', 'Hidden alert')).toBe(false);
    const buttons = await queryByRole(page, 'button');
    expect(buttons.map((b) => b.name)).toEqual(['Continue', 'Apply my gift card balance', 'Dismiss']);
    const alerts = await queryByRole(page, 'alert');
    expect(alerts.map((a) => a.text)).toEqual(['Heads up: your gift card balance is not applied to this order.', 'Alert inside the frame']);
  });

  it('clicks a button inside a closed shadow root by its accessible name', async () => {
    await serveClosedShadowPage();
    const page = await browser().newPage(PAGE_URL);
    await clickByRole(page, 'button', /apply my gift card/i);
    expect(await page.evaluate(() => document.documentElement.dataset.applied)).toBe('yes');
    await clickByRole(page, 'button', 'Dismiss');
    await waitForNoRole(page, 'alert', /not applied/);
    await expect(waitForRole(page, 'dialog', undefined, { timeout: 300 })).rejects.toThrow(/no role=dialog/);
  });

  it('tells page console errors from extension ones', async () => {
    await serveClosedShadowPage();
    const session = browser();
    session.console.clear();
    await session.newPage(PAGE_URL);
    const page = await session.newPage(NOISY_URL);
    await page.waitForFunction(() => document.documentElement.dataset.noisy === 'ran');
    await expect.poll(() => session.console.extensionErrors().length).toBeGreaterThanOrEqual(2);
    const ext = session.console.extensionErrors();
    expect(ext.map((e) => e.text)).toEqual(expect.arrayContaining(['noisy extension: console.error', expect.stringContaining('noisy extension: uncaught')]));
    expect(ext.every((e) => /^(chrome|moz)-extension:\/\/.+\/noisy\.js/.test(e.scriptUrl))).toBe(true);
    expect(session.console.errors().filter((e) => e.source === 'page').map((e) => e.text)).toContain('fixture page error (expected)');
    // Plain console.log from a content script: Chromium reports it; Firefox 140.12 ESR's WebDriver
    // BiDi (Debian's, 2026-12) reports a content script's errors (above) but not its log lines.
    if (kind === 'chromium') expect(session.console.fromExtension().map((e) => e.text)).toContain('noisy extension: hello');
  });

  if (kind === 'chromium') {
    it('records the service worker console and reads/writes chrome.storage', async () => {
      const session = browser();
      if (session.kind !== 'chromium') throw new Error('unreachable');
      session.console.clear();
      const sw = await session.serviceWorker();
      await sw.evaluate(() => console.error('service worker says hi'));
      await expect.poll(() => session.console.extensionErrors().map((e) => [e.where, e.text])).toContainEqual(['service-worker', 'service worker says hi']);
      await session.storage.set({ harnessProbe: { n: 1 } });
      expect(await session.storage.get('harnessProbe')).toEqual({ harnessProbe: { n: 1 } });
      await session.storage.clear();
      expect(await session.storage.get()).toEqual({});
    });
  }
});
