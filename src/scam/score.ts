// Scores a non-Amazon page for gift-card scam signals. Three rules, each built from concepts
// (vocab.ts) that must meet in one sentence or the next, never from one word:
// R1 code harvesting: the page asks for a gift card's code or PIN (a code field, a photo upload,
//    or "send / read / enter the codes") and something says it is not the card's own shop:
//    verify / activate / on-hold wording, urgency, a reward, another brand's name, a look-alike or
//    free-hosting domain, a form posting elsewhere, or a payment demand.
// R2 payment demand: pay a fee, fine, tax, bail, bill or debt with gift cards, or buy cards and
//    hand over their codes, or gift cards as the only way to pay.
// R3 reward bait: a prize in the headings, gift-card wording and a payment-card form.
// Damped: sentences that warn about scams or retell one (news, advice, forums), articles, the
// brand's own site, pages that show a code instead of asking for one, card resale marketplaces.
// No tldts here: the scan script, injected into pages, uses this file. Domain signals come from the caller.
import type { ScamLevel, ScamVerdict } from '../core/types';
import { isAmazonOwnedHost } from './owned';
import { bodyText, classifyFields, headText, type FieldFact } from './page';
import { withoutInvisible } from './hints';
import {
  ASK, BRAND, BRAND_NAMES, BUY, CART, CODE, DEBT, flagsFor, GIFT, INTENT, ONLY, OTHER_BLOCKED, PAY, PHONE, IMPOSTOR, PROTECTIVE, REPORTED, REWARD, SELL, SHOWN_CODE, TAX_INCLUDED, TO_US, URGENCY,
  type Pattern,
} from './vocab';

/** What the background (or Node) knows about the page's domain. See src/scam/domain.ts. */
export interface DomainInfo {
  owned: boolean;
  neverFlag: boolean;
  flags: string[];
  score: number;
}

export type Rule = 'R1' | 'R2' | 'R3';

export interface Assessment extends ScamVerdict {
  /** The rule that decided the level, or null. */
  rule: Rule | null;
  /** Every rule that reached at least "warn". */
  rules: Rule[];
  score: number;
  /** The evidence, for the audit command and the evaluation. */
  facts?: Record<string, boolean | number | string>;
}

const BRAND_FLAGS = ['homograph', 'lookalike', 'embedding', 'brand'];

const R = 'scam_reason_';
export const REASON = {
  codeField: `${R}code_field`,
  handOver: `${R}hand_over`,
  brand: `${R}brand`,
  verify: `${R}verify`,
  payDemand: `${R}pay_demand`,
  urgency: `${R}urgency`,
  phone: `${R}phone`,
  domain: `${R}lookalike_domain`,
  freeHost: `${R}free_host`,
  offsite: `${R}offsite_form`,
  reward: `${R}reward`,
  links: `${R}brand_links`,
} as const;

/** `a` then `b` within `ab` characters, or `b` then `a` within `ba` (verb-final languages put
 * the verb last); compiled on first use. */
function near(a: string, b: string, ab: number, ba = ab): Pattern {
  let re: RegExp | undefined;
  const source = `(?:${a}).{0,${ab}}(?:${b})|(?:${b}).{0,${ba}}(?:${a})`;
  return { source, test: (s: string) => (re ??= new RegExp(source, flagsFor(source))).test(s) };
}

/** A hand-over: an ask and a code close together, either order. */
const HAND = near(ASK.source, CODE.source, 60, 40);

/** The codes asked for by someone: the ask and "me", "us" or "the agent" within a few words
 * ("send me the codes", "schick uns", "leggimi"; not "mi tarjeta", "my card" in Spanish). */
const ASK_TO_US = near(ASK.source, TO_US.source, 30);

/** The brand's own domains, where its name differs from the domain's label. */
const BRAND_DOMAINS: Record<string, string[]> = {
  googleplay: ['google'], itunes: ['apple'], appstore: ['apple'], apple: ['apple'], psn: ['playstation', 'sony'], playstation: ['playstation', 'sony'],
  xbox: ['xbox', 'microsoft'], vanilla: ['vanillagift', 'onevanilla'], onevanilla: ['onevanilla', 'vanillagift'], visa: ['visa', 'vanillagift'],
  steam: ['steampowered', 'steamcommunity'], razer: ['razer', 'razergold'], razergold: ['razer', 'razergold'], nintendo: ['nintendo'], nintendoeshop: ['nintendo'],
  bol: ['bol'], 'bol.com': ['bol'], homedepot: ['homedepot'], mediamarkt: ['mediamarkt'], amex: ['americanexpress', 'amex'], webmoney: ['webmoney'],
  グーグルプレイ: ['google'], アップル: ['apple'], アマゾン: ['amazon'],
};

