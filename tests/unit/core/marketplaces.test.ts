import { describe, expect, it } from 'vitest';
import { AMAZON_MATCHES, MARKETPLACES, isAmazonHost, marketplaceForHost } from '../../../src/core/marketplaces';

describe('the marketplace table', () => {
  it('has all 23 retail marketplaces, each once', () => {
    expect(MARKETPLACES).toHaveLength(23);
    expect(new Set(MARKETPLACES.map((m) => m.domain)).size).toBe(23);
    expect(new Set(MARKETPLACES.map((m) => m.id)).size).toBe(23);
  });

  it('gives each market a currency Intl can format and a locale', () => {
    for (const mp of MARKETPLACES) {
      expect(() => new Intl.NumberFormat(mp.locale, { style: 'currency', currency: mp.currency })).not.toThrow();
    }
  });

  it('has one match pattern per market', () => {
    expect(AMAZON_MATCHES).toContain('https://*.amazon.co.jp/*');
    expect(AMAZON_MATCHES).toHaveLength(23);
  });
});

const AMAZON: Array<[string, string]> = [
  ['amazon.com', 'amazon.com'],
  ['www.amazon.com', 'amazon.com'],
  ['smile.amazon.com', 'amazon.com'],
  ['WWW.AMAZON.COM', 'amazon.com'],
  ['www.amazon.com.', 'amazon.com'],
  ['www.amazon.com:443', 'amazon.com'],
  ['www.amazon.ca', 'amazon.ca'],
  ['www.amazon.com.mx', 'amazon.com.mx'],
  ['www.amazon.com.br', 'amazon.com.br'],
  ['www.amazon.co.uk', 'amazon.co.uk'],
  ['www.amazon.de', 'amazon.de'],
  ['www.amazon.fr', 'amazon.fr'],
  ['www.amazon.it', 'amazon.it'],
  ['www.amazon.es', 'amazon.es'],
  ['www.amazon.nl', 'amazon.nl'],
  ['www.amazon.com.be', 'amazon.com.be'],
  ['www.amazon.ie', 'amazon.ie'],
  ['www.amazon.se', 'amazon.se'],
  ['www.amazon.pl', 'amazon.pl'],
  ['www.amazon.com.tr', 'amazon.com.tr'],
  ['www.amazon.eg', 'amazon.eg'],
  ['www.amazon.sa', 'amazon.sa'],
  ['www.amazon.ae', 'amazon.ae'],
  ['www.amazon.in', 'amazon.in'],
  ['www.amazon.co.za', 'amazon.co.za'],
  ['www.amazon.sg', 'amazon.sg'],
  ['www.amazon.com.au', 'amazon.com.au'],
  ['www.amazon.co.jp', 'amazon.co.jp'],
  ['m.amazon.co.jp', 'amazon.co.jp'],
];

const NOT_AMAZON = [
  'bucket.s3.amazonaws.com',
  'amazonaws.com',
  'd1a2b3c4.cloudfront.net',
  'main.d2abc.amplifyapp.com',
  'amazon.com.evil.net',
  'www.amazon.com.gift-verify.net',
  'amazon-gift.com',
  'www-amazon.com',
  'amazoncom.net',
  'xn--mazon-3ve.com',
  'xn--amazn-mye.com',
  'аmazon.com',
  'amazon.co',
  'amazon.cn',
  'amazon.org',
  'myamazon.com',
  'notamazon.de',
  'amazon.de.example.org',
  'amazon.com.au-giftcard.com',
  'amaz0n.com',
  'arnazon.com',
  'amazon',
  '',
  'localhost',
  '127.0.0.1',
  'shop.example.org',
  'amazon.comm',
  'www.amazon.co.uk.phish.io',
];

describe('isAmazonHost', () => {
  it.each(AMAZON)('%s is %s', (host, domain) => {
    expect(isAmazonHost(host)).toBe(true);
    expect(marketplaceForHost(host)?.domain).toBe(domain);
  });
  it.each(NOT_AMAZON)('%j is not Amazon', (host) => {
    expect(isAmazonHost(host)).toBe(false);
  });
});
