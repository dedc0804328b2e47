import { MONEY_FORMATS, type MoneyPattern } from './money-formats';

// Money as Amazon prints it, in integer minor units. Anything ambiguous or malformed is
// unreadable (null), never a guessed number.

export interface Money {
  /** Integer amount in the currency's minor unit (cents, pence; yen have none). */
  minor: number;
  currency: string;
}

export interface MoneyHint {
  /** The market's currency, used for a bare "$" or "R" and as the default. */
  currency?: string;
  /** The market's decimal mark, used only when a lone separator is ambiguous ("1.234"). */
  decimal?: '.' | ',';
}

const MINOR_DIGITS: Record<string, number> = { JPY: 0 };

export function minorDigits(currency: string): number {
  return MINOR_DIGITS[currency] ?? 2;
}

const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'MXN', 'SGD']);

// Longest tokens first, so "CDN$" wins over "$" and "R$" over "R".
const TOKENS: Array<[string, string | null]> = [
  ['CDN$', 'CAD'], ['CA$', 'CAD'], ['C$', 'CAD'], ['US$', 'USD'], ['AU$', 'AUD'], ['A$', 'AUD'],
  ['MX$', 'MXN'], ['S$', 'SGD'], ['R$', 'BRL'], ['Rs.', 'INR'], ['Rs', 'INR'], ['₹', 'INR'],
  ['£', 'GBP'], ['€', 'EUR'], ['￥', 'JPY'], ['¥', 'JPY'], ['円', 'JPY'], ['zł', 'PLN'],
  ['kr', 'SEK'], ['TL', 'TRY'], ['₺', 'TRY'], ['$', null], ['R', 'ZAR'],
  ['ج.م.', 'EGP'], ['ج.م', 'EGP'], ['ر.س.', 'SAR'], ['ر.س', 'SAR'], ['د.إ.', 'AED'], ['د.إ', 'AED'],
  ['ريال', 'SAR'], ['درهم', 'AED'], ['جنيه', 'EGP'], ['E£', 'EGP'],
];
const CODES = new Set([
  'USD', 'CAD', 'MXN', 'BRL', 'GBP', 'EUR', 'SEK', 'PLN', 'TRY', 'EGP', 'SAR', 'AED', 'INR', 'ZAR', 'SGD', 'AUD', 'JPY',
]);

/** Spaces of every width become a plain space; minus signs and dashes become "-". */
function normalize(text: string): string {
  return text
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',')
    .replace(/[\u00a0\u202f\u2007\u2009\u200a\u2002-\u2006\u3000]/g, ' ')
    .replace(/[\u2212\u2012\u2013\u2014\ufe63\uff0d]/g, '-')
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\uff0c/g, ',')
    .replace(/\uff0e/g, '.')
    .replace(/\s+/g, ' ')
    .trim();
}

function currencyOf(token: string, hint: MoneyHint): string | null | undefined {
  const upper = token.toUpperCase();
  if (CODES.has(upper)) return upper;
  for (const [t, cur] of TOKENS) {
    if (t === token || (t.length > 1 && t.toLowerCase() === token.toLowerCase() && /[a-z]/i.test(t))) {
      if (cur !== null) return cur;
      // A bare "$" is the market's dollar when it uses one, else US dollars.
      return hint.currency && DOLLARS.has(hint.currency) ? hint.currency : 'USD';
    }
  }
  return undefined;
}

