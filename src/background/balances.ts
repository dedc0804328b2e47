// Stores the balances the content script saw, per marketplace and account, and keeps the
// badge's count of promotional credits that expire within 7 days up to date (daily alarm and
// an alarm at the next change). The site always comes from `sender.url`.
import { browser } from '../platform/browser';
import { marketplaceForHost } from '../core/marketplaces';
import type { MessageOf } from '../core/messages';
import { registrableSite } from '../core/site';
import type { BalanceReading } from '../core/types';
import { isPaymentPage, recognizePage } from '../sites/amazon/pages';
import {
  balancesItem,
  HISTORY_LIMIT,
  recordKey,
  type BalanceStore,
  type MarketRecord,
  type Observation,
} from '../storage/items';
import { setExpiringCounter, updateBadge } from './badge';
import { onMessageType, type Sender } from './router';

export const EXPIRY_WINDOW_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;
const ALARM_DAILY = 'balances-expiry-daily';
const ALARM_NEXT = 'balances-expiry-next';

/** The clock, injectable for tests. */
let clock: () => number = () => Date.now();
export function setBalancesClock(fn: () => number): void {
  clock = fn;
}

/** Local calendar day of a time, as YYYY-MM-DD. */
export function localDay(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Local midnight at the start of a YYYY-MM-DD day. */
function startOfDay(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}

function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return localDay(new Date(y, m - 1, d + n, 12).getTime());
}

/** A credit counts from 7 days before its expiry day through the expiry day itself. */
export function isExpiringSoon(expires: string | null, now: number): boolean {
  if (!expires) return false;
  const today = localDay(now);
  return expires >= today && expires <= addDays(today, EXPIRY_WINDOW_DAYS);
}

export function countExpiring(store: BalanceStore, now: number): number {
  let n = 0;
  for (const rec of Object.values(store)) {
    for (const c of rec.promotional) if (c.minor > 0 && isExpiringSoon(c.expires, now)) n++;
  }
  return n;
}

/** When the count next changes (a credit enters the window or expires), or null. */
export function nextExpiryChange(store: BalanceStore, now: number): number | null {
  let next: number | null = null;
  for (const rec of Object.values(store)) {
    for (const c of rec.promotional) {
      if (!c.expires || !/^\d{4}-\d{2}-\d{2}$/.test(c.expires)) continue;
      const enters = startOfDay(addDays(c.expires, -EXPIRY_WINDOW_DAYS));
      const leaves = startOfDay(addDays(c.expires, 1));
      for (const t of [enters, leaves]) if (t > now && (next === null || t < next)) next = t;
    }
  }
  return next;
}

type Source = Observation['source'];

function sourceOf(url: string): Source | null {
  const page = recognizePage(null, url).page;
  if (page === 'gift-card-balance' || page === 'redeem' || page === 'promotional-credits') return page;
  return isPaymentPage(page) ? 'checkout' : null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Keep only readings that make sense for this market; anything odd is dropped. */
export function validReadings(readings: unknown, currency: string): BalanceReading[] {
  if (!Array.isArray(readings)) return [];
  const out: BalanceReading[] = [];
  for (const r of readings.slice(0, 50) as Array<Partial<BalanceReading>>) {
    if (!r || (r.kind !== 'gift-card' && r.kind !== 'promotional')) continue;
    if (typeof r.minor !== 'number' || !Number.isSafeInteger(r.minor) || r.minor < 0) continue;
    if (r.currency !== currency) continue;
    const expires = typeof r.expires === 'string' && DATE.test(r.expires) ? r.expires : null;
    const label = typeof r.label === 'string' ? r.label.slice(0, 80) : undefined;
    out.push({ kind: r.kind, minor: r.minor, currency, expires, ...(label ? { label } : {}) });
  }
  return out;
}

/** Pure: the store after one page's readings. */
export function applyReadings(
  store: BalanceStore,
  domain: string,
  account: string | null,
  source: Source,
  readings: BalanceReading[],
  t: number,
): BalanceStore {
  const key = recordKey(domain, account);
  const old: MarketRecord = store[key] ?? { domain, account, giftCard: null, promotional: [], history: [] };
  const rec: MarketRecord = { ...old, promotional: [...old.promotional], history: [...old.history] };
  const gift = readings.find((r) => r.kind === 'gift-card');
  if (gift) {
    rec.giftCard = { minor: gift.minor, currency: gift.currency, seenAt: t, source, expires: gift.expires };
    rec.history.push({ t, minor: gift.minor });
    if (rec.history.length > HISTORY_LIMIT) rec.history.splice(0, rec.history.length - HISTORY_LIMIT);
  }
  if (source === 'promotional-credits') {
    // The rewards page lists every credit: it replaces what we knew.
    rec.promotional = readings
      .filter((r) => r.kind === 'promotional')
      .map((r) => ({ label: r.label ?? '', minor: r.minor, currency: r.currency, expires: r.expires, seenAt: t }));
  }
  return { ...store, [key]: rec };
}

/** Store what a content script saw, if the sender's page really is that market's. */
export async function recordBalances(msg: MessageOf<'balances-seen'>, sender: Sender): Promise<boolean> {
  if (!sender.url || !sender.tab) return false;
  let host: string;
  try {
    host = new URL(sender.url).hostname;
  } catch {
    return false;
  }
  const market = marketplaceForHost(host);
  if (!market || market.domain !== msg.market || registrableSite(sender.url) !== market.domain) return false;
  const source = sourceOf(sender.url);
  if (!source) return false;
  const readings = validReadings(msg.readings, market.currency);
  if (readings.length === 0 && source !== 'promotional-credits') return false;
  const account = typeof msg.account === 'string' && msg.account.trim() ? msg.account.trim().slice(0, 64) : null;
  const store = await balancesItem.getValue();
  await balancesItem.setValue(applyReadings(store, market.domain, account, source, readings, clock()));
  await refreshExpiry();
  return true;
}

/** Forget one marketplace (every account), or everything. */
export async function deleteBalances(domain: string | null): Promise<void> {
  if (domain === null) {
    await balancesItem.setValue({});
  } else {
    const store = { ...(await balancesItem.getValue()) };
    for (const [key, rec] of Object.entries(store)) if (rec.domain === domain) delete store[key];
    await balancesItem.setValue(store);
  }
  await refreshExpiry();
}

/** Recount, update the badge and set the alarm for the next change. */
export async function refreshExpiry(): Promise<void> {
  const store = await balancesItem.getValue();
  const next = nextExpiryChange(store, clock());
  await browser.alarms.clear(ALARM_NEXT);
  if (next !== null) browser.alarms.create(ALARM_NEXT, { when: next + 1000 });
  await updateBadge().catch(() => undefined);
}

function fromExtensionPage(sender: Sender): boolean {
  // The popup's URL is inside the extension; a content script's is the page's.
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

export function registerBalances(): void {
  setExpiringCounter(async () => countExpiring(await balancesItem.getValue(), clock()));
  onMessageType('balances-seen', (msg, sender) => recordBalances(msg, sender));
  onMessageType('balances-delete', async (msg, sender) => {
    if (!fromExtensionPage(sender)) return false;
    if (msg.market !== null && typeof msg.market !== 'string') return false;
    await deleteBalances(msg.market);
    return true;
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM_DAILY || alarm.name === ALARM_NEXT) void refreshExpiry();
  });
  void browser.alarms.get(ALARM_DAILY).then((a) => {
    if (!a) browser.alarms.create(ALARM_DAILY, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  });
}
