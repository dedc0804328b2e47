// What is stored, without the storage: types, defaults, keys and the balances migration. Content
// scripts import this (not ./items, whose item definitions start storage reads the moment they load).
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

export interface WarningLogEntry {
  t: number;
  /** Registrable domain only: never a full URL, never page text. */
  site: string;
  level: Exclude<ScamLevel, 'none'>;
  reasons: string[];
}

export const WARNING_LOG_LIMIT = 50;

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
