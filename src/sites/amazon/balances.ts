// Reads gift-card balances and promotional credits from Amazon pages. (Balances issue.)
// Unknown markup gives no reading, never a guess.
import { findMoney, parseMoney, type Money, type MoneyHint } from '../../core/money';
import type { BalanceReading } from '../../core/types';
import { BALANCE_SELECTORS as S, DIGITAL_SELECTORS as D, findDates, textOf, wordingFor } from './balance-pages';
import { isPaymentPage, type PageInfo } from './pages';
import { isHidden, readPaymentState, spacedText, type PaymentReading } from './payment';
import { BALANCE, BALANCE_AFTER, CONDITION, EXPIRED, EXPIRY, GIFT_CARD, LEFT_COLUMN, NO_BALANCE, NOT_THE_BALANCE, OFFER, OFFER_ENDS, PROMO_CREDIT, REMAINDER, USED_UP } from './wording';

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

const AMOUNT_CELLS = 'td, span, b, strong, div, h1, h2, h3, h4, h5, h6, p';

/** The first element of a row whose whole text is one amount ("£10.00" in its own cell), else null. */
function ownAmount(row: Element, info: PageInfo): Money | null {
  for (const el of [row, ...Array.from(row.querySelectorAll(AMOUNT_CELLS))]) {
    if (el.children.length > 2) continue;
    const m = moneyIn(textOf(el), info);
    if (m) return m;
  }
  return null;
}

/** The amount of a row: the one in its own element, else the row's first amount that is not a condition of use. */
function rowAmount(row: Element, info: PageInfo): Money | null {
  return ownAmount(row, info) ?? marketMoney(creditText(spacedText(row), info), info)[0] ?? null;
}

const HEADINGS = /^(?:H[1-6]|SUMMARY|LEGEND|CAPTION)$/;

/** A heading, or a short label block of its own ("Crédito promocional", "Promotional balance") with no amount or date. */
function isHeading(el: Element, info: PageInfo): boolean {
  if (HEADINGS.test(el.tagName) || el.getAttribute('role') === 'heading') return true;
  if (/^(?:A|BUTTON|INPUT|SELECT|TEXTAREA|SCRIPT|STYLE|IMG|BR|HR)$/.test(el.tagName) || el.querySelector('a, button, input, select')) return false;
  const text = textOf(el);
  return text.length > 1 && text.length <= 60 && findMoney(text, hintOf(info)).length === 0 && findDates(text, monthFirst(info)).length === 0;
}

/**
 * The heading of the section a row sits in ("Kampanjkrediter", "Wykorzystane i wygasłe", "Crédito
 * promocional"): the nearest heading before it among its own and its ancestors' earlier siblings,
 * passing over its peer rows (what has an amount or a date). Empty when there is none near.
 */
function sectionHeading(row: Element, info: PageInfo): string {
  let el: Element | null = row;
  for (let depth = 0; el && el.tagName !== 'BODY' && depth < 6; depth++, el = el.parentElement) {
    for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (isHeading(sib, info)) return textOf(sib);
    }
  }
  return '';
}

/**
 * Not a credit though it has an amount and a date: a reload or spend offer (its own end date, or its
 * conditions with two amounts: "Reload $100 or more and get a $10 credit"), or a line of history
 * with the balance after it ("Kampanjkredit tillagd +150,00 kr · Saldo efter: 1 312,00 kr").
 */
function isOfferOrHistory(text: string, info: PageInfo): boolean {
  if (OFFER_ENDS.test(text)) return true;
  const amounts = new Set(marketMoney(creditText(text, info), info).map((m) => Math.abs(m.minor)).filter((m) => m > 0));
  return amounts.size > 1 && (OFFER.test(text) || BALANCE_AFTER.test(text));
}

/**
 * A row's text without its conditions of use ("· minsta köp 300 kr", "compra mínima de R$ 100,00"):
 * each runs from its word to its amount, which is not the credit; what follows it (the credit's own
 * amount in a later cell) stays.
 */
function creditText(text: string, info: PageInfo): string {
  const at = CONDITION.search(text);
  if (at < 0) return text;
  const words = text.slice(at).split(' ');
  for (let k = 1; k <= words.length; k++) {
    if (findMoney(words.slice(0, k).join(' '), hintOf(info)).length > 0) return `${text.slice(0, at)} ${creditText(words.slice(k).join(' '), info)}`;
  }
  return text.slice(0, at);
}

/** A table row whose table heads a column "Expires". */
function headedByExpiry(row: Element): boolean {
  const table = row.closest('table');
  return !!table && Array.from(table.querySelectorAll('th, thead td')).some((th) => EXPIRY.test(textOf(th)));
}

