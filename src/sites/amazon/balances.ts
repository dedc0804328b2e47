// Reads gift-card balances and promotional credits from Amazon pages. (Balances issue.)
// Unknown markup gives no reading, never a guess.
import { findMoney, parseMoney, type Money, type MoneyHint } from '../../core/money';
import type { BalanceReading } from '../../core/types';
import { BALANCE_SELECTORS as S, DIGITAL_SELECTORS as D, findDates, textOf, wordingFor } from './balance-pages';
import { isPaymentPage, type PageInfo } from './pages';
import { isHidden, readPaymentState, spacedText, type PaymentReading } from './payment';
import { BALANCE, EXPIRY, GIFT_CARD, NO_BALANCE, NOT_THE_BALANCE, PROMO_CREDIT, REMAINDER } from './wording';

/** A credit that has already expired ("expired on 30 September 2026"): history, not a balance. */
const EXPIRED = /expired|abgelaufen|verfallen|expiré|scadut|caducad|expirad|verlopen|utgånge?n|wygasł|sona\s+erdi|süresi\s+dol|期限切れ|منتهي|انتهت/iu;
const MAX_ROW = 400;

const monthFirst = (info: PageInfo) => info.market?.locale === 'en-US';

/** The dates that follow an expiry word in a text, else none. */
function expiryDates(text: string, info: PageInfo): string[] {
  const at = EXPIRY.search(text);
  return at < 0 ? [] : findDates(text.slice(at), monthFirst(info));
}

function textNodes(doc: Document, keep: (text: string) => boolean): Text[] {
  const out: Text[] = [];
  if (!doc.body) return out;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (v.trim().length > 1 && keep(v)) out.push(n as Text);
  }
  return out;
}

function marketMoney(text: string, info: PageInfo): Money[] {
  return findMoney(text, hintOf(info)).filter((m) => m.currency === info.market?.currency);
}

/** The first element of a row whose whole text is one amount ("£10.00" in its own cell), else the row's first amount. */
function rowAmount(row: Element, info: PageInfo): Money | null {
  for (const el of Array.from(row.querySelectorAll('td, span, b, strong, div'))) {
    if (el.children.length > 2) continue;
    const m = moneyIn(textOf(el), info);
    if (m) return m;
  }
  return marketMoney(spacedText(row), info)[0] ?? null;
}

/** A table row whose table heads a column "Expires". */
function headedByExpiry(row: Element): boolean {
  const table = row.closest('table');
  return !!table && Array.from(table.querySelectorAll('th, thead td')).some((th) => EXPIRY.test(textOf(th)));
}

/**
 * Promotional credits by what they are: a row (table row, card, line) with an amount, a date that
 * an expiry word (or the column head) names, and promotional wording or a promotional-credits page.
 * Gift-card lots and activity rows are not promotions.
 */
export function readPromotions(doc: Document, info: PageInfo, promoPage: boolean): BalanceReading[] {
  if (!info.market) return [];
  // Most pages have none: one look at the page's words before reading row by row.
  const words = doc.body?.textContent ?? '';
  if (!EXPIRY.test(words) || (!promoPage && !PROMO_CREDIT.test(words))) return [];
  const rows: Element[] = [];
  for (const node of textNodes(doc, (t) => /[\d\u0660-\u0669]{4}/.test(t) && findDates(t, monthFirst(info)).length > 0)) {
    let el = node.parentElement;
    for (let i = 0; el && i < 6; i++, el = el.parentElement) {
      if (el.tagName === 'BODY' || (el.textContent ?? '').length > MAX_ROW * 2) {
        el = null;
        break;
      }
      if (marketMoney(spacedText(el), info).length > 0) break;
    }
    // A table cell is read with its row ("Promotietegoed:" | "€ 5,00 verloopt op 12 maart 2027").
    if (el && (el.tagName === 'TD' || el.tagName === 'TH')) {
      const tr = el.closest('tr');
      if (tr && (tr.textContent ?? '').length <= MAX_ROW * 2) el = tr;
    }
    if (el && !rows.includes(el)) rows.push(el);
  }
  const out: BalanceReading[] = [];
  for (const row of rows) {
    if (rows.some((r) => r !== row && row.contains(r)) || isHidden(row)) continue;
    const text = spacedText(row);
    const promo = PROMO_CREDIT.test(text);
    const expiryNamed = EXPIRY.test(text) || headedByExpiry(row);
    if (!expiryNamed || EXPIRED.test(text) || (!promo && !promoPage) || (GIFT_CARD.test(text) && !promo)) continue;
    const amount = rowAmount(row, info);
    if (!amount || amount.minor <= 0) continue;
    const dates = expiryDates(text, info);
    const expires = dates[0] ?? findDates(text, monthFirst(info))[0] ?? null;
    out.push({ kind: 'promotional', minor: amount.minor, currency: amount.currency, expires });
  }
  return out;
}

