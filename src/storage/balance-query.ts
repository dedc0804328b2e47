// The balance tracked earlier for a marketplace, for pages that show none (Buy Now overlay, review pages).
import type { Money } from '../core/money';
import { recordKey, type BalanceStore, type MarketRecord } from './schema';

function moneyOf(record: MarketRecord | undefined): Money | null {
  const gc = record?.giftCard;
  return gc ? { minor: gc.minor, currency: gc.currency } : null;
}

/**
 * The known gift-card balance of `domain`. When the page's nav names the account, that account's
 * record (or, failing that, one stored without an account name); otherwise the most recently seen
 * record of the domain. Null when nothing is known.
 */
export function knownBalance(store: BalanceStore, domain: string, account: string | null): Money | null {
  if (account) {
    return moneyOf(store[recordKey(domain, account)]) ?? moneyOf(store[recordKey(domain, null)]);
  }
  let best: MarketRecord | undefined;
  for (const record of Object.values(store)) {
    if (record.domain !== domain || !record.giftCard) continue;
    if (!best || (best.giftCard?.seenAt ?? 0) < record.giftCard.seenAt) best = record;
  }
  return moneyOf(best);
}