/** The head row of a table row's table (its thead row, else its first row), or null for the head itself. */
function headRow(row: Element): Element | null {
  const table = row.closest('table');
  const head = table?.querySelector('thead tr') ?? table?.querySelector('tr');
  return head && head !== row ? head : null;
}

/** The text of a table row's cell under the column headed by an expiry word ("Geldig tot"), if any:
 * a row may hold the date the credit was given too. */
function expiryCell(row: Element): string {
  const head = headRow(row);
  if (!head) return '';
  const at = Array.from(head.children).findIndex((th) => EXPIRY.test(textOf(th)));
  const cell = at >= 0 ? row.children[at] : undefined;
  return cell ? textOf(cell) : '';
}

/** The amount in a table row's cell under the column headed by what is left ("Verfügbar"), if the
 * table has such a column and another amount column (the amount first granted) beside it. */
function leftCell(row: Element, info: PageInfo): Money | null {
  const head = headRow(row);
  if (!head) return null;
  const heads = Array.from(head.children).map(textOf);
  const at = heads.findIndex((h) => LEFT_COLUMN.test(h) && !EXPIRY.test(h));
  if (at < 0 || row.children.length !== heads.length) return null;
  const amounts = Array.from(row.children).filter((c) => moneyIn(textOf(c), info)).length;
  return amounts >= 2 ? moneyIn(textOf(row.children[at]!), info) : null;
}

/**
 * Promotional credits by what they are: a row (table row, card, line) with an amount, a date that
 * an expiry word (or the column head) names, and promotional wording (in the row or its section's
 * heading) or a promotional-credits page. Gift-card lots, activity rows, reload offers and credits
 * that are expired or used up (by their own words or their section's) are not promotions. The
 * reader has no clock: only what the page says makes a credit expired.
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
      // A line whose only amount is a condition ("Gäller t.o.m. 30 april 2027 · minsta köp 300 kr") is part of its card.
      if (marketMoney(creditText(spacedText(el), info), info).length > 0) break;
    }
    // A table cell is read with its row ("Promotietegoed:" | "€ 5,00 verloopt op 12 maart 2027").
    if (el && (el.tagName === 'TD' || el.tagName === 'TH')) {
      const tr = el.closest('tr');
      if (tr && (tr.textContent ?? '').length <= MAX_ROW * 2) el = tr;
    }
    if (el && !rows.includes(el)) rows.push(el);
  }
  const out: BalanceReading[] = [];
  const notices: BalanceReading[] = [];
  for (const row of rows) {
    if (rows.some((r) => r !== row && row.contains(r)) || isHidden(row)) continue;
    const text = spacedText(row);
    const expiryNamed = EXPIRY.test(text) || headedByExpiry(row);
    if (!expiryNamed || EXPIRED.test(text) || USED_UP.test(text) || isOfferOrHistory(text, info)) continue;
    const heading = sectionHeading(row, info);
    if (EXPIRED.test(heading) || USED_UP.test(heading)) continue;
    const promo = PROMO_CREDIT.test(text);
    if (!promo && !promoPage && !PROMO_CREDIT.test(heading)) continue;
    // A line that names the gift card and no promotion is a gift-card lot or the balance, except on
    // a promotional-credits page ("Bon de recharge carte cadeau" is a credit there), never the balance itself.
    if (GIFT_CARD.test(text) && !promo && (!promoPage || BALANCE.test(text))) continue;
    const amount = leftCell(row, info) ?? rowAmount(row, info);
    if (!amount || amount.minor <= 0) continue;
    const dates = expiryDates(text, info);
    const expires = dates[0] ?? findDates(expiryCell(row), monthFirst(info))[0] ?? findDates(text, monthFirst(info))[0] ?? null;
    const credit: BalanceReading = { kind: 'promotional', minor: amount.minor, currency: amount.currency, expires };
    (row.closest(S.notice) ? notices : out).push(credit);
  }
  // A notice about a credit ("a credit of 2,50 € expires soon") repeats one the page lists: it counts
  // only when no listed credit has its amount and expiry.
  return [...out, ...notices.filter((n) => !out.some((c) => c.minor === n.minor && c.currency === n.currency && c.expires === n.expires))];
}

/**
 * The gift-card balance by what it is, where the known ids are missing: a short label that names the
 * balance ("Solde de votre carte cadeau", "Your Gift Card balance:") with exactly one amount beside it,
 * outside activity tables; or an outright "no balance". Null when nothing says it plainly.
 */