/**
 * The gift-card balance by what it is, where the known ids are missing: a short label that names the
 * balance ("Solde de votre carte cadeau", "Your Gift Card balance:") with exactly one amount beside it,
 * outside activity tables; or an outright "no balance". Null when nothing says it plainly.
 */
export function readGiftBalance(doc: Document, info: PageInfo, balancePage: boolean): Money | null {
  if (!info.market) return null;
  for (const node of textNodes(doc, (t) => BALANCE.test(t) || GIFT_CARD.test(t))) {
    const own = node.nodeValue!.replace(/\s+/g, ' ').trim();
    const parent = node.parentElement;
    if (!parent || own.length > 80 || parent.closest('a, button, script, style, label, select') || isHidden(parent)) continue;
    // A row of an activity table (it has a date) is history, not the balance.
    const tr = parent.closest('tr');
    if (tr && findDates(spacedText(tr), monthFirst(info)).length > 0) continue;
    if (!BALANCE.test(own) || !(GIFT_CARD.test(own) || balancePage)) continue;
    if (NOT_THE_BALANCE.test(own) || PROMO_CREDIT.test(own) || REMAINDER.test(own) || EXPIRED.test(own)) continue;
    if (NO_BALANCE.test(own)) return { minor: 0, currency: info.market.currency };
    let el: Element | null = parent;
    for (let i = 0; el && i < 4; i++, el = el.parentElement) {
      if ((el.textContent ?? '').length > 320) break;
      const text = spacedText(el);
      if (text.length > 160) break;
      const amounts = marketMoney(text, info);
      const distinct = new Set(amounts.map((m) => m.minor));
      if (distinct.size > 1) break;
      const first = amounts[0];
      if (first && first.minor >= 0) return first;
    }
  }
  return null;
}

function hintOf(info: PageInfo): MoneyHint {
  return info.market ? { currency: info.market.currency, decimal: info.market.decimal } : {};
}

/** One amount in the market's own currency, or null. */
function moneyIn(text: string, info: PageInfo): Money | null {
  const money = parseMoney(text, hintOf(info));
  if (!money || money.minor < 0 || money.currency !== info.market?.currency) return null;
  return money;
}

function giftCard(money: Money, expires: string | null = null): BalanceReading {
  return { kind: 'gift-card', minor: money.minor, currency: money.currency, expires };
}

/**
 * The earliest expiry of the balance's lots (JP balances expire; most markets' do not): the date
 * after an expiry word beside the balance, else in the balance's lot rows. Promotional rows are not lots.
 */
function balanceExpiry(doc: Document, info: PageInfo, value: Element | null): string | null {
  if (!info.market) return null;
  // Beside the balance itself, a few levels up.
  let el = value?.parentElement ?? null;
  for (let i = 0; el && i < 3; i++, el = el.parentElement) {
    const text = textOf(el);
    // A promotional credit shown beside the balance keeps its own expiry ("Saldo promocional … vence el …").
    if (text.length > 300 || PROMO_CREDIT.test(text)) break;
    const dates = expiryDates(text, info);
    if (dates.length > 0) return [...dates].sort()[0] ?? null;
  }
  if (info.market.language !== 'ja') return null;
  const dates: string[] = [];
  // Only small elements (a lot row or a line), never the whole page.
  for (const row of Array.from(doc.querySelectorAll('tr, li, p, div.a-row'))) {
    if (row.children.length > 6) continue;
    const text = textOf(row);
    if (text.length > 200 || PROMO_CREDIT.test(text)) continue;
    dates.push(...expiryDates(text, info));
  }
  dates.sort();
  return dates[0] ?? null;
}

/** The gift-card balance by its known ids (current, then legacy layouts), else by what it says. */
function pageGiftBalance(doc: Document, info: PageInfo, balancePage: boolean): { money: Money | null; value: Element | null } {
  const value = doc.querySelector(S.balanceValue);
  let money = value ? moneyIn(textOf(value), info) : null;
  if (!value) {
    for (const sel of S.legacyBalance) {
      const el = doc.querySelector(sel);
      if (el) {
        money = moneyIn(textOf(el), info);
        break;
      }
    }
  }
  money ??= readGiftBalance(doc, info, balancePage);
  return { money, value };
}

function readBalancePage(doc: Document, info: PageInfo): BalanceReading[] {
  const { money, value } = pageGiftBalance(doc, info, true);
  const promos = readPromotions(doc, info, false);
  if (!money) return promos;
  const expires = balanceExpiry(doc, info, value);
  return [giftCard(money, expires), ...promos];
}