/** Read the digits of one amount. Returns [integer digits, fraction digits] or null. */
function readNumber(num: string, hint: MoneyHint, digits: number): [string, string] | null {
  if (!/^\d[\d.,' ]*$/.test(num) || /[.,' ]$/.test(num)) return null;
  const seps = num.match(/[.,' ]/g) ?? [];
  let decimal: string | null = null;
  if (seps.length > 0) {
    const last = seps[seps.length - 1] as string;
    const kinds = new Set(seps);
    const tail = num.slice(num.lastIndexOf(last) + 1);
    if (kinds.size > 1) {
      // "1,234.56" / "1.234,56" / "1 234,56": the last mark is the decimal one and occurs once.
      if (last === ' ' || last === "'" || seps.filter((s) => s === last).length > 1) return null;
      decimal = last;
    } else if (seps.length === 1 && (last === '.' || last === ',')) {
      if (tail.length !== 3) decimal = last;
      else if (digits === 0) decimal = null; // "￥1,234"
      else if (hint.decimal === undefined) return null; // "1.234": a thousand or one point two three four?
      else decimal = hint.decimal === last ? last : null;
    }
  }
  let intPart = num;
  let frac = '';
  if (decimal !== null) {
    const at = num.lastIndexOf(decimal);
    intPart = num.slice(0, at);
    frac = num.slice(at + 1);
    if (!/^\d{1,2}$/.test(frac) || frac.length > Math.max(digits, 0) || digits === 0) {
      if (!(digits === 0 && /^0+$/.test(frac))) return null;
      frac = '';
    }
  }
  const groupSeps = new Set(intPart.match(/[.,' ]/g) ?? []);
  if (groupSeps.size > 1) return null;
  if (groupSeps.size === 1) {
    const groups = intPart.split(/[.,' ]/);
    const [first, ...rest] = groups as [string, ...string[]];
    const western = first.length >= 1 && first.length <= 3 && rest.every((g) => g.length === 3);
    // Indian grouping: 1,23,45,678
    const indian =
      first.length >= 1 && first.length <= 2 && rest.length >= 2 &&
      rest.slice(0, -1).every((g) => g.length === 2) && (rest[rest.length - 1] as string).length === 3;
    if (!western && !indian) return null;
  }
  const intDigits = intPart.replace(/[.,' ]/g, '');
  if (!/^\d+$/.test(intDigits)) return null;
  return [intDigits, frac.padEnd(digits, '0')];
}

const AMOUNT = /^(-?)\s*([^\d\s-]*?)\s*(-?)\s*(\d[\d.,' ]*\d|\d)\s*([^\d\s]*)$/u;

/**
 * Parse one amount such as "$1,234.56", "1.234,56 €", "EUR 12,34", "-£3.10" or "₹1,23,456.00".
 * Returns null when the text is not exactly one readable amount.
 */
export function parseMoney(text: string, hint: MoneyHint = {}): Money | null {
  if (typeof text !== 'string' || text.length > 64) return null;
  const t = normalize(text);
  const match = AMOUNT.exec(t);
  if (!match) return null;
  const [, sign1, before, sign2, num, after] = match as unknown as [string, string, string, string, string, string];
  if (sign1 && sign2) return null;
  if (before && after) return null;
  const token = (before || after).trim();
  let currency: string | null | undefined;
  if (token) {
    currency = currencyOf(token, hint);
    if (!currency) return null;
  } else {
    currency = hint.currency ?? null;
    if (!currency) return null;
  }
  const digits = minorDigits(currency);
  // The market's decimal mark only applies to its own currency.
  const parsed = readNumber(num, !hint.currency || currency === hint.currency ? hint : {}, digits);
  if (!parsed) return null;
  const [intDigits, frac] = parsed;
  const minor = Number(intDigits + frac);
  if (!Number.isSafeInteger(minor)) return null;
  return { minor: sign1 || sign2 ? -minor : minor, currency };
}

// Candidates for amounts inside running text: a currency token next to a number.
const TOKEN_SRC = '(?:[A-Z]{3}|CDN\\$|CA\\$|C\\$|US\\$|AU\\$|A\\$|MX\\$|S\\$|R\\$|E£|Rs\\.?|₹|£|€|￥|¥|₺|\\$|R)';
// A trailing "$" is how fr-CA writes dollars ("23,74 $"), unless a number follows it ("1 $25.00").
const SUFFIX_SRC = '(?:€|zł|kr|TL|₺|円|ريال|درهم|جنيه|ر\\.س|د\\.إ|ج\\.م|[A-Z]{3}|\\$(?!\\s?\\d))';
const IN_TEXT = new RegExp(
  `(-?\\s?${TOKEN_SRC}\\s?-?\\d[\\d.,' ]*\\d|-?\\s?${TOKEN_SRC}\\s?\\d|-?\\d[\\d.,' ]*\\d\\s?${SUFFIX_SRC}(?![A-Za-z])|-?\\d\\s?${SUFFIX_SRC}(?![A-Za-z]))`,
  'gu',
);

/** Every readable amount in a sentence, in order ("Use $5.00 of your $25.00 gift card balance"). */
export function findMoney(text: string, hint: MoneyHint = {}): Money[] {
  const t = normalize(text);
  const out: Money[] = [];
  for (const m of t.matchAll(IN_TEXT)) {
    let candidate = m[0].trim().replace(/[.,]$/, '');
    let money = parseMoney(candidate, hint);
    // "£1.00 15 December": a space may group digits ("1 250,00 kr") or just end the amount.
    while (!money && / \d+$/.test(candidate)) {
      candidate = candidate.replace(/ \d+$/, '');
      money = parseMoney(candidate, hint);
    }
    // "16 lipca 2025 25,00 zł": a number before a suffixed amount may be a year or a day, not a group.
    let rest = m[0].trim().replace(/[.,]$/, '');
    while (!money && /^-?\d+ \d/.test(rest)) {
      rest = rest.replace(/^-?\d+ /, '');
      money = parseMoney(rest, hint);
    }
    if (money) out.push(money);
  }
  return out;
}

/** The amount as a plain number (25.0 for 2500 cents), for reports. */
export function toAmount(money: Money): number {
  return money.minor / 10 ** minorDigits(money.currency);
}

// Making an Intl.NumberFormat costs milliseconds (measured: most of the checkout script's time on
// a /pay page); one per locale and currency is kept.
const FORMATS = new Map<string, Intl.NumberFormat>();

function formatWith(money: Money, [prefix, suffix, group, decimal, grouping]: MoneyPattern): string {
  const digits = minorDigits(money.currency);
  const s = String(money.minor).padStart(digits + 1, '0');
  const int = digits ? s.slice(0, -digits) : s;
  const frac = digits ? s.slice(-digits) : '';
  let grouped: string;
  if (grouping === 'min2' && int.length <= 4) grouped = int;
  else if (grouping === 'indian' && int.length > 3) grouped = `${int.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, group)}${group}${int.slice(-3)}`;
  else grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${prefix}${grouped}${digits ? decimal + frac : ''}${suffix}`;
}

export function formatMoney(money: Money, locale: string): string {
  const key = `${locale}|${money.currency}`;
  const pattern = MONEY_FORMATS[key];
  if (pattern && money.minor >= 0 && Number.isSafeInteger(money.minor)) return formatWith(money, pattern);
  let format = FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: money.currency,
      minimumFractionDigits: minorDigits(money.currency),
      maximumFractionDigits: minorDigits(money.currency),
    });
    FORMATS.set(key, format);
  }
  return format.format(toAmount(money));
}
