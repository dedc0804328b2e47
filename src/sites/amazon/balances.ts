// Reads gift-card balances and promotional credits from Amazon pages. (Balances issue.)
// Unknown markup gives no reading, never a guess.
import { findMoney, parseMoney, type Money, type MoneyHint } from '../../core/money';
import type { BalanceReading } from '../../core/types';
import { BALANCE_SELECTORS as S, DIGITAL_SELECTORS as D, findDates, textOf, wordingFor } from './balance-pages';
import { isPaymentPage, type PageInfo } from './pages';
import { readPaymentState } from './payment';

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

/** The earliest expiry date shown next to "有効期限" (JP balance lots), or null. */
function balanceExpiry(doc: Document, info: PageInfo): string | null {
  if (!info.market) return null;
  const expiry = wordingFor(info.market.language).expiry;
  const dates: string[] = [];
  // Only small elements (a lot row or a line), never the whole page.
  for (const el of Array.from(doc.querySelectorAll('tr, li, p, div.a-row'))) {
    if (el.children.length > 6) continue;
    const text = textOf(el);
    if (text.length > 200 || !expiry.test(text)) continue;
    dates.push(...findDates(text));
  }
  dates.sort();
  return dates[0] ?? null;
}

function readBalancePage(doc: Document, info: PageInfo): BalanceReading[] {
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
  if (!money) return [];
  const expires = info.market?.language === 'ja' ? balanceExpiry(doc, info) : null;
  return [giftCard(money, expires)];
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
    const money = moneyIn(textOf(h3), info);
    if (!money) continue;
    const line = Array.from(row.querySelectorAll('span')).map(textOf).find((t) => wordingFor(info.market!.language).expiry.test(t));
    const expires = line ? (findDates(line)[0] ?? null) : null;
    const label = textOf(h6).slice(0, 80);
    out.push({ kind: 'promotional', minor: money.minor, currency: money.currency, expires, ...(label ? { label } : {}) });
  }
  return out;
}

export function readBalances(doc: Document, info: PageInfo): BalanceReading[] {
  if (!info.market) return [];
  switch (info.page) {
    case 'gift-card-balance':
      return readBalancePage(doc, info);
    case 'redeem':
      return readRedeemPage(doc, info);
    case 'promotional-credits':
      return readRewardsPage(doc, info);
    default:
      if (isPaymentPage(info.page)) {
        // The checkout reader owns that page; its "Your available balance" amount is a reading too.
        const balance = readPaymentState(doc, info, null).balance;
        return balance && balance.currency === info.market.currency && balance.minor >= 0 ? [giftCard(balance)] : [];
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