export function readGiftBalance(doc: Document, info: PageInfo, balancePage: boolean): Money | null {
  return findGiftBalance(doc, info, balancePage)?.money ?? null;
}

/** readGiftBalance, with the element that shows the amount (where its expiry may sit beside it). */
function findGiftBalance(doc: Document, info: PageInfo, balancePage: boolean): { money: Money; at: Element } | null {
  if (!info.market) return null;
  for (const node of textNodes(doc, (t) => BALANCE.test(t) || GIFT_CARD.test(t))) {
    const own = node.nodeValue!.replace(/\s+/g, ' ').trim();
    const parent = node.parentElement;
    if (!parent || own.length > 80 || parent.closest('button, script, style, label, select') || isHidden(parent)) continue;
    // A link is read on its own ("Solde de chèques-cadeaux : 14,20 €" as a tab), never with what is around it.
    const link = parent.closest('a');
    // A row of an activity table (it has a date) is history, not the balance.
    const tr = parent.closest('tr');
    if (tr && findDates(spacedText(tr), monthFirst(info)).length > 0) continue;
    if (!BALANCE.test(own) || !(GIFT_CARD.test(own) || balancePage)) continue;
    if (NOT_THE_BALANCE.test(own) || PROMO_CREDIT.test(own) || REMAINDER.test(own) || EXPIRED.test(own)) continue;
    if (NO_BALANCE.test(own)) return { money: { minor: 0, currency: info.market.currency }, at: parent };
    if (link) {
      const amounts = marketMoney(spacedText(link), info);
      if (GIFT_CARD.test(own) && BALANCE.test(own) && textOf(link).length <= 80 && amounts.length === 1 && amounts[0]!.minor >= 0) return { money: amounts[0]!, at: link };
      continue;
    }
    // The label's own block, then the element right after it that is one amount ("Verfügbares Guthaben" over "61,30 €").
    let label: Element = parent;
    while (label.parentElement && label.parentElement.tagName !== 'BODY' && textOf(label.parentElement) === textOf(label)) label = label.parentElement;
    const next = label.nextElementSibling;
    const beside = next && !isHidden(next) ? moneyIn(textOf(next), info) : null;
    if (next && beside) return { money: beside, at: next };
    let el: Element | null = parent;
    for (let i = 0; el && i < 4; i++, el = el.parentElement) {
      if ((el.textContent ?? '').length > 320) break;
      const text = spacedText(el);
      if (text.length > 160) break;
      const amounts = marketMoney(text, info);
      const distinct = new Set(amounts.map((m) => m.minor));
      if (distinct.size > 1) break;
      const first = amounts[0];
      if (first && first.minor >= 0) return { money: first, at: el };
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
  if (money) return { money, value };
  // By its label: the element it found is where the balance's expiry may sit beside it.
  const found = findGiftBalance(doc, info, balancePage);
  return { money: found?.money ?? null, value: value ?? found?.at ?? null };
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
  if (!info.market) return [];
  // No balance box by its id: a shown success message may still say the new balance ("… balance is
  // $67.17"); else the balance beside the form, by its label ("Your Gift Card balance" over "$18.60").
  const fromSuccess = successBalance(doc, info);
  if (fromSuccess) return [giftCard(fromSuccess)];
  const shown = readGiftBalance(doc, info, false);
  return shown ? [giftCard(shown)] : [];
}

/** The new balance a shown redeem success message states, else null. */
function successBalance(doc: Document, info: PageInfo): Money | null {
  const success = doc.querySelector(S.redeemSuccess);
  if (!success || !info.market || isHidden(success)) return null;
  const text = textOf(success);
  const words = wordingFor(info.market.language).newBalance;
  const at = text.search(words);
  if (at < 0) return null;
  const after = text.slice(at).replace(words, '');
  const first = findMoney(after, hintOf(info))[0];
  return first && first.currency === info.market.currency && first.minor >= 0 ? first : null;
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
  return readBalancesWith(doc, info, options, readPaymentState);
}

/**
 * readBalances with the checkout reader passed in (the balance script leaves it out of its bundle:
 * it never runs on a payment page). Without a reader or a reading a payment page gives its
 * promotional credits only.
 */
export function readBalancesWith(doc: Document, info: PageInfo, options: ReadOptions, readPayment: ((doc: Document, info: PageInfo, known: null) => PaymentReading) | null): BalanceReading[] {
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
        const reading = options.reading ?? readPayment?.(doc, info, null) ?? null;
        const balance = !reading || (options.readableOnly && reading.state === 'unknown') ? null : reading.pageBalance;
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
