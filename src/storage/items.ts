// Every stored item, defined once. All of it lives in storage.local (or storage.session for
// per-tab state, defined on first use) and never leaves the machine. Claim codes are never stored.
import { storage } from 'wxt/utils/storage';
import type { GiftCardState, ScamLevel } from '../core/types';

export interface Settings {
  features: { checkout: boolean; balances: boolean; redeem: boolean; scam: boolean };
  /** Per marketplace domain: balance (minor units) that digital 1-Click buys should not touch. */
  reserves: Record<string, number>;
}

export const DEFAULT_SETTINGS: Settings = {
  features: { checkout: true, balances: true, redeem: true, scam: true },
  reserves: {},
};

/** One reading of a balance: where and when it was seen. */
export interface Observation {
  /** Minor units. */
  minor: number;
  currency: string;
  /** Epoch milliseconds. */
  seenAt: number;
  /** The page kind it was read from. */
  source: 'gift-card-balance' | 'redeem' | 'checkout' | 'promotional-credits';
  /** YYYY-MM-DD when the page shows one (JP balances expire). Optional: older records lack it. */
  expires?: string | null;
}

export interface PromoCredit {
  label: string;
  minor: number;
  currency: string;
  expires: string | null;
  seenAt: number;
}

/** What we know of one marketplace for one account. */
export interface MarketRecord {
  domain: string;
  /** The account name from Amazon's nav ("Hello, Sam"), when shown. */
  account: string | null;
  giftCard: Observation | null;
  promotional: PromoCredit[];
  /** Bounded history of gift-card readings, oldest first. */
  history: Array<{ t: number; minor: number }>;
}

/** Keyed by `${domain}|${account ?? ''}`. */
export type BalanceStore = Record<string, MarketRecord>;

export const HISTORY_LIMIT = 100;

export function recordKey(domain: string, account: string | null): string {
  return `${domain}|${account ?? ''}`;
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

// v1 (early builds) stored one float per domain: { "amazon.com": { amount: 25, currency, seenAt } }.
// v2 keys records by marketplace and account and keeps minor units and history.
interface BalanceStoreV1 {
  [domain: string]: { amount: number; currency: string; seenAt: number };
}

export function migrateBalancesV1(old: BalanceStoreV1 | null): BalanceStore {
  const out: BalanceStore = {};
  for (const [key, v] of Object.entries(old ?? {})) {
    // Already a v2 record (the version mark was lost, e.g. after a bare storage.clear of metadata): keep it.
    const rec = v as unknown as Partial<MarketRecord> | null;
    if (rec && typeof rec.domain === 'string' && Array.isArray(rec.history)) out[key] = rec as MarketRecord;
  }
  for (const [domain, v] of Object.entries(old ?? {})) {
    if (domain in out) continue;
    if (!v || typeof v.amount !== 'number' || !Number.isFinite(v.amount)) continue;
    const minor = Math.round(v.amount * (v.currency === 'JPY' ? 1 : 100));
    out[recordKey(domain, null)] = {
      domain,
      account: null,
      giftCard: { minor, currency: v.currency, seenAt: v.seenAt, source: 'gift-card-balance' },
      promotional: [],
      history: [{ t: v.seenAt, minor }],
    };
  }
  return out;
}

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

export interface WarningLogEntry {
  t: number;
  /** Registrable domain only: never a full URL, never page text. */
  site: string;
  level: Exclude<ScamLevel, 'none'>;
  reasons: string[];
}

export const WARNING_LOG_LIMIT = 50;

export const warningLogItem = storage.defineItem<WarningLogEntry[]>('local:warningLog', {
  fallback: [],
  version: 1,
});

/** Purchase ids the shopper said "Not for this order" to. Bounded. */
export const dismissedPurchasesItem = storage.defineItem<string[]>('local:dismissedPurchases', {
  fallback: [],
  version: 1,
});

export interface TabStatus {
  kind: 'checkout' | 'scam';
  giftCard?: GiftCardState;
  scam?: ScamLevel;
  reasons?: string[];
  /** Registrable domain (scam) or marketplace domain (checkout). */
  site: string;
  /** Amounts already formatted for display. */
  detail?: string;
}

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