const ARTICLE_TYPES = /"@type"\s*:\s*\[?\s*"(?:Article|NewsArticle|BlogPosting|Report|DiscussionForumPosting|QAPage|SocialMediaPosting|FAQPage|HowTo)"/;
const FORUM = /\b(?:repl(?:y|ies)|upvote|posted by|comments?|thread|antworten|beiträge|réponses|respuestas|risposte|respostas|reacties|odpowiedzi|svar|yanıt|ردود|返信)\b/i;

function isArticle(doc: Document, text: string): boolean {
  if (doc.querySelector('meta[property="og:type"][content="article"]')) return true;
  if (doc.querySelector('[itemtype$="Article"],[itemtype$="BlogPosting"],[itemtype$="ForumPosting"],[itemtype$="/Comment"],[itemtype$="DiscussionForumPosting"]')) return true;
  const ld = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < ld.length && i < 10; i++) if (ARTICLE_TYPES.test(ld[i]?.textContent ?? '')) return true;
  const article = doc.querySelector('article');
  if (article && (article.textContent ?? '').split(/\s+/).length > 350) return true;
  // Japanese has no spaces: count characters instead.
  return !!article && /[\u3040-\u30ff\u4e00-\u9fff]/.test(text) && (article.textContent ?? '').length > 900;
}

