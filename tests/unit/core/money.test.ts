import { describe, expect, it } from 'vitest';
import { findMoney, formatMoney, parseMoney, toAmount, type MoneyHint } from '../../../src/core/money';
import { MARKETPLACES, marketplaceByDomain } from '../../../src/core/marketplaces';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

function hintFor(domain: string): MoneyHint {
  const mp = marketplaceByDomain(domain);
  if (!mp) throw new Error(domain);
  return { currency: mp.currency, decimal: mp.decimal };
}

// [text as Amazon prints it, market (or none), expected minor units, expected currency]
const READABLE: Array<[string, string | null, number, string]> = [
  ['$1,234.56', 'amazon.com', 123456, 'USD'],
  ['$0.99', 'amazon.com', 99, 'USD'],
  ['$25.00', null, 2500, 'USD'],
  [' $926.99 ', 'amazon.com', 92699, 'USD'],
  ['$1,000,000.00', 'amazon.com', 100000000, 'USD'],
  ['$7', 'amazon.com', 700, 'USD'],
  ['-$25.00', 'amazon.com', -2500, 'USD'],
  ['$-2.99', 'amazon.com', -299, 'USD'],
  ['US$12.00', 'amazon.co.uk', 1200, 'USD'],
  ['£8.00', 'amazon.co.uk', 800, 'GBP'],
  ['£15.85', null, 1585, 'GBP'],
  ['-£15.85', 'amazon.co.uk', -1585, 'GBP'],
  ['\u2212£3.10', 'amazon.co.uk', -310, 'GBP'],
  ['£1,127.33', 'amazon.co.uk', 112733, 'GBP'],
  ['1.234,56 €', 'amazon.de', 123456, 'EUR'],
  ['12,34 €', 'amazon.de', 1234, 'EUR'],
  [`12,34${NBSP}€`, 'amazon.de', 1234, 'EUR'],
  ['-12,34 €', 'amazon.de', -1234, 'EUR'],
  ['1.234 €', 'amazon.de', 123400, 'EUR'],
  ['EUR 12,34', 'amazon.de', 1234, 'EUR'],
  ['EUR 1.234,56', 'amazon.it', 123456, 'EUR'],
  [`1${NNBSP}234,56${NNBSP}€`, 'amazon.fr', 123456, 'EUR'],
  [`1${NBSP}234,56 €`, 'amazon.fr', 123456, 'EUR'],
  ['€ 1.234,56', 'amazon.nl', 123456, 'EUR'],
  ['€12.34', 'amazon.ie', 1234, 'EUR'],
  ['€1,234.56', 'amazon.ie', 123456, 'EUR'],
  ['1.234,56 €', 'amazon.es', 123456, 'EUR'],
  ['0,99 €', 'amazon.it', 99, 'EUR'],
  ['12,5 €', 'amazon.fr', 1250, 'EUR'],
  ['￥1,234', 'amazon.co.jp', 1234, 'JPY'],
  ['￥ 12,345', 'amazon.co.jp', 12345, 'JPY'],
  ['¥500', 'amazon.co.jp', 500, 'JPY'],
  ['1,234円', 'amazon.co.jp', 1234, 'JPY'],
  ['￥１，２３４', 'amazon.co.jp', 1234, 'JPY'],
  ['₹1,23,456.00', 'amazon.in', 12345600, 'INR'],
  ['₹ 499.00', 'amazon.in', 49900, 'INR'],
  ['₹12,34,56,789.50', 'amazon.in', 12345678950, 'INR'],
  ['Rs. 250.00', 'amazon.in', 25000, 'INR'],
  ['R$ 1.234,56', 'amazon.com.br', 123456, 'BRL'],
  ['R$ 19,90', 'amazon.com.br', 1990, 'BRL'],
  [`1${NBSP}234,56 zł`, 'amazon.pl', 123456, 'PLN'],
  [`1${NNBSP}234,56${NBSP}zł`, 'amazon.pl', 123456, 'PLN'],
  ['49,99 zł', 'amazon.pl', 4999, 'PLN'],
  [`1${NBSP}299,00 kr`, 'amazon.se', 129900, 'SEK'],
  ['CDN$ 12.34', 'amazon.ca', 1234, 'CAD'],
  ['$12.34', 'amazon.ca', 1234, 'CAD'],
  ['C$1,050.00', 'amazon.ca', 105000, 'CAD'],
  ['$1,234.56', 'amazon.com.mx', 123456, 'MXN'],
  ['$45.00', 'amazon.com.au', 4500, 'AUD'],
  ['S$12.90', 'amazon.sg', 1290, 'SGD'],
  ['AED 1,234.50', 'amazon.ae', 123450, 'AED'],
  ['SAR 99.00', 'amazon.sa', 9900, 'SAR'],
  ['EGP 1,250.00', 'amazon.eg', 125000, 'EGP'],
  ['12,34 TL', 'amazon.com.tr', 1234, 'TRY'],
  ['1.299,00 TL', 'amazon.com.tr', 129900, 'TRY'],
  ['R 1,299.00', 'amazon.co.za', 129900, 'ZAR'],
  ['R1,299.00', 'amazon.co.za', 129900, 'ZAR'],
  ['1.234,56', 'amazon.de', 123456, 'EUR'],
  ['25.00', 'amazon.com', 2500, 'USD'],
];

