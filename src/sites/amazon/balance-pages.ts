// Page knowledge for the balance, redeem and rewards pages and the nav's account name.
// Sources: research notes §6 (balance page), §6.1 (/norushcredits), §7 (redeem), §8 (wording).
// Ids marked REAL come from many public scrapers; wording marked GUESS is ours.
import type { Language } from '../../core/marketplaces';

export const BALANCE_SELECTORS = {
  /** REAL (code, ~10 projects): the balance amount on /gc/balance. */
  balanceValue: '#gc-ui-balance-gc-balance-value',
  /** REAL (code, old layouts): ES/legacy table cell, box, mobile. */
  legacyBalance: ['td.gcBalance span', 'td.gcBalance', 'div.gcBalanceBox span', 'p.gc-balance-on-mobile'],
  /** REAL (code): current balance on the redeem page. */
  redeemBalance: '#gc-current-balance',
  /** REAL (code): redeem form parts. */
  redeemForm: '#gc-redemption-form',
  redeemInput: 'input#gc-redemption-input, input[name="claimCode"]',
  redeemInputParent: '#gc-redemption-input-parent',
  redeemSuccess: '#alertRedemptionSuccess',
  redeemError: '#gc-redemption-error, #gc-redemption-alert',
  /**
   * AUI message boxes (REAL class family: a-alert, a-alert-success/-error/-warning, §7) and ARIA
   * alerts: a notice about a credit ("a credit of 2,50 € expires soon") that the page also lists.
   */
  notice: '.a-alert, [class*="a-alert-"], [role="alert"], [role="status"]',
  /** REAL (Amazon nav, every page): "Hello, Sam". */
  navAccount: '#nav-link-accountList-nav-line-1',
} as const;

/** Wording per language. GUESS unless noted; en and ja lines follow §8. */
interface Wording {
  /** Nav greeting before the account name ("Hello, "). */
  greeting: RegExp;
  /** Nav text when nobody is signed in. */
  signIn: RegExp;
  /** "expires" near a promotional credit or a JP balance lot. */
  expiry: RegExp;
  /** Text that says the balance in a success message ("Your new balance is $67.17"). */
  newBalance: RegExp;
}

const WORDING: Partial<Record<Language, Wording>> & { en: Wording } = {
  en: {
    greeting: /^\s*(?:hello|hi),\s*/i,
    signIn: /sign\s*in/i,
    expiry: /expires?/i,
    newBalance: /(?:new|current)\s+(?:gift\s+card\s+)?balance(?:\s+is)?\s*:?\s*/i,
  },
  de: {
    greeting: /^\s*hallo,\s*/i,
    signIn: /anmelden/i,
    expiry: /(?:läuft|gültig bis|verfällt)/i,
    newBalance: /(?:neues|aktuelles)\s+(?:guthaben|gutscheinguthaben)(?:\s+beträgt)?\s*:?\s*/i,
  },
  fr: {
    greeting: /^\s*bonjour,?\s*/i,
    signIn: /identifiez-vous/i,
    expiry: /expire/i,
    newBalance: /(?:nouveau\s+)?solde(?:\s+actuel)?(?:\s+est\s+de)?\s*:?\s*/i,
  },
  es: {
    greeting: /^\s*hola,\s*/i,
    signIn: /identif[ií]cate/i,
    expiry: /(?:caduca|vence)/i,
    newBalance: /(?:nuevo\s+)?saldo(?:\s+actual)?(?:\s+es)?(?:\s+de)?\s*:?\s*/i,
  },
  it: {
    greeting: /^\s*ciao,\s*/i,
    signIn: /accedi/i,
    expiry: /scad/i,
    newBalance: /(?:nuovo\s+)?saldo(?:\s+attuale)?(?:\s+è)?(?:\s+di)?\s*:?\s*/i,
  },
  ja: {
    greeting: /^\s*(?:こんにちは|ようこそ)[、,]?\s*/,
    signIn: /ログイン/,
    // REAL (§6): the JP balance page shows 有効期限.
    expiry: /有効期限/,
    newBalance: /(?:現在の)?(?:ギフトカード|ギフト券)?残高(?:は)?\s*[:：]?\s*/,
  },
};

export function wordingFor(language: Language): Wording {
  return WORDING[language] ?? WORDING.en;
}

/** The signed-in account name from the nav, or null when nobody is signed in or it is not shown. */
export function readAccountName(doc: Document, language: Language): string | null {
  const el = doc.querySelector(BALANCE_SELECTORS.navAccount);
  const text = el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  if (!text) return null;
  const w = wordingFor(language);
  const words = [w, WORDING.en];
  if (words.some((x) => x.signIn.test(text))) return null;
  const greeting = words.find((x) => x.greeting.test(text))?.greeting;
  if (!greeting) return null; // an unknown layout: say nothing
  // Japanese nav adds an honorific: "こんにちは, 山田さん".
  const name = text.replace(greeting, '').replace(/\s*さん$/, '').trim();
  return name ? name.slice(0, 64) : null;
}

