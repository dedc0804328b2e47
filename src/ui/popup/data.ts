// Plain helpers for the popup: sorting, dates, relative times. No browser APIs here.
import { formatMoney } from '../../core/money';
import { marketplaceByDomain } from '../../core/marketplaces';
import type { MarketRecord, PromoCredit } from '../../storage/items';

export const SOON_DAYS = 7;

/** Local calendar day as YYYY-MM-DD. */
export function localDay(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** Whole days from today to a YYYY-MM-DD day (0 = today). */
export function daysUntil(day: string, now: number): number {
  return dayNumber(day) - dayNumber(localDay(now));
}

/** Credits not yet expired, soonest expiry first; credits without a date last. */
export function sortCredits(credits: PromoCredit[], now: number): PromoCredit[] {
  return credits
    .filter((c) => c.minor > 0 && (!c.expires || daysUntil(c.expires, now) >= 0))
    .sort((a, b) => (a.expires ?? '9999') .localeCompare(b.expires ?? '9999'));
}

export function isSoon(credit: PromoCredit, now: number): boolean {
  return !!credit.expires && daysUntil(credit.expires, now) <= SOON_DAYS && daysUntil(credit.expires, now) >= 0;
}

/** "3 days ago", "yesterday", "5 minutes ago" in the UI language. */
export function relativeTime(then: number, now: number, locale: string): string {
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const s = Math.round((then - now) / 1000);
  const abs = Math.abs(s);
  if (abs < 60) return rtf.format(0, 'second');
  if (abs < 3600) return rtf.format(Math.round(s / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(s / 3600), 'hour');
  // Whole calendar days, so "yesterday" means yesterday.
  const days = daysUntil(localDay(then), now);
  if (Math.abs(days) < 30) return rtf.format(days, 'day');
  if (Math.abs(days) < 365) return rtf.format(Math.round(days / 30), 'month');
  return rtf.format(Math.round(days / 365), 'year');
}

export function formatDay(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(y, m - 1, d));
}

/** Money in its own market's format ("1.234,56 €" on amazon.de). */
export function formatFor(domain: string, minor: number, currency: string): string {
  const locale = marketplaceByDomain(domain)?.locale ?? 'en-US';
  return formatMoney({ minor, currency }, locale);
}

/** Records with something to show, by marketplace then account. */
export function sortRecords(records: MarketRecord[]): MarketRecord[] {
  return records
    .filter((r) => r.giftCard || r.promotional.length > 0)
    .sort((a, b) => a.domain.localeCompare(b.domain) || (a.account ?? '').localeCompare(b.account ?? ''));
}

/** Points for a small line chart of the history, in a width × height box. */
export function trendPoints(history: Array<{ t: number; minor: number }>, width: number, height: number): string {
  if (history.length < 2) return '';
  const values = history.map((h) => h.minor);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const pad = 2;
  return values
    .map((v, i) => {
      const x = pad + (i * (width - 2 * pad)) / (values.length - 1);
      const y = height - pad - ((v - min) * (height - 2 * pad)) / span;
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}
