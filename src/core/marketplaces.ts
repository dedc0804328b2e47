// Every Amazon retail marketplace. Source: research notes §9 (SP-API marketplace table).
// `locale` drives number formatting; `decimal` is the decimal mark Amazon prints there;
// `language` picks the wording table used to read that market's pages.

export type Language = 'en' | 'de' | 'fr' | 'es' | 'it' | 'ja' | 'nl' | 'pl' | 'sv' | 'tr' | 'pt' | 'ar';

export interface Marketplace {
  /** Registrable domain, e.g. "amazon.co.uk". Used as the key everywhere. */
  domain: string;
  /** Canonical shop host. */
  host: string;
  id: string;
  currency: string;
  locale: string;
  language: Language;
  decimal: '.' | ',';
  country: string;
}

const m = (
  domain: string,
  id: string,
  currency: string,
  locale: string,
  language: Language,
  decimal: '.' | ',',
  country: string,
): Marketplace => ({ domain, host: `www.${domain}`, id, currency, locale, language, decimal, country });

export const MARKETPLACES: readonly Marketplace[] = [
  m('amazon.com', 'ATVPDKIKX0DER', 'USD', 'en-US', 'en', '.', 'US'),
  m('amazon.ca', 'A2EUQ1WTGCTBG2', 'CAD', 'en-CA', 'en', '.', 'CA'),
  m('amazon.com.mx', 'A1AM78C64UM0Y8', 'MXN', 'es-MX', 'es', '.', 'MX'),
  m('amazon.com.br', 'A2Q3Y263D00KWC', 'BRL', 'pt-BR', 'pt', ',', 'BR'),
  m('amazon.co.uk', 'A1F83G8C2ARO7P', 'GBP', 'en-GB', 'en', '.', 'GB'),
  m('amazon.de', 'A1PA6795UKMFR9', 'EUR', 'de-DE', 'de', ',', 'DE'),
  m('amazon.fr', 'A13V1IB3VIYZZH', 'EUR', 'fr-FR', 'fr', ',', 'FR'),
  m('amazon.it', 'APJ6JRA9NG5V4', 'EUR', 'it-IT', 'it', ',', 'IT'),
  m('amazon.es', 'A1RKKUPIHCS9HS', 'EUR', 'es-ES', 'es', ',', 'ES'),
  m('amazon.nl', 'A1805IZSGTT6HS', 'EUR', 'nl-NL', 'nl', ',', 'NL'),
  m('amazon.com.be', 'AMEN7PMS3EDWL', 'EUR', 'fr-BE', 'fr', ',', 'BE'),
  m('amazon.ie', 'A28R8C7NBKEWEA', 'EUR', 'en-IE', 'en', '.', 'IE'),
  m('amazon.se', 'A2NODRKZP88ZB9', 'SEK', 'sv-SE', 'sv', ',', 'SE'),
  m('amazon.pl', 'A1C3SOZRARQ6R3', 'PLN', 'pl-PL', 'pl', ',', 'PL'),
  m('amazon.com.tr', 'A33AVAJ2PDY3EV', 'TRY', 'tr-TR', 'tr', ',', 'TR'),
  m('amazon.eg', 'ARBP9OOSHTCHU', 'EGP', 'en-EG', 'en', '.', 'EG'),
  m('amazon.sa', 'A17E79C6D8DWNP', 'SAR', 'en-SA', 'en', '.', 'SA'),
  m('amazon.ae', 'A2VIGQ35RCS4UG', 'AED', 'en-AE', 'en', '.', 'AE'),
  m('amazon.in', 'A21TJRUUN4KGV', 'INR', 'en-IN', 'en', '.', 'IN'),
  m('amazon.co.za', 'AE08WJ6YKNBMC', 'ZAR', 'en-ZA', 'en', '.', 'ZA'),
  m('amazon.sg', 'A19VAU5U5O7RUS', 'SGD', 'en-SG', 'en', '.', 'SG'),
  m('amazon.com.au', 'A39IBJ37TRP1C6', 'AUD', 'en-AU', 'en', '.', 'AU'),
  m('amazon.co.jp', 'A1VC38T7YXB528', 'JPY', 'ja-JP', 'ja', '.', 'JP'),
];