// Month names in every language Amazon uses (full names, and the short forms they print).
const MONTH_NAMES: string[][] = [
  ['january', 'jan', 'januar', 'janvier', 'janv', 'gennaio', 'gen', 'enero', 'ene', 'janeiro', 'januari', 'stycznia', 'styczeń', 'sty', 'ocak', 'يناير'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'febbraio', 'febrero', 'fevereiro', 'fev', 'februari', 'lutego', 'luty', 'lut', 'şubat', 'subat', 'فبراير'],
  ['march', 'mar', 'märz', 'maerz', 'mrz', 'mär', 'mars', 'marzo', 'março', 'marco', 'maart', 'mrt', 'marca', 'marzec', 'mart', 'مارس'],
  ['april', 'apr', 'avril', 'avr', 'aprile', 'abril', 'abr', 'kwietnia', 'kwiecień', 'kwi', 'nisan', 'أبريل', 'ابريل'],
  ['may', 'mai', 'maggio', 'mag', 'mayo', 'maio', 'mei', 'maj', 'maja', 'mayıs', 'mayis', 'مايو'],
  ['june', 'jun', 'juni', 'juin', 'giugno', 'giu', 'junio', 'junho', 'czerwca', 'czerwiec', 'cze', 'haziran', 'يونيو'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'luglio', 'lug', 'julio', 'julho', 'lipca', 'lipiec', 'lip', 'temmuz', 'يوليو'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'augusti', 'sierpnia', 'sierpień', 'sie', 'ağustos', 'agustos', 'أغسطس'],
  ['september', 'sep', 'sept', 'septembre', 'settembre', 'set', 'septiembre', 'setembro', 'września', 'wrzesień', 'wrz', 'eylül', 'eylul', 'سبتمبر'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'ottobre', 'ott', 'octubre', 'outubro', 'out', 'października', 'październik', 'paź', 'ekim', 'أكتوبر', 'اكتوبر'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad', 'lis', 'kasım', 'kasim', 'نوفمبر'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'dicembre', 'dic', 'diciembre', 'dezembro', 'grudnia', 'grudzień', 'gru', 'aralık', 'aralik', 'ديسمبر'],
];
// Built on first use: most pages the script reads never parse a month name.
let months: Map<string, number> | null = null;

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const map = (months ??= new Map<string, number>(MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as [string, number]))));
  return map.get(w) ?? (w.length > 3 ? map.get(w.slice(0, 3)) : undefined);
}

function iso(y: number, m: number, d: number): string | null {
  if (!(y > 1999 && y < 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null; // 31 February
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DIGITS = (t: string) =>
  t.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u200e\u200f\u061c]/g, '');

const DATE_SOURCE = (): string =>
  [
    '(\\d{4})\\s*[/年.-]\\s*(\\d{1,2})\\s*[/月.-]\\s*(\\d{1,2})\\s*日?', // 2034/03/31, 2034年3月31日, 2026-12-03
    '(\\p{L}{3,12}\\.?)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})', // December 3, 2026; January 31st, 2027
    '(\\d{1,2})(?:\\.|er|º|st|nd|rd|th)?\\s+(?:de\\s+|of\\s+)?(\\p{L}{3,12}\\.?),?\\s+(?:de\\s+)?(\\d{4})', // 3 December 2026, 3. Dezember 2026, 3 de dezembro de 2026, 31st January 2027
    '(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})', // 31.01.2027, 31/01/2027, 31-01-2027 (01/31/2027 in the US)
  ].join('|');
/** Made on first use (a large Unicode pattern: parsing it costs even when no date is read). */
let dateRe: RegExp | null = null;

/**
 * Every date in a piece of text, as YYYY-MM-DD, in order. Reads "December 3, 2026", "3 December
 * 2026", "3. Dezember 2026", "3 de dezembro de 2026", "31 Ocak 2027", "31 stycznia 2027",
 * "٣١ يناير ٢٠٢٧", "2034/03/31", "2034年3月31日", "2026-12-03" and "31.01.2027" (month first only
 * when `monthFirst`, as in the US).
 */
export function findDates(text: string, monthFirst = false): string[] {
  const out: string[] = [];
  const t = DIGITS(text).replace(/\s+/g, ' ');
  for (const m of t.matchAll((dateRe ??= new RegExp(DATE_SOURCE(), 'gu')))) {
    let date: string | null = null;
    if (m[1]) date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    else if (m[4]) {
      const month = monthOf(m[4]);
      if (month) date = iso(Number(m[6]), month, Number(m[5]));
    } else if (m[7]) {
      const month = monthOf(m[8]!);
      if (month) date = iso(Number(m[9]), month, Number(m[7]));
    } else if (m[10]) {
      const [a, b] = [Number(m[10]), Number(m[11])];
      date = monthFirst ? iso(Number(m[12]), a, b) : iso(Number(m[12]), b, a);
    }
    if (date) out.push(date);
  }
  return out;
}

/** Text of an element with runs of white space collapsed. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Amazon URL paths for the popup's links. REAL paths (§1). JP redeem is /giftcard/use. */
export function marketLinks(domain: string): { balance: string; redeem: string; reload: string; oneClick: string } {
  const base = `https://www.${domain}`;
  return {
    balance: `${base}/gc/balance`,
    redeem: domain === 'amazon.co.jp' ? `${base}/giftcard/use` : `${base}/gc/redeem`,
    reload: `${base}/asv/reload/`,
    oneClick: `${base}/cpe/yourpayments/settings/manageoneclick`,
  };
}

/** "amazon.co.uk" → "Amazon.co.uk", as Amazon writes its own name. */
export function marketName(domain: string): string {
  return `Amazon${domain.slice('amazon'.length)}`;
}

/**
 * Digital buy box on Kindle and other digital product pages (reserve warning).
 * GUESS: no saved Kindle page was available; ids follow what public scrapers name.
 */
export const DIGITAL_SELECTORS = {
  price: ['#kindle-price', '#digital-list-price .a-color-price', '#buybox .kindle-price .a-color-price'],
  oneClick: ['input#one-click-button', '#buyOneClick input[type="submit"]'],
  /** The 1-Click label is "1-Click" in every language Amazon uses. */
  oneClickWords: /1-Click/i,
} as const;