/** A discussion: several posts with authors, replies or votes. */
function isForum(doc: Document): boolean {
  const posts = doc.querySelectorAll('[class*="comment" i], [class*="post" i], [class*="reply" i], [id*="comment" i], [itemtype*="Comment"], [data-testid*="comment" i]');
  if (posts.length < 4) return false;
  let hits = 0;
  const buttons = doc.querySelectorAll('button, a');
  for (let i = 0; i < buttons.length && i < 400 && hits < 3; i++) if (FORUM.test(buttons[i]?.textContent ?? '')) hits++;
  return hits >= 2;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

function sameSite(a: string, b: string): boolean {
  const tail = (h: string) => h.split('.').slice(-2).join('.');
  return a === b || tail(a) === tail(b);
}

/** The host's labels that can name a site: not www, not the TLD, not a two-letter or co/com part. */
function hostLabels(host: string): string[] {
  const parts = host.split('.');
  const cut = parts.length >= 3 && /^(?:co|com|org|net|gov|ac|or|ne)$/.test(parts[parts.length - 2]!) ? 2 : 1;
  return parts.slice(0, parts.length - cut).filter((p) => p !== 'www' && p !== 'm');
}

/** The registrable label: "target" for www.target.com, "bol" for www.bol.com, "amazon" for amazon.co.uk. */
function siteLabel(host: string): string {
  const labels = hostLabels(host);
  return labels[labels.length - 1] ?? '';
}

/** Lower case, no spaces, dots, quotes or accents: "El Corte Inglés" is elcorteingles. */
const norm = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[\s.'’-]+/g, '');

/** Every card brand named in `text`, normalised ("google play" → "googleplay"). */
function brandsIn(text: string): Set<string> {
  const out = new Set<string>();
  const re = new RegExp(BRAND_NAMES.source, flagsFor(BRAND_NAMES.source, 'g'));
  for (let m = re.exec(text), n = 0; m && n < 200; m = re.exec(text), n++) out.add(norm(m[0]));
  return out;
}

const OPEN_Q = /["“„«「『]/gu;
const CLOSE_Q = /["”»」』]/gu;

/**
 * Sentences; those inside a quotation that spans several sentences are marked with a leading
 * quote mark, so a retold script reads as quoted from its first sentence to its last.
 */
function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const line of withoutInvisible(text).split(/\n+/)) {
    let inQuote = false;
    // Japanese and Chinese put no space after a full stop.
    for (const raw of line.split(/(?<=[.!?؟])\s+|(?<=[。！？])/)) {
      const s = raw.trim();
      if (s.length <= 3) continue;
      const marks = (s.match(OPEN_Q)?.length ?? 0) + (s.match(CLOSE_Q)?.length ?? 0) - (s.match(/"/g)?.length ?? 0);
      const straight = s.match(/"/g)?.length ?? 0;
      // Straight quotes open and close alike: an odd count flips the state.
      const flips = (straight % 2 === 1 ? 1 : 0) + (marks % 2 === 1 ? 1 : 0);
      out.push(inQuote ? `“${s}` : s);
      if (flips % 2 === 1) inQuote = !inQuote;
      if (out.length >= 3000) return out;
    }
  }
  return out;
}

/** About 300 characters of text around a field: its own label and the text just before it. */
function nearText(f: FieldFact): string {
  let s = f.label;
  let el: Element | null = f.el;
  for (let depth = 0; el && depth < 4 && s.length < 400; depth++) {
    let prev = el.previousElementSibling;
    for (let k = 0; prev && k < 3; k++, prev = prev.previousElementSibling) s = `${(prev.textContent ?? '').slice(0, 200)} ${s}`;
    el = el.parentElement;
  }
  return s.replace(/\s+/g, ' ').slice(-600);
}

/** Text people read that is not in text nodes: image alt text, button values, framed documents. */
function extraText(doc: Document): string {
  const parts: string[] = [];
  const imgs = doc.getElementsByTagName('img');
  for (let i = 0; i < imgs.length && i < 40; i++) {
    const alt = imgs[i]?.getAttribute('alt');
    if (alt && alt.length > 12) parts.push(alt);
  }
  const inputs = doc.querySelectorAll('input[type="submit"], input[type="button"]');
  for (let i = 0; i < inputs.length && i < 20; i++) parts.push(inputs[i]?.getAttribute('value') ?? '');
  const frames = doc.querySelectorAll('iframe[srcdoc]');
  for (let i = 0; i < frames.length && i < 4; i++) {
    const src = (frames[i]?.getAttribute('srcdoc') ?? '').slice(0, 30_000);
    parts.push(src.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, '\n').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&'));
  }
  return parts.filter(Boolean).join('\n');
}

/** "e.g.", "z. B.", "p. ej.", "ex.", "bijv.", "np.", "örn.", "例": the code after it is a sample of the format. */
const EXAMPLE = /(?:e\.\s?g\.|i\.\s?e\.|example|z\.\s?b\.|beispiel|ex\.|exemple|p\.\s?ej\.|ejemplo|es\.|esempio|ex:|exemplo|bijv\.|bv\.|voorbeeld|np\.|przykład|t\.\s?ex\.|exempel|örn\.|örneğin|مثال|例)[\s:：(（"“]*$/iu;

/** A code shown to the visitor (an e-gift card's own page), not a sample of the format in an ask. */
function showsCode(text: string): boolean {
  const re = new RegExp(SHOWN_CODE.source, 'g');
  for (let m = re.exec(text), n = 0; m && n < 50; m = re.exec(text), n++) {
    if (!EXAMPLE.test(text.slice(Math.max(0, m.index - 16), m.index))) return true;
  }
  return false;
}

/** A quoted string in script source: 10 to 4,000 characters, no line break. */
const LITERAL = /(["'`])((?:\\.|(?!\1)[^\\\n]){10,4000})\1/g;
const ESCAPE = /\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|([nrt])|(.))/g;

function unescapeJs(s: string): string {
  return s.replace(ESCAPE, (_, u: string, x: string, c: string, other: string) =>
    u || x ? String.fromCharCode(parseInt(u || x, 16)) : c ? ' ' : other);
}

/**
 * What the page's own inline scripts will show: their string literals that read like words
 * (chat messages typed one by one, a wizard's second step, a modal opened after a second).
 * Scam kits carry their asks this way, so the ask is read before it is drawn. Markup in a
 * literal is reduced to its text; code-like strings (no space, or mostly symbols) are left out.
 */
export function scriptText(doc: Document, maxChars = 30_000): string {
  // The scan script scores a changing page again and again (scan.ts watch()); inline scripts
  // rarely change, so their words are kept per document while the scripts' count and sizes stay.
  const scripts = doc.getElementsByTagName('script');
  let key = `${maxChars}:${scripts.length}`;
  for (let i = 0; i < scripts.length && i < 40; i++) key += `:${scripts[i]!.textContent?.length ?? 0}`;
  const cached = SCRIPT_TEXT.get(doc);
  if (cached?.key === key) return cached.text;
  const text = readScriptText(scripts, maxChars);
  SCRIPT_TEXT.set(doc, { key, text });
  return text;
}

const SCRIPT_TEXT = new WeakMap<Document, { key: string; text: string }>();

function readScriptText(scripts: HTMLCollectionOf<HTMLScriptElement>, maxChars: number): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; i < scripts.length && i < 40 && size < maxChars; i++) {
    const el = scripts[i]!;
    if (el.hasAttribute('src')) continue;
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (type.includes('ld+json')) continue; // article metadata, read elsewhere
    const src = (el.textContent ?? '').slice(0, 100_000);
    if (/template|html/.test(type)) {
      out.push(src.replace(/<[^>]+>/g, '\n'));
      size += src.length;
      continue;
    }
    LITERAL.lastIndex = 0;
    for (let m = LITERAL.exec(src), n = 0; m && n < 400 && size < maxChars; m = LITERAL.exec(src), n++) {
      const text = unescapeJs(m[2]!).replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
      // Words: at least two spaces and mostly letters (not CSS, selectors, code or URLs).
      if ((text.match(/ /g)?.length ?? 0) < 2 || /[{};=]|=>|\(\)/.test(text)) continue;
      const letters = text.match(/\p{L}/gu)?.length ?? 0;
      if (letters < text.length * 0.5) continue;
      out.push(text);
      size += text.length;
    }
  }
  return out.join('\n');
}

/** Fields that take a photo or file near gift-card words. */
function uploads(doc: Document, giftPage: boolean): boolean {
  const files = doc.querySelectorAll('input[type="file"]');
  for (let i = 0; i < files.length && i < 10; i++) {
    const f = files[i] as Element;
    let s = `${f.getAttribute('aria-label') ?? ''} ${f.getAttribute('name') ?? ''} ${f.getAttribute('id') ?? ''} ${f.getAttribute('accept') ?? ''}`;
    for (let el: Element | null = f, d = 0; el && d < 3; el = el.parentElement, d++) s += ` ${(el.parentElement?.textContent ?? '').slice(0, 500)}`;
    if (GIFT.test(s) || (giftPage && CODE.test(s))) return true;
  }
  return false;
}

/** A countdown on the page: an element named for it, or a clock-like mm:ss in a heading. */
function hasCountdown(doc: Document): boolean {
  return !!doc.querySelector('[id*="countdown" i], [class*="countdown" i], [id*="timer" i], [class*="timer" i]');
}

interface Windows {
  /** Sentences (with the next one) that speak of gift cards, not warning or retelling. */
  gift: string[];
  protectedGift: number;
  reportedGift: number;
}

/** A quoted script: the sentence opens or closes a quotation, or scare-quotes a fee ("fine"). */
const QUOTE_EDGE = /^[\s\-–—•]*["“„«‘'「『]|["”»’'」』][\s.!?。]*$/u;
const SCARE = /["“„«‘「『][^"”»’」』]{1,40}["”»’」』]/u;

function quoted(s: string): boolean {
  if (QUOTE_EDGE.test(s)) return true;
  const m = SCARE.exec(s);
  return !!m && DEBT.test(m[0]);
}

/** Retold, warned about or quoted: not the page's own voice. */
const notOwnVoice = (s: string) => PROTECTIVE.test(s) || REPORTED.test(s) || IMPOSTOR.test(s) || quoted(s);

/** How much text after a gift sentence its window takes in (characters, at most 8 sentences). */
const WINDOW_AFTER = 200;
/** Then, this many characters more where a sentence speaks of the codes. */
const WINDOW_FOLLOW = 400;

function giftWindows(sentences: string[]): Windows {
  const gift: string[] = [];
  let protectedGift = 0;
  let reportedGift = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (!GIFT.test(s)) continue;
    if (PROTECTIVE.test(s)) {
      protectedGift++;
      continue;
    }
    // A sentence right after one describing impostors goes on describing them ("Calls from alleged
    // tax officers are circulating. They demand payment in Paysafecard.").
    if (REPORTED.test(s) || IMPOSTOR.test(s) || IMPOSTOR.test(sentences[i - 1] ?? '') || quoted(s)) {
      reportedGift++;
      continue;
    }
    // The next sentences often carry the instruction ("Buy four cards. Then read us the codes.").
    // Counted in characters, not sentences: table cells and list labels ("Step 3.") are short.
    const clean = (x: string | undefined) => (x && !notOwnVoice(x) ? x : '');
    let w = `${clean(sentences[i - 1])} ${s}`;
    // Further on, only the sentences about the codes ("scratch the code off each card and send me
    // a photo"), as an errand's steps come a few sentences after the cards are named.
    for (let j = i + 1, n = 0; j < sentences.length && j <= i + 8 && n < WINDOW_AFTER + WINDOW_FOLLOW; j++) {
      const next = clean(sentences[j]);
      if (n < WINDOW_AFTER || CODE.test(next)) w += ` ${next}`;
      n += next.length + 1;
    }
    gift.push(w.trim());
  }
  return { gift, protectedGift, reportedGift };
}

/** Redeeming at the brand's own site: instructions that send the code to its rightful place. */
const BRAND_SITES = '(?:amazon\\.[a-z.]{2,6}|apple\\.com|play\\.google\\.com|steampowered\\.com|xbox\\.com|playstation\\.com|nintendo\\.com|razer(?:gold)?\\.com|paysafecard\\.com)';
const OFFICIAL = new RegExp(`(?:\\b(?:at|on|via|auf|unter|sur|en|su|em|op|na|på|in|from)\\s+|www\\.|://)${BRAND_SITES}|${BRAND_SITES}/[a-z]|/redeem\\b`, 'i');

/** The window sends the shopper to a brand's own site, or to this site's own address. */
function official(w: string, label: string): boolean {
  return OFFICIAL.test(w) || (label.length >= 3 && w.toLowerCase().includes(`${label}.`));
}

/** Ask for the code here: an ask and a code close together, not sent to the brand's own site. */
const handOverIn = (w: string, label = '') => HAND.test(w) && !official(w, label);

/** "Only" about paying: gift cards as the only accepted way. */
const ONLY_PAY = near(ONLY.source, `${PAY.source}|accept|akzept|accept|acept|accett|aceit|geaccepteerd|akceptuj|accepter|kabul|قبول|受け付け`, 40);

/** Arabic letters as Latin consonants (vowels, glides, h and hamza dropped): نجوم → njm. */
const AR_CONSONANTS: Record<string, string> = {
  ب: 'b', ت: 't', ث: 't', ج: 'j', خ: 'k', د: 'd', ذ: 'z', ر: 'r', ز: 'z', س: 's', ش: 's', ص: 's', ض: 'd', ط: 't', ظ: 'z',
  غ: 'j', ف: 'f', ق: 'k', ك: 'k', ل: 'l', م: 'm', ن: 'n',
};
const arabicSkeleton = (w: string) => [...w].map((c) => AR_CONSONANTS[c] ?? '').join('');
/** A Latin site name the same way: nujoomelectronics → njmlktrnks. */
const latinSkeleton = (w: string) =>
  w.replace(/x/g, 'ks').replace(/[cq]/g, 'k').replace(/g/g, 'j').replace(/[aeiouyhw]/g, '').replace(/[^a-z]/g, '').replace(/(.)\1+/g, '$1');

/** A site name written in Arabic that sounds like the host's Latin name: "نجوم" on nujoomelectronics.ae. */
function arabicNameOf(word: string, label: string): boolean {
  if (!/[\u0600-\u06FF]/.test(word)) return false;
  const raw = arabicSkeleton(word);
  const ar = raw.replace(/(.)\1+/g, '$1');
  const lat = latinSkeleton(label);
  // Three consonants at least (جرير → jrr); two left after doubles merge must be the whole name.
  return raw.length >= 3 && (ar.length >= 3 ? lat.startsWith(ar) : lat === ar);
}

/**
 * The site's own card: the word just before or after a gift-card phrase is the site's name
 * ("Tesco Gift Card", "VVV Cadeaukaart", "carte cadeau Fnac", "Coolblue cadeaukaart").
 */
function ownCardIn(text: string, label: string): boolean {
  if (label.length < 3) return false;
  const re = new RegExp(GIFT.source, flagsFor(GIFT.source, 'g'));
  const own = (w: string | undefined) => {
    const n = norm(w ?? '').replace(/[^\p{L}\p{N}]/gu, '');
    return n.length >= 3 && (n === label || n === `${label}com` || n === `${label}s` || arabicNameOf(n, label));
  };
  // A name of several words: "Harbor & Pine" on harborandpine, "Best Buy" on bestbuy, "El Corte Inglés".
  const named = (words: string[], fromEnd: boolean) =>
    words.some((_, k) => {
      const w = (fromEnd ? words.slice(words.length - k - 1) : words.slice(0, k + 1)).join(' ');
      return own(w) || own(w.replace(/\s*[&+]\s*/g, ' and '));
    });
  for (let m = re.exec(text), n = 0; m && n < 100; m = re.exec(text), n++) {
    const before = text.slice(Math.max(0, m.index - 40), m.index).trim().split(/\s+/).slice(-4);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40).trim().split(/\s+/).slice(0, 4);
    const joined = norm(`${before[before.length - 1] ?? ''}${m[0]}`);
    if (named(before, true) || named(after, false)) return true;
    if (joined.length >= 6 && (label.startsWith(joined) || joined.startsWith(label))) return true;
  }
  return false;
}

let taxIncludedAll: RegExp | undefined;

/** A demand to pay with gift cards, in one window. */
function demandIn(w: string, label = ''): boolean {
  if (official(w, label)) return false;
  // "Prices include VAT" names a tax, but none to pay.
  const debt = DEBT.test(TAX_INCLUDED.test(w) ? w.replace((taxIncludedAll ??= new RegExp(TAX_INCLUDED.source, flagsFor(TAX_INCLUDED.source, 'g'))), ' ') : w);
  if (PAY.test(w) && (debt || ONLY_PAY.test(w) || OTHER_BLOCKED.test(w))) return true;
  return BUY.test(w) && handOverIn(w, label) && (debt || PAY.test(w) || TO_US.test(w));
}

/** Documents written into the page's frames (srcdoc): a scam form often sits in one. */
function frameDocs(doc: Document): Document[] {
  const out: Document[] = [];
  const frames = doc.querySelectorAll('iframe[srcdoc]');
  // DOMParser: an inert document (no scripts run, nothing loaded), from the page's own window
  // (the CLI's DOM library has no global one).
  const Parser = (doc.defaultView as (Window & typeof globalThis) | null)?.DOMParser ?? globalThis.DOMParser;
  for (let i = 0; i < frames.length && i < 4; i++) {
    try {
      out.push(new Parser().parseFromString((frames[i]?.getAttribute('srcdoc') ?? '').slice(0, 200_000), 'text/html'));
    } catch {
      // An unreadable frame says nothing.
    }
  }
  return out;
}

/** The page, its framed documents' fields counted as its own (a scam form often sits in a srcdoc frame). */
const RANK: Record<ScamLevel, number> = { none: 0, warn: 1, high: 2 };

/**
 * The page, with its framed documents' fields counted as its own (a scam form often sits in a
 * srcdoc frame); and each framed document on its own too, under the page's address.
 */
export function assessPage(doc: Document, url: string, domain?: DomainInfo | null): Assessment {
  const frames = frameDocs(doc);
  let best = assessDocument(doc, url, domain, frames);
  for (const d of best.level === 'high' ? [] : frames) {
    const got = assessDocument(d, url, domain, []);
    if (RANK[got.level] > RANK[best.level]) best = got;
  }
  return best;
}

function assessDocument(doc: Document, url: string, domain: DomainInfo | null | undefined, frames: Document[]): Assessment {
  const none: Assessment = { level: 'none', reasons: [], rule: null, rules: [], score: 0 };
  const host = hostOf(url);
  if (!/^https?:/.test(url) || !host) return none;
  if (domain ? domain.owned || domain.neverFlag : isAmazonOwnedHost(host)) return none;

  const head = headText(doc);
  const { text } = bodyText(doc, 50_000, 8);
  const extra = `${extraText(doc)}\n${scriptText(doc)}`;
  const sentences = sentencesOf(`${head}\n${text}\n${extra}`);
  const headSentences = sentencesOf(head);
  const fields = [...classifyFields(doc), ...frames.flatMap((d) => classifyFields(d))];
  const win = giftWindows(sentences);
  const giftHead = headSentences.some((s) => GIFT.test(s) && !PROTECTIVE.test(s));
  const codeFields = fields.filter((f) => f.kind === 'code');
  // A field whose own label or caption speaks of gift cards makes it a gift-card page too.
  const giftPage = giftHead || win.gift.length > 0 || codeFields.some((f) => f.claimShape || GIFT.test(f.label));

  const nearAll = codeFields.map(nearText);
  const giftCodeFields = codeFields.filter((f, i) => f.claimShape || GIFT.test(nearAll[i]!) || giftPage);
  const cardFields = fields.filter((f) => f.kind === 'card');
  const upload = uploads(doc, giftPage);
  const label = norm(siteLabel(host));
  const handOver = win.gift.some((w) => handOverIn(w, label));
  const demandWindows = win.gift.filter((w) => demandIn(w, label));

  const giftText = `${win.gift.join('\n')}\n${nearAll.join('\n')}`;
  const intent = INTENT.test(giftText) || headSentences.some((s) => INTENT.test(s) && !PROTECTIVE.test(s));
  const countdown = hasCountdown(doc);
  const urgencyHead = headSentences.some((s) => URGENCY.test(s) && !PROTECTIVE.test(s));
  const urgency = countdown || urgencyHead || URGENCY.test(giftText);
  const reward = headSentences.some((s) => REWARD.test(s) && !PROTECTIVE.test(s)) || REWARD.test(win.gift.join('\n'));
  const phoneHead = PHONE.test(head);

  const flags = domain?.flags ?? [];
  const imitatesAmazon = flags.some((f) => BRAND_FLAGS.includes(f));
  const freeHost = flags.includes('free-host');
  const riskyTld = flags.includes('risky-tld');
  const domainScore = Math.min(4, domain?.score ?? 0);

  // Brands: which card brands the page names in gift context, and whether this is their site.
  const labels = hostLabels(host).map(norm);
  const named = brandsIn(`${head}\n${giftText}\n${extra.slice(0, 2000)}`);
  const ownOf = (b: string) => BRAND_DOMAINS[b] ?? [b, b.replace(/com$/, '')];
  const onOwnSite = [...named].some((b) => ownOf(b).includes(label));
  const others = [...named].filter((b) => !ownOf(b).includes(label) && !(b === 'amazon' && isAmazonOwnedHost(host)));
  const embedded = [...named].some((b) => ownOf(b).some((d) => d.length >= 4 && d !== label && labels.some((l) => l.includes(d))));
  const impersonates = others.length > 0 && !onOwnSite;
  // "Harrowgate & Pine" names harrowgateandpine.
  const nameText = `${head} ${text.slice(-1500)}`;
  const siteNamed = label.length >= 3 && (norm(nameText).includes(label) || norm(nameText.replace(/\s*[&+]\s*/g, ' and ')).includes(label));
  const ownCard = !freeHost && ownCardIn(`${head}\n${giftText}`, label);
  const selling = headSentences.some((x) => SELL.test(x) && GIFT.test(x)) && !INTENT.test(head);
  // A shop selling cards: several add-to-cart or buy-now buttons and no field for a card's code.
  const shop = CART.count(`${text}\n${extra}`, 2) >= 2;
  // A shop telling you how to pay with its own card, or a marketplace paying you for yours, is no demand,
  // unless every other way to pay is said to be blocked or the codes are to be handed to someone.
  const demand = demandWindows.some((w) => {
    const strongForm = OTHER_BLOCKED.test(w) || (BUY.test(w) && handOverIn(w, label) && ASK_TO_US.test(w));
    if (strongForm) return true;
    // A marketplace or a shop listing cards, unless it says gift cards are the only way to pay.
    if (selling || (shop && !ONLY_PAY.test(w))) return false;
    // The site speaking in its own name (its card, or its name on the page) about paying with gift cards.
    return !(!freeHost && !impersonates && !embedded && !imitatesAmazon && (onOwnSite || ownCardIn(w, label) || siteNamed));
  });


  // The form with the code field posts to another site.
  let offsite = false;
  for (const f of giftCodeFields) {
    const action = f.el.closest('form')?.getAttribute('action');
    if (!action) continue;
    try {
      const target = new URL(action, url).hostname;
      if (target && !sameSite(target, host)) offsite = true;
    } catch {
      // Unreadable action: no signal.
    }
  }
  // Most links go to Amazon while the page is elsewhere.
  const links = doc.querySelectorAll('a[href]');
  let amazonLinks = 0;
  for (let i = 0; i < links.length && i < 300; i++) {
    try {
      if (isAmazonOwnedHost(hostOf(new URL(links[i]?.getAttribute('href') ?? '', 'https://x.invalid/').href))) amazonLinks++;
    } catch {
      // A broken link says nothing.
    }
  }
  const brandLinks = links.length >= 4 && amazonLinks / Math.min(links.length, 300) > 0.5;

  const article = isArticle(doc, text) || isForum(doc);
  // An advice or news page: much of what it says about gift cards warns, retells or quotes.
  const warned = win.protectedGift + win.reportedGift;
  // On a news, advice or forum page a quarter is enough: a scam page warns about itself rarely.
  const warnsMore = warned >= 3 && warned >= (article ? 0.25 : 0.5) * win.gift.length;
  const shown = showsCode(`${text}\n${extra}`) && giftCodeFields.length === 0;
  const onlyHarmless = fields.length > 0 && fields.every((f) => f.kind === 'harmless');

  const reasons: string[] = [];
  const add = (cond: boolean, key: string) => {
    if (cond && !reasons.includes(key)) reasons.push(key);
  };
  const rules: Rule[] = [];
  let level: ScamLevel = 'none';
  let rule: Rule | null = null;
  const raise = (l: ScamLevel, r: Rule) => {
    rules.push(r);
    if (l === 'high' && level !== 'high') {
      level = 'high';
      rule = r;
    } else if (l === 'warn' && level === 'none') {
      level = 'warn';
      rule = r;
    }
  };

  // R1: code harvesting.
  // A hand-over in the text alone (no field) also reads like a how-to: it needs a demand, urgency or a made-for-it host.
  const suspiciousHost = freeHost || embedded || imitatesAmazon || riskyTld || offsite;
  // A gift card's balance "checked" with its card number, expiry and CVV on a site not its brand's
  // (prepaid Visa and Mastercard gift cards carry all three).
  const cardAsk = cardFields.length > 0 && giftHead && intent && (impersonates || embedded) && !onOwnSite && !article;
  const ask = giftCodeFields.length > 0 || upload || cardAsk || (handOver && (demand || urgency || suspiciousHost));
  let r1 = 0;
  if (giftPage && ask && !(warnsMore && giftCodeFields.length === 0 && !upload)) {
    r1 += intent ? 2 : 0;
    r1 += urgency ? 1 : 0;
    r1 += reward ? 1 : 0;
    // A card marketplace under its own name lists brands as its stock, not to pass for them.
    const catalogue = selling && siteNamed && !freeHost && !embedded && !imitatesAmazon;
    r1 += impersonates && !catalogue ? 2 : 0;
    r1 += others.length >= 3 && !catalogue ? 1 : 0;
    r1 += embedded ? 2 : 0;
    r1 += imitatesAmazon ? Math.max(2, domainScore) : 0;
    r1 += freeHost ? 2 : riskyTld ? 1 : 0;
    r1 += offsite ? 1 : 0;
    r1 += brandLinks ? 1 : 0;
    r1 += demand ? 3 : 0;
    r1 += giftCodeFields.some((f) => f.claimShape) ? 1 : 0;
    if ((onOwnSite || (ownCard && !impersonates)) && !embedded && !imitatesAmazon && !freeHost) r1 -= 5;
    else if (siteNamed && !impersonates && !embedded && !imitatesAmazon && !freeHost) r1 -= 2;
    if (article) r1 -= giftCodeFields.length > 0 ? 2 : 5;
    if (warnsMore) r1 -= 3;
    if (shown) r1 -= 3;
    if (selling && !freeHost && !embedded && !imitatesAmazon) r1 -= 4;
    if (shop && giftCodeFields.length === 0 && !upload && !freeHost && !embedded && !imitatesAmazon) r1 -= 4;
    if (onlyHarmless && !upload && !handOver) r1 -= 3;
    const strong = giftCodeFields.length > 0 || upload || cardAsk;
    if (r1 >= 5 && strong) raise('high', 'R1');
    else if (r1 >= 3) raise(strong ? 'high' : 'warn', 'R1');
    if (r1 >= 3) {
      add(giftCodeFields.length > 0 || upload || cardAsk, REASON.codeField);
      add(handOver, REASON.handOver);
      add(impersonates || embedded || imitatesAmazon, REASON.brand);
      add(intent, REASON.verify);
      add(demand, REASON.payDemand);
      add(urgency, REASON.urgency);
      add(reward, REASON.reward);
    }
  }

  // R1, before the form shows: a third-party page offering to check or verify the cards of other
  // brands, on a host that is not theirs and looks made for it (the form often comes a click later).
  const checkerHead = giftHead && headSentences.some((s) => INTENT.test(s) && !PROTECTIVE.test(s));
  if (!ask && checkerHead && others.length >= 2 && !onOwnSite && !article && !warnsMore && !selling && (freeHost || embedded || imitatesAmazon || riskyTld)) {
    raise('warn', 'R1');
    add(true, REASON.verify);
    add(true, REASON.brand);
  }

  // R2: payment demand.
  if (demand && !article && !warnsMore) {
    // The interstitial when the page also asks for the codes; a banner for the demand alone.
    const strong = ask || imitatesAmazon;
    raise(strong ? 'high' : 'warn', 'R2');
    add(true, REASON.payDemand);
    add(giftCodeFields.length > 0 || upload, REASON.codeField);
    add(handOver, REASON.handOver);
    add(phoneHead, REASON.phone);
    add(urgency, REASON.urgency);
  }

  // R3: reward bait with a payment-card form.
  if (cardFields.length > 0 && !article && (giftHead || BRAND.test(head)) && headSentences.some((s) => REWARD.test(s) && !PROTECTIVE.test(s))) {
    raise('warn', 'R3');
    add(true, REASON.reward);
  }

  if (level !== 'none') {
    add(imitatesAmazon || embedded, REASON.domain);
    add(freeHost, REASON.freeHost);
    add(offsite, REASON.offsite);
    add(brandLinks, REASON.links);
  }
  const facts = {
    giftPage, giftHead, codeFields: giftCodeFields.length, upload, handOver, demand, intent, urgency, reward, impersonates, others: others.join(' '),
    embedded, onOwnSite, siteNamed, ownCard, imitatesAmazon, freeHost, offsite, article, warnsMore, shown, selling, shop, onlyHarmless,
    protectedGift: win.protectedGift, reportedGift: win.reportedGift, giftWindows: win.gift.length,
    demandAt: demandWindows[0]?.slice(0, 300) ?? '', handAt: win.gift.find((w) => handOverIn(w, label))?.slice(0, 300) ?? '',
  };
  return { level, reasons: level === 'none' ? [] : reasons, rule, rules, score: r1, facts };
}

export function scorePage(doc: Document, url: string, domain?: DomainInfo | null): ScamVerdict {
  const { level, reasons } = assessPage(doc, url, domain);
  return { level, reasons };
}
