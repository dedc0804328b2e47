// Backup: the shopper's tracked balances (with promotional credits and history), settings (with
// reserves) and trusted sites as one JSON file, and back. There are no claim codes to export: none
// is ever stored. Left out on purpose: the warning log (a record of sites visited) and the
// "Not for this order" list (order ids, useful for a day); tabStatus is per browser session.
//
// Import is two steps: parseBackup() checks the whole file and rebuilds every record from the
// fields it knows (nothing else from the file is kept); restoreBackup() writes, and the popup calls
// it only after the shopper has confirmed.
import { marketplaceByDomain } from '../core/marketplaces';
import {
  balancesItem,
  HISTORY_LIMIT,
  recordKey,
  settingsItem,
  trustedSitesItem,
  type BalanceStore,
  type MarketRecord,
  type Observation,
  type PromoCredit,
  type Settings,
} from './items';

export const BACKUP_FORMAT = 'gift-card-guard-backup';
export const BACKUP_VERSION = 1;
/** Far above any real backup (23 marketplaces × a few accounts × 100 readings). */
export const BACKUP_MAX_BYTES = 2_000_000;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO time the file was written. */
  exportedAt: string;
  balances: BalanceStore;
  settings: Settings;
  trustedSites: string[];
}

/** The stored keys a backup holds (the test checks every defined item is here or excluded). */
export const BACKUP_KEYS = ['balances', 'settings', 'trustedSites'] as const;

export async function createBackup(now: number = Date.now()): Promise<Backup> {
  const [balances, settings, trustedSites] = await Promise.all([balancesItem.getValue(), settingsItem.getValue(), trustedSitesItem.getValue()]);
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), balances, settings, trustedSites };
}

export function backupFileName(now: number = Date.now()): string {
  const d = new Date(now);
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `gift-card-guard-backup-${day}.json`;
}

export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

export interface BackupSummary {
  exportedAt: string;
  /** Marketplaces with a balance or credits. */
  markets: number;
  reserves: number;
  trustedSites: number;
}

export type ParsedBackup = { ok: true; backup: Backup; summary: BackupSummary } | { ok: false; reason: string };

// ---- validation: each reader returns the rebuilt value or throws Invalid ----

class Invalid extends Error {}

function fail(where: string): never {
  throw new Invalid(where);
}

type Obj = Record<string, unknown>;

function obj(v: unknown, where: string): Obj {
  if (!v || typeof v !== 'object' || Array.isArray(v)) fail(where);
  return v as Obj;
}

function arr(v: unknown, where: string, max: number): unknown[] {
  if (!Array.isArray(v) || v.length > max) fail(where);
  return v;
}

function int(v: unknown, where: string, min = 0): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) fail(where);
  return v;
}

function time(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) fail(where);
  return v;
}

function text(v: unknown, where: string, max: number): string {
  if (typeof v !== 'string' || v.length > max) fail(where);
  return v;
}

function currency(v: unknown, where: string): string {
  if (typeof v !== 'string' || !/^[A-Z]{3}$/.test(v)) fail(where);
  return v;
}

function day(v: unknown, where: string): string | null {
  if (v === null) return null;
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) fail(where);
  return v;
}

const SOURCES: ReadonlyArray<Observation['source']> = ['gift-card-balance', 'redeem', 'checkout', 'promotional-credits'];

function observation(v: unknown, where: string): Observation | null {
  if (v === null) return null;
  const o = obj(v, where);
  if (!SOURCES.includes(o.source as Observation['source'])) fail(`${where}.source`);
  const out: Observation = {
    minor: int(o.minor, `${where}.minor`),
    currency: currency(o.currency, `${where}.currency`),
    seenAt: time(o.seenAt, `${where}.seenAt`),
    source: o.source as Observation['source'],
  };
  if ('expires' in o && o.expires !== undefined) out.expires = day(o.expires, `${where}.expires`);
  return out;
}

function credit(v: unknown, where: string): PromoCredit {
  const o = obj(v, where);
  return {
    label: text(o.label, `${where}.label`, 200),
    minor: int(o.minor, `${where}.minor`),
    currency: currency(o.currency, `${where}.currency`),
    expires: day(o.expires ?? null, `${where}.expires`),
    seenAt: time(o.seenAt, `${where}.seenAt`),
  };
}

