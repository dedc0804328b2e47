// What the Amazon script reads from storage, in one storage.local.get: no storage-item machinery
// (its version checks read every item's key and version mark at start, one call each). Versions
// and migrations belong to the background (src/storage/items.ts); a store the background has not
// migrated yet is read as it will be.
import { localGet, localSet, useMessageCache } from '../../platform/content';
import type { MessageCache } from '../../platform/message-cache';
import { DEFAULT_SETTINGS, migrateBalancesV1, type BalanceStore, type Settings } from '../../storage/schema';

export interface AmazonStore {
  settings: Settings;
  balances: BalanceStore;
  /** Purchase ids the shopper said "Not for this order" to. */
  dismissed: string[];
}

const KEYS = ['settings', 'balances', 'balances$', 'dismissedPurchases', 'messageCache'];
const DISMISSED_LIMIT = 200;

export async function loadStore(): Promise<AmazonStore> {
  const got = await localGet(KEYS);
  const balances = (got.balances ?? null) as BalanceStore | null;
  const version = (got.balances$ as { v?: number } | undefined)?.v ?? 1;
  // The notice's texts, so that showing it needs no i18n call (../../platform/message-cache.ts).
  useMessageCache((got.messageCache as MessageCache | undefined) ?? null);
  return {
    settings: (got.settings as Settings | undefined) ?? DEFAULT_SETTINGS,
    balances: balances == null ? {} : version < 2 ? migrateBalancesV1(balances as never) : balances,
    dismissed: Array.isArray(got.dismissedPurchases) ? (got.dismissedPurchases as string[]) : [],
  };
}

/** Only the balances (a checkout tab coming back into view reads them again). */
export async function loadBalances(): Promise<BalanceStore> {
  return (await loadStore()).balances;
}

/** Remember "Not for this order" for a purchase (bounded, newest last). */
export async function addDismissed(purchaseId: string): Promise<void> {
  const got = await localGet(['dismissedPurchases']);
  const list = Array.isArray(got.dismissedPurchases) ? (got.dismissedPurchases as string[]) : [];
  await localSet({ dismissedPurchases: [...list.filter((p) => p !== purchaseId), purchaseId].slice(-DISMISSED_LIMIT) });
}
