// Every stored item, defined once. All of it lives in storage.local (or storage.session for
// per-tab state, defined on first use) and never leaves the machine. Claim codes are never stored.
import { storage } from 'wxt/utils/storage';
import type { MessageCache } from '../platform/message-cache';
import { DEFAULT_SETTINGS, migrateBalancesV1, type BalanceStore, type Settings, type TabStatus, type WarningLogEntry } from './schema';

export * from './schema';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export const balancesItem = storage.defineItem<BalanceStore>('local:balances', {
  fallback: {},
  version: 2,
  migrations: { 2: migrateBalancesV1 },
});

/** Registrable domains the shopper chose to trust (scam guard stays silent there). */
export const trustedSitesItem = storage.defineItem<string[]>('local:trustedSites', {
  fallback: [],
  version: 1,
});

export const warningLogItem = storage.defineItem<WarningLogEntry[]>('local:warningLog', {
  fallback: [],
  version: 1,
});

/** Purchase ids the shopper said "Not for this order" to. Bounded. */
export const dismissedPurchasesItem = storage.defineItem<string[]>('local:dismissedPurchases', {
  fallback: [],
  version: 1,
});

/** The checkout notice's texts, resolved by the background for the content script (src/platform/message-cache.ts). */
export const messageCacheItem = storage.defineItem<MessageCache | null>('local:messageCache', {
  fallback: null,
  version: 1,
});

/**
 * An item defined on first use. storage.defineItem reads its key at once, and session storage
 * is the background's and the popup's only: a content script that loaded this module would fail
 * with "Access to storage is not allowed from this context" if the session item were defined
 * eagerly.
 */
function definedOnUse<T extends object>(define: () => T): T {
  let item: T | undefined;
  return new Proxy({} as T, {
    get(_target, prop) {
      item ??= define();
      const value = Reflect.get(item, prop, item) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(item) : value;
    },
  });
}

/** Per tab, for the popup and the badge. Cleared with the browser session. Background and popup only. */
export const tabStatusItem = definedOnUse(() =>
  storage.defineItem<Record<string, TabStatus>>('session:tabStatus', {
    fallback: {},
  }),
);