function market(key: string, v: unknown): MarketRecord {
  const where = `balances[${key}]`;
  const o = obj(v, where);
  const domain = text(o.domain, `${where}.domain`, 100);
  if (!marketplaceByDomain(domain)) fail(`${where}.domain`);
  const account = o.account === null ? null : text(o.account, `${where}.account`, 200);
  if (recordKey(domain, account) !== key) fail(`${where} key`);
  return {
    domain,
    account,
    giftCard: observation(o.giftCard ?? null, `${where}.giftCard`),
    promotional: arr(o.promotional, `${where}.promotional`, 100).map((c, i) => credit(c, `${where}.promotional[${i}]`)),
    history: arr(o.history, `${where}.history`, HISTORY_LIMIT).map((h, i) => {
      const p = obj(h, `${where}.history[${i}]`);
      return { t: time(p.t, `${where}.history[${i}].t`), minor: int(p.minor, `${where}.history[${i}].minor`) };
    }),
  };
}

function settings(v: unknown): Settings {
  const o = obj(v, 'settings');
  const f = obj(o.features, 'settings.features');
  const flag = (k: string) => {
    if (typeof f[k] !== 'boolean') fail(`settings.features.${k}`);
    return f[k] as boolean;
  };
  const reserves: Record<string, number> = {};
  for (const [domain, minor] of Object.entries(obj(o.reserves, 'settings.reserves'))) {
    if (!marketplaceByDomain(domain)) fail(`settings.reserves[${domain}]`);
    reserves[domain] = int(minor, `settings.reserves[${domain}]`);
  }
  return { features: { checkout: flag('checkout'), balances: flag('balances'), redeem: flag('redeem'), scam: flag('scam') }, reserves };
}

function site(v: unknown, i: number): string {
  const s = text(v, `trustedSites[${i}]`, 253);
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(s)) fail(`trustedSites[${i}]`);
  return s;
}

/**
 * Check a backup file's text. Never throws: a file that is not JSON, is another program's JSON,
 * comes from a newer version or has one bad field is refused as a whole, with the reason (for
 * tests and the console; the shopper sees one message).
 */
export function parseBackup(textIn: string): ParsedBackup {
  try {
    if (textIn.length > BACKUP_MAX_BYTES) fail('size');
    let data: unknown;
    try {
      data = JSON.parse(textIn.replace(/^\uFEFF/, ''));
    } catch {
      fail('not JSON');
    }
    const o = obj(data, 'file');
    if (o.format !== BACKUP_FORMAT) fail('format');
    if (o.version !== BACKUP_VERSION) fail('version');
    const exportedAt = text(o.exportedAt, 'exportedAt', 40);
    if (Number.isNaN(Date.parse(exportedAt))) fail('exportedAt');
    const balances: BalanceStore = {};
    for (const [key, rec] of Object.entries(obj(o.balances, 'balances'))) balances[key] = market(key, rec);
    const trustedSites = [...new Set(arr(o.trustedSites, 'trustedSites', 5000).map(site))];
    const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, balances, settings: settings(o.settings), trustedSites };
    const shown = Object.values(balances).filter((r) => r.giftCard || r.promotional.length > 0);
    return {
      ok: true,
      backup,
      summary: {
        exportedAt,
        markets: new Set(shown.map((r) => r.domain)).size,
        reserves: Object.keys(backup.settings.reserves).length,
        trustedSites: trustedSites.length,
      },
    };
  } catch (err) {
    if (err instanceof Invalid) return { ok: false, reason: err.message };
    return { ok: false, reason: String(err) };
  }
}

/** Replace the stored records with the backup's. Call only after the shopper confirmed. */
export async function restoreBackup(backup: Backup): Promise<void> {
  await Promise.all([
    balancesItem.setValue(backup.balances),
    settingsItem.setValue(backup.settings),
    trustedSitesItem.setValue(backup.trustedSites),
  ]);
}