const BY_DOMAIN = new Map(MARKETPLACES.map((mp) => [mp.domain, mp]));

/** Lower-case a host and drop a trailing dot and a port. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
}

/** The marketplace a host belongs to (the host itself or any subdomain), or null. */
export function marketplaceForHost(host: string): Marketplace | null {
  const h = normalizeHost(host);
  if (!/^[a-z0-9.-]+$/.test(h)) return null; // IDN (xn--) hosts are ASCII; anything else is not ours
  for (const mp of MARKETPLACES) {
    if (h === mp.domain || h.endsWith(`.${mp.domain}`)) return mp;
  }
  return null;
}

export function isAmazonHost(host: string): boolean {
  return marketplaceForHost(host) !== null;
}

export function marketplaceByDomain(domain: string): Marketplace | null {
  return BY_DOMAIN.get(domain) ?? null;
}

export function marketplaceById(id: string): Marketplace | null {
  return MARKETPLACES.find((mp) => mp.id === id) ?? null;
}

/** Match patterns for every marketplace ("*." also matches the bare domain). */
export const AMAZON_MATCHES: string[] = /* @__PURE__ */ MARKETPLACES.map((mp) => `https://*.${mp.domain}/*`);

/**
 * Paths where an Amazon script runs by the manifest: the full script (entrypoints/amazon.ts) on
 * checkout, the Buy Now overlay and 1-Click settings; the balance script on balance, redeem and
 * promotional-credit pages. Every other Amazon page (AMAZON_FULL_PATHS left out) gets only the router.
 */
export const AMAZON_CHECKOUT_PATHS = ['/checkout/*', '/gp/buy/*', '/cpe/*manageoneclick*'];

/** The balance, redeem and promotional-credit paths: the balance script (entrypoints/amazon-balances.ts) runs there. */
export const AMAZON_BALANCE_PATHS = [
  '/gc/*',
  '/gp/css/gc/*',
  '/gp/gc/*',
  '/gp/aw/gc/*',
  '/giftcard/*',
  '/norushcredits*',
  '/promotionalcredits*',
  '/cpe/yourpayments/promo*',
];

export const AMAZON_FULL_PATHS = [...AMAZON_CHECKOUT_PATHS, ...AMAZON_BALANCE_PATHS];

const matchesFor = (paths: string[]): string[] => MARKETPLACES.flatMap((mp) => paths.map((p) => `https://*.${mp.domain}${p}`));
/** The full script's own paths: checkout, the Buy Now overlay, 1-Click settings. */
export const AMAZON_CHECKOUT_MATCHES: string[] = /* @__PURE__ */ matchesFor(AMAZON_CHECKOUT_PATHS);
export const AMAZON_BALANCE_MATCHES: string[] = /* @__PURE__ */ matchesFor(AMAZON_BALANCE_PATHS);

export const AMAZON_FULL_MATCHES: string[] = /* @__PURE__ */ MARKETPLACES.flatMap((mp) => AMAZON_FULL_PATHS.map((p) => `https://*.${mp.domain}${p}`));

/** Redeem pages (PATHS.redeem in src/sites/amazon/pages.ts): the redeem helper's own script runs there too. */
export const AMAZON_REDEEM_PATHS = ['/gc/redeem*', '/giftcard/use*', '/gp/css/gc/payment*'];

export const AMAZON_REDEEM_MATCHES: string[] = /* @__PURE__ */ MARKETPLACES.flatMap((mp) => AMAZON_REDEEM_PATHS.map((p) => `https://*.${mp.domain}${p}`));

/** The full script's file in the build (entrypoints/amazon.ts), for the background to inject. */
export const AMAZON_SCRIPT = 'amazon.js';