// Text that is not exactly one readable amount must come back unreadable, never a wrong number.
const UNREADABLE: Array<[string, string | null]> = [
  ['', 'amazon.com'],
  ['   ', 'amazon.com'],
  ['$', 'amazon.com'],
  ['abc', 'amazon.com'],
  ['Gift Card', 'amazon.com'],
  ['$12.3.4', 'amazon.com'],
  ['12..34', 'amazon.com'],
  ['$1,2345.00', 'amazon.com'],
  ['1,23,4', 'amazon.in'],
  ['$5.999', 'amazon.com'],
  ['$ 12.345', null],
  ['1.234 €', null],
  ['--5', 'amazon.com'],
  ['-$-5', 'amazon.com'],
  ['$1,234.56 USD', 'amazon.com'],
  ['$5.00 of $25.00', 'amazon.com'],
  ['12,34', null],
  ['12.34 XYZ', 'amazon.com'],
  ['£8.00.', 'amazon.co.uk'],
  ['€1,2,3', 'amazon.de'],
  ['1 234 567,5,6 zł', 'amazon.pl'],
  ['￥1,234.5', 'amazon.co.jp'],
  ['$1e5', 'amazon.com'],
  ['NaN', 'amazon.com'],
  ['$12,34.56', 'amazon.com'],
  ['99999999999999999999', 'amazon.com'],
];

describe('parseMoney reads amounts as Amazon prints them', () => {
  it.each(READABLE)('%j in %s', (text, domain, minor, currency) => {
    expect(parseMoney(text, domain ? hintFor(domain) : {})).toEqual({ minor, currency });
  });
});

describe('parseMoney refuses what it cannot read for sure', () => {
  it.each(UNREADABLE)('%j in %s', (text, domain) => {
    expect(parseMoney(text, domain ? hintFor(domain) : {})).toBeNull();
  });
});

describe('findMoney', () => {
  it('reads both amounts of the legacy radio label', () => {
    expect(findMoney('Use $5.00 of your $25.00 gift card balance', hintFor('amazon.com'))).toEqual([
      { minor: 500, currency: 'USD' },
      { minor: 2500, currency: 'USD' },
    ]);
  });
  it('reads a German order-summary deduction', () => {
    expect(findMoney('Geschenkgutschein(e): -12,34 €', hintFor('amazon.de'))).toEqual([{ minor: -1234, currency: 'EUR' }]);
  });
  it('reads dollars written after the number, as fr-CA does', () => {
    expect(findMoney('Utiliser 23,74 $ de votre solde de 86,40 $', hintFor('amazon.ca'))).toEqual([
      { minor: 2374, currency: 'CAD' },
      { minor: 8640, currency: 'CAD' },
    ]);
  });
  it('does not take a date before an amount written with its currency after it for a digit group', () => {
    expect(findMoney('Przyznano 16 lipca 2025 25,00 zł Ważne do 15 stycznia 2026', hintFor('amazon.pl'))).toEqual([{ minor: 2500, currency: 'PLN' }]);
    expect(findMoney('Saldo 1 250,00 kr', hintFor('amazon.se'))).toEqual([{ minor: 125000, currency: 'SEK' }]);
  });
  it('does not take a count before a dollar amount for a trailing "$"', () => {
    expect(findMoney('Qty 1 $25.00', hintFor('amazon.com'))).toEqual([{ minor: 2500, currency: 'USD' }]);
  });
});

describe('formatMoney writes amounts back in the market format', () => {
  it.each([
    [{ minor: 123456, currency: 'USD' }, 'en-US', '$1,234.56'],
    [{ minor: 800, currency: 'GBP' }, 'en-GB', '£8.00'],
    [{ minor: 1234, currency: 'JPY' }, 'ja-JP', '￥1,234'],
    [{ minor: 12345600, currency: 'INR' }, 'en-IN', '₹1,23,456.00'],
  ])('%j in %s', (money, locale, text) => {
    expect(formatMoney(money, locale)).toBe(text);
  });

  it('round-trips through every marketplace format', async () => {
    const { MARKETPLACES } = await import('../../../src/core/marketplaces');
    for (const mp of MARKETPLACES) {
      const money = { minor: mp.currency === 'JPY' ? 123456 : 12345678, currency: mp.currency };
      const printed = formatMoney(money, mp.locale);
      expect(parseMoney(printed, { currency: mp.currency, decimal: mp.decimal }), `${mp.domain}: ${printed}`).toEqual(money);
    }
  });

  it('gives amounts as plain numbers for reports', () => {
    expect(toAmount({ minor: 2500, currency: 'USD' })).toBe(25);
    expect(toAmount({ minor: 1234, currency: 'JPY' })).toBe(1234);
  });
});

describe('formatMoney without Intl on the page', () => {
  it.each(MARKETPLACES.map((m) => [m.locale, m.currency] as const))('%s %s writes amounts as Intl.NumberFormat does', (locale, currency) => {
    const digits = currency === 'JPY' ? 0 : 2;
    const intl = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    for (const minor of [0, 5, 2550, 99999, 123450, 1234567, 123456789, 1234567890]) {
      expect(formatMoney({ minor, currency }, locale)).toBe(intl.format(minor / 10 ** digits));
    }
  });
});
