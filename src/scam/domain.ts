// Domain intelligence for the scam guard: is this site Amazon's, and does its name imitate Amazon?
// Background and Node only (tldts, punycode and the confusables table are too big for every page).
// These signals only boost a page score; on their own they never raise a warning.
import { parse } from 'tldts';
import punycode from 'punycode/punycode.js';
import unhomoglyph from 'unhomoglyph';
import { AMAZON_OWNED, isAmazonOwnedHost } from './owned';

export type DomainFlag = 'homograph' | 'lookalike' | 'embedding' | 'brand' | 'free-host' | 'risky-tld';

export interface DomainSignals {
  /** Registrable domain (private suffixes on: each bucket or github.io page is its own site). */
  site: string;
  /** One of Amazon's own sites. */
  owned: boolean;
  /** Government, consumer-protection, local or non-web: never warn. */
  neverFlag: boolean;
  flags: DomainFlag[];
  /** Sum of flag weights, capped at 5. */
  score: number;
}

const WEIGHT: Record<DomainFlag, number> = {
  homograph: 4,
  lookalike: 3,
  embedding: 3,
  brand: 2,
  'free-host': 1,
  'risky-tld': 1,
};

/** Flags that say the name imitates Amazon (D1–D4 in the research notes). */
export const BRAND_FLAGS: readonly DomainFlag[] = ['homograph', 'lookalike', 'embedding', 'brand'];

const BRANDS = ['amazon', 'amzn'];

/** Free, user-content and cloud hosting: anyone can put a page there. */
const FREE_HOSTS = [
  'amazonaws.com', 'cloudfront.net', 'amplifyapp.com', 'elasticbeanstalk.com', 'awsapps.com', 'on.aws',
  'web.app', 'firebaseapp.com', 'appspot.com', 'pages.dev', 'workers.dev', 'github.io', 'gitlab.io',
  'netlify.app', 'vercel.app', 'herokuapp.com', 'glitch.me', 'onrender.com', 'surge.sh', 'repl.co',
  'blogspot.com', 'wordpress.com', 'wixsite.com', 'weebly.com', 'godaddysites.com', 'square.site',
  'carrd.co', 'notion.site', 'webflow.io', 'jimdosite.com', '000webhostapp.com', 'azurewebsites.net',
  'web.core.windows.net', 'forms.gle', 'sites.google.com', 'docs.google.com', 'storage.googleapis.com',
  'translate.goog', 'ngrok.io', 'ngrok-free.app', 'trycloudflare.com', 'r2.dev', 'framer.website',
];

/** TLDs with a high share of abuse. Weak (+1), never on their own. */
const RISKY_TLDS = new Set([
  'top', 'xyz', 'icu', 'click', 'gift', 'claims', 'support', 'loan', 'work', 'buzz', 'rest', 'cyou',
  'sbs', 'cfd', 'monster', 'quest', 'live', 'online', 'site', 'fun', 'tk', 'ml', 'ga', 'cf', 'gq',
]);

/** Government and consumer-protection sites: their report forms may rightly ask about gift cards. */
const NEVER_FLAG_SUFFIXES = [
  'gov', 'mil', 'gov.uk', 'gov.au', 'gc.ca', 'canada.ca', 'gouv.fr', 'bund.de', 'gob.es', 'gob.mx',
  'gov.it', 'go.jp', 'gov.in', 'gov.sg', 'europa.eu', 'police.uk', 'polizei.de', 'bbb.org', 'aarp.org',
  'actionfraud.police.uk', 'consumentenbond.nl', 'verbraucherzentrale.de', 'which.co.uk',
];

/** Real words within one edit of "amazon": never a lookalike. */
const WORDS = new Set(['amazone', 'amazona', 'amazons', 'amazin', 'amazen', 'amazo', 'amazonas']);

/** Words that start with "amazon" but mean something else (the river, the stone, the state). */
const BRAND_WORD_EXCEPTIONS = /amazon(?:a|as|ia|ian|ians|ite|ites|e|es)(?![a-z])/;

const under = (host: string, d: string): boolean => host === d || host.endsWith(`.${d}`);

/** Lower case, diacritics off, each character mapped to its confusables skeleton, plus ASCII lookalikes. */
export function skeleton(label: string): string {
  const plain = label.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return unhomoglyph(plain)
    .toLowerCase()
    .replace(/vv/g, 'w')
    .replace(/cl/g, 'd')
    .replace(/0/g, 'o')
    .replace(/[1|]/g, 'l')
    .replace(/m/g, 'rn');
}

const BRAND_SKELETONS = BRANDS.map(skeleton);

function toUnicode(label: string): string {
  if (!label.startsWith('xn--')) return label;
  try {
    return punycode.toUnicode(label);
  } catch {
    return label;
  }
}

/** Levenshtein distance, stopping early once it is over 1. */
export function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  if (a.length > b.length) return a.slice(i + 1) === b.slice(i);
  return a.slice(i) === b.slice(i + 1);
}

/** Chrome's edit-distance false-positive rules (lookalike_url_util.cc), on the raw labels. */
function likelyFalsePositive(label: string, target: string): boolean {
  if (label[0] !== target[0]) return true; // only the first character differs (hank/tank)
  if (label.replace(/\d+$/, '') === target.replace(/\d+$/, '')) return true; // a trailing number
  if (label.replace(/-/g, '') === target) return true; // an inserted hyphen
  return false;
}

