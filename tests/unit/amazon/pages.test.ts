// Which Amazon page is this: URL shapes nobody on the project wrote, and the open Buy Now sheet.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { hasBuyButton, recognizePage } from '../../../src/sites/amazon/pages';

const kind = (url: string, body = '') => recognizePage(parseHtml(`<!doctype html><html><body>${body}</body></html>`, url), url).page;

describe('recognizePage', () => {
  it.each([
    ['https://www.amazon.sa/-/ar/checkout/p/p-406-2280715-6650432/spc?pipelineType=Chewbacca', 'checkout-review'],
    ['https://www.amazon.com.be/-/fr/checkout/p/p-262-1937465-9921047/pay?isBuyNow=1', 'checkout-payment'],
    ['https://www.amazon.ca/-/fr_CA/gp/buy/payselect/handlers/display.html', 'checkout-payment'],
    ['https://www.amazon.ae/-/en/gc/balance', 'gift-card-balance'],
    ['https://www.amazon.sa/-/ar/gc/balance?tab=promotional', 'promotional-credits'],
    ['https://www.amazon.it/gc/balance/promotional?ref_=x', 'promotional-credits'],
    ['https://www.amazon.com.br/gp/css/gc/promotional-balance', 'promotional-credits'],
    ['https://www.amazon.com/gc/balance?tab=activity', 'gift-card-balance'],
    ['https://www.amazon.com/gp/css/gc/payment/view-gc-balance?ie=UTF8', 'gift-card-balance'],
    ['https://www.amazon.com/gp/css/gc/payment', 'redeem'],
    ['https://www.amazon.co.uk/gp/gc/redeem', 'redeem'],
    ['https://www.amazon.in/gp/aw/buy/spc/handlers/display.html', 'checkout-review'],
  ])('%s is %s', (url, page) => {
    expect(kind(url)).toBe(page);
  });

  it('a product page carrying the hidden, empty Buy Now sheet is not the overlay; an open one is', () => {
    const url = 'https://www.amazon.nl/dp/B0D5NLPH42';
    expect(kind(url, '<div id="turbo-checkout-bottom-sheet" class="aok-hidden" aria-hidden="true"></div>')).toBe('amazon-other');
    expect(kind(url, '<div id="turbo-checkout-bottom-sheet"><span>Nu kopen</span><input id="turbo-checkout-pyo-button" type="submit"></div>')).toBe('buy-now');
  });

  it('sees a shown Buy Now button, not a hidden one', () => {
    const doc = (b: string) => parseHtml(`<!doctype html><html><body>${b}</body></html>`, 'https://www.amazon.com/dp/B0');
    expect(hasBuyButton(doc('<input id="buy-now-button" type="submit">'))).toBe(true);
    expect(hasBuyButton(doc('<div class="aok-hidden"><input id="buy-now-button" type="submit"></div>'))).toBe(false);
  });
});