function readRedeemPage(doc: Document, info: PageInfo): BalanceReading[] {
  const current = doc.querySelector(S.redeemBalance);
  if (current) {
    const money = moneyIn(textOf(current), info);
    return money ? [giftCard(money)] : [];
  }
  // No balance box: a success message may still say the new balance ("… balance is $67.17").
  const success = doc.querySelector(S.redeemSuccess);
  if (!success || !info.market) return [];
  const text = textOf(success);
  const words = wordingFor(info.market.language).newBalance;
  const at = text.search(words);
  if (at < 0) return [];
  const after = text.slice(at).replace(words, '');
  const first = findMoney(after, hintOf(info))[0];
  return first && first.currency === info.market.currency && first.minor >= 0 ? [giftCard(first)] : [];
}

/** /norushcredits: one row per reward with a name (h6), a balance (h3) and an expiry line (§6.1). */
function readRewardsPage(doc: Document, info: PageInfo): BalanceReading[] {
  if (!info.market) return [];
  const out: BalanceReading[] = [];
  const seen = new Set<Element>();
  for (const h6 of Array.from(doc.querySelectorAll('h6'))) {
    const row = h6.closest('.a-row');
    if (!row || seen.has(row)) continue;
    const h3 = row.querySelector('h3');
    if (!h3) continue;
    seen.add(row);
    if (isHidden(row) || EXPIRED.test(textOf(row))) continue;
    const money = moneyIn(textOf(h3), info);
    if (!money) continue;
    // The expiry line in any language ("scade il 3 febbraio 2027", "تنتهي في ٣١ مارس ٢٠٢٧").
    const line = Array.from(row.querySelectorAll('span, p, div')).map(textOf).find((t) => t.length <= MAX_ROW && EXPIRY.test(t) && findDates(t, monthFirst(info)).length > 0);
    const expires = line ? (expiryDates(line, info)[0] ?? findDates(line, monthFirst(info))[0] ?? null) : null;
    const label = textOf(h6).slice(0, 80);
    out.push({ kind: 'promotional', minor: money.minor, currency: money.currency, expires, ...(label ? { label } : {}) });
  }
  return out;
}

export interface ReadOptions {
  /** Checkout pages: keep a balance only where the balance section could be read (the in-page tracker). */
  readableOnly?: boolean;
  /** Checkout pages: the reading the checkout audit already made of this page, to read it once. */
  reading?: PaymentReading | null;
}

export function readBalances(doc: Document, info: PageInfo, options: ReadOptions = {}): BalanceReading[] {
  if (!info.market) return [];
  switch (info.page) {
    case 'gift-card-balance':
      return readBalancePage(doc, info);
    case 'redeem':
      return readRedeemPage(doc, info);
    case 'promotional-credits': {
      // The credits, and the gift-card balance the page shows beside them (a tab header, a side card).
      const rewards = readRewardsPage(doc, info);
      const gift = pageGiftBalance(doc, info, false).money;
      return [...(rewards.length > 0 ? rewards : readPromotions(doc, info, true)), ...(gift ? [giftCard(gift)] : [])];
    }
    default:
      if (isPaymentPage(info.page)) {
        // The checkout reader owns that page; the balance it shows is a reading too, and so are
        // promotional credits shown beside it.
        const reading = options.reading ?? readPaymentState(doc, info, null);
        const balance = options.readableOnly && reading.state === 'unknown' ? null : reading.pageBalance;
        const gift = balance && balance.currency === info.market.currency && balance.minor >= 0 ? [giftCard(balance)] : [];
        return [...gift, ...readPromotions(doc, info, false)];
      }
      return [];
  }
}

export interface DigitalOneClick {
  price: Money;
  /** The "Buy now with 1-Click" control the warning is placed beside. */
  button: Element;
}

/** A digital product's "Buy now with 1-Click" and its price, or null when the page has none. */
export function readDigitalOneClick(doc: Document, info: PageInfo): DigitalOneClick | null {
  if (!info.market) return null;
  let button: Element | null = null;
  for (const sel of D.oneClick) {
    const el = doc.querySelector(sel);
    const label = el ? textOf(el.closest('.a-button') ?? el) + ' ' + (el.getAttribute('value') ?? '') + ' ' + (el.getAttribute('title') ?? '') : '';
    if (el && D.oneClickWords.test(label)) {
      button = el;
      break;
    }
  }
  if (!button) return null;
  for (const sel of D.price) {
    const el = doc.querySelector(sel);
    if (!el) continue;
    const price = moneyIn(textOf(el), info);
    return price ? { price, button } : null;
  }
  return null;
}