/** Google Translate's proxy hosts (www-amazon-com.translate.goog) stand for the original host. */
function unproxy(host: string): string {
  const m = /^([a-z0-9-]+)\.translate\.goog$/.exec(host);
  if (!m || !m[1]) return host;
  return m[1].replace(/--/g, '\u0000').replace(/-/g, '.').replace(/\u0000/g, '-');
}

const MARKET_SUFFIXES = AMAZON_OWNED.filter((d) => d.startsWith('amazon.')).map((d) => d.slice('amazon.'.length));

/** "amazon" followed by one of Amazon's public suffixes, or "amazoncom", away from the real registrable spot. */
function embedsTarget(tokens: string[], site: string): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = skeleton(tokens[i] ?? '');
    if (t === skeleton('amazoncom')) return true;
    if (t !== BRAND_SKELETONS[0]) continue;
    const rest = tokens.slice(i + 1);
    for (const suffix of MARKET_SUFFIXES) {
      const parts = suffix.split('.');
      // At the real registrable spot (arnazon.com) it is a homograph, not an embedding.
      const atEnd = i + 1 + parts.length === tokens.length && site === `${tokens[i]}.${suffix}`;
      if (parts.every((p, k) => rest[k] === p) && !atEnd) return true;
    }
  }
  return false;
}

export function domainSignals(url: string): DomainSignals {
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') {
      return { site: u.protocol, owned: false, neverFlag: true, flags: [], score: 0 };
    }
    host = u.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return { site: '', owned: false, neverFlag: true, flags: [], score: 0 };
  }
  const parsed = parse(host, { allowPrivateDomains: true });
  const site = parsed.domain ?? host;
  const none = (extra: Partial<DomainSignals>): DomainSignals => ({
    site, owned: false, neverFlag: false, flags: [], score: 0, ...extra,
  });
  if (parsed.isIp || !parsed.domain || host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) {
    return none({ neverFlag: true });
  }
  const real = unproxy(host);
  if (isAmazonOwnedHost(real)) return none({ owned: true });
  if (NEVER_FLAG_SUFFIXES.some((d) => under(real, d))) return none({ neverFlag: true });

  const flags = new Set<DomainFlag>();
  // Labels below the public suffix, decoded from punycode.
  const suffixLabels = (parsed.publicSuffix ?? '').split('.').length;
  const labels = host.split('.').map(toUnicode);
  const own = labels.slice(0, Math.max(0, labels.length - suffixLabels));
  const sld = own[own.length - 1] ?? '';
  const sldSkeleton = skeleton(sld);
  const nonAscii = own.some((l) => /[^\x00-\x7f]/.test(l));

  for (const target of BRANDS) {
    const tSkel = skeleton(target);
    // D1: the name is Amazon's once confusable characters are mapped (amazоn, arnazon, amaz0n).
    if (sldSkeleton === tSkel && sld !== target) flags.add('homograph');
    else if (nonAscii && own.some((l) => /[^\x00-\x7f]/.test(l) && skeleton(l) === tSkel)) flags.add('homograph');
    // D2: one edit away (amazom), with Chrome's exclusions and real words left alone.
    if (
      target === 'amazon' &&
      sld.length >= 5 &&
      sldSkeleton !== tSkel &&
      !WORDS.has(sld) &&
      editDistanceAtMostOne(sldSkeleton, tSkel) &&
      !likelyFalsePositive(sld, target)
    ) {
      flags.add('lookalike');
    }
  }
  // D3: amazon.com embedded in a longer name (amazon.com.verify.net, www-amazon.com, amazoncom-login.net).
  const tokens = host.split(/[.-]/).filter(Boolean).map(toUnicode);
  if (embedsTarget(tokens, own.length ? `${sld}.${labels.slice(own.length).join('.')}` : site)) flags.add('embedding');
  // D4: the brand inside a name Amazon does not own (amazon-giftcard.support, amzn-rewards.top).
  if (
    own.some((l) => {
      const s = l.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      const k = skeleton(l);
      return (
        (/amazon/.test(s) && !BRAND_WORD_EXCEPTIONS.test(s)) ||
        /(^|-)amzn(-|$)/.test(s) ||
        (k === BRAND_SKELETONS[1] && s !== 'amzn') ||
        (k.includes(BRAND_SKELETONS[0] ?? 'arnazon') && !BRAND_WORD_EXCEPTIONS.test(s) && s !== 'amazon')
      );
    })
  ) {
    flags.add('brand');
  }
  // D5, D6: weak hints.
  if (FREE_HOSTS.some((d) => under(host, d))) flags.add('free-host');
  const tld = host.slice(host.lastIndexOf('.') + 1);
  if (RISKY_TLDS.has(tld)) flags.add('risky-tld');

  const list = [...flags];
  const score = Math.min(5, list.reduce((s, f) => s + WEIGHT[f], 0));
  return { site, owned: false, neverFlag: false, flags: list, score };
}

/** True when the name itself imitates Amazon (D1–D4). */
export function imitatesBrand(signals: DomainSignals | null | undefined): boolean {
  return !!signals && signals.flags.some((f) => BRAND_FLAGS.includes(f));
}
