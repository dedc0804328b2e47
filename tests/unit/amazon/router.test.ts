// The Amazon router, the only Amazon script on product, search and order pages: tiny, and it asks
// for the full script only where that has work (a 1-Click button, an inline Buy Now overlay).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadAmazon } from '../../../src/background/amazon';
import { AMAZON_FULL_MATCHES, AMAZON_MATCHES, MARKETPLACES } from '../../../src/core/marketplaces';
import { LOAD_MESSAGE, runRouter } from '../../../src/features/amazon/router';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures', name), 'utf8');

/** A fresh document per test, so no test's listeners reach another's. */
function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '').replace(/<link [^>]*>|<iframe[^>]*>(?:<\/iframe>)?/g, '');
  return doc;
}

let sent: unknown[];
beforeEach(() => {
  sent = [];
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Amazon router', () => {
  it('bundles to a few KB, without Preact, the polyfill or the page readers (only the selectors they share)', async () => {
    const out = await build({ entryPoints: ['src/features/amazon/router.ts'], bundle: true, minify: true, format: 'iife', write: false, metafile: true, target: 'es2022', logLevel: 'silent' });
    expect(out.outputFiles[0]!.contents.byteLength).toBeLessThanOrEqual(3_000);
    expect(Object.keys(out.metafile!.inputs).join('\n')).not.toMatch(/preact|webextension-polyfill|wxt\/|sites\/amazon\/(?!selectors)|core\//);
  });

  it('a Kindle page with "Buy now with 1-Click" asks for the full script once', () => {
    const doc = page(fixture('balances/us-kindle-product.html'));
    runRouter(doc, (m) => sent.push(m));
    vi.advanceTimersByTime(5000);
    expect(sent).toEqual([LOAD_MESSAGE]);
    expect(doc.documentElement.dataset.giftCardGuard).toBe('amazon');
  });

  it('an ordinary product page asks for nothing, not even later', () => {
    const doc = page(fixture('checkout/us-product-buy-now-overlay.html'));
    runRouter(doc, (m) => sent.push(m));
    vi.advanceTimersByTime(5000);
    expect(sent).toEqual([]);
  });

  it('Buy Now drawing its overlay into the page asks for the full script', () => {
    const doc = page('<body><div id="buybox"><span id="submit.buy-now"><input id="buy-now-button" type="submit"></span></div></body>');
    runRouter(doc, (m) => sent.push(m));
    vi.advanceTimersByTime(2000);
    expect(sent).toEqual([]);
    doc.getElementById('buy-now-button')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    doc.body.insertAdjacentHTML('beforeend', '<div id="turbo-checkout-panel-container">Pay with Visa</div>');
    vi.advanceTimersByTime(2000);
    expect(sent).toEqual([LOAD_MESSAGE]);
  });

  it('the full script\'s paths are left out of the router and cover checkout, balance, redeem and the overlay', () => {
    expect(AMAZON_FULL_MATCHES.length).toBeGreaterThan(MARKETPLACES.length * 5);
    for (const p of ['/checkout/*', '/gp/buy/*', '/gc/*', '/giftcard/*', '/norushcredits*', '/cpe/*manageoneclick*']) {
      expect(AMAZON_FULL_MATCHES).toContain(`https://*.amazon.co.jp${p}`);
    }
    expect(AMAZON_MATCHES).toContain('https://*.amazon.co.jp/*');
  });
});

describe('background: loading the full Amazon script', () => {
  const tab = { id: 7 } as never;
  it('injects into the asking frame of an Amazon page', async () => {
    const inject = vi.fn(async () => undefined);
    expect(await loadAmazon({ url: 'https://www.amazon.de/dp/B0DEXAMPLE1', tab, frameId: 0 }, inject)).toBe(true);
    expect(inject).toHaveBeenCalledWith(7, 0, 'amazon.js');
  });

  it('refuses other sites, plain http and senders without a frame', async () => {
    const inject = vi.fn(async () => undefined);
    expect(await loadAmazon({ url: 'https://amazon.de.example.com/dp/1', tab, frameId: 0 }, inject)).toBe(false);
    expect(await loadAmazon({ url: 'http://www.amazon.de/dp/1', tab, frameId: 0 }, inject)).toBe(false);
    expect(await loadAmazon({ url: 'https://www.amazon.de/dp/1', tab }, inject)).toBe(false);
    expect(inject).not.toHaveBeenCalled();
  });
});
