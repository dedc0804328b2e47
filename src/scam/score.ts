// Scores a non-Amazon page for gift-card scam signals (research notes §7.3).
// R1 code harvesting, R2 payment demand, R3 reward bait; damped on articles, on sentences that
// warn about scams, and when the only field is a comment, search or newsletter box.
// No tldts here: the scan script, injected into pages, uses this file. Domain signals come from the caller.
import type { ScamLevel, ScamVerdict } from '../core/types';
import { isAmazonOwnedHost } from './owned';
import { bodyText, classifyFields, headText, type FieldFact } from './page';
import {
  AUTHORITY, BRAND, GIFT, HAND_OVER, INTENT, PAY_DEMAND, PHONE, PROTECTIVE, REWARD, URGENCY, type Pattern,
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

const ARTICLE_TYPES = /"@type"\s*:\s*\[?\s*"(?:Article|NewsArticle|BlogPosting|Report|DiscussionForumPosting|QAPage|SocialMediaPosting|FAQPage|HowTo)"/;

function isArticle(doc: Document, text: string): boolean {
  if (doc.querySelector('meta[property="og:type"][content="article"]')) return true;
  if (doc.querySelector('[itemtype$="Article"],[itemtype$="BlogPosting"],[itemtype$="ForumPosting"],[itemtype$="/Comment"]')) return true;
  const ld = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < ld.length && i < 10; i++) if (ARTICLE_TYPES.test(ld[i]?.textContent ?? '')) return true;
  const article = doc.querySelector('article');
  if (article && (article.textContent ?? '').split(/\s+/).length > 500) return true;
  // Japanese has no spaces: count characters instead.
  return !!article && /[\u3040-\u30ff\u4e00-\u9fff]/.test(text) && (article.textContent ?? '').length > 1200;
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

/** Brand claims: title, headings, site name, logo image alt or file name. */
function brandInHead(doc: Document, head: string): boolean {
  if (BRAND.test(head)) return true;
  const imgs = doc.querySelectorAll('img[alt], img[src*="logo"], link[rel~="icon"]');
  for (let i = 0; i < imgs.length && i < 30; i++) {
    const el = imgs[i] as Element;
    if (BRAND.test(`${el.getAttribute('alt') ?? ''} ${el.getAttribute('src') ?? ''} ${el.getAttribute('href') ?? ''}`)) return true;
  }
  return false;
}

/** About 200 characters of text around a field: its own label and the text just before it. */
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

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?。！？])\s+|\n+/).map((s) => s.trim()).filter((s) => s.length > 3);
}

/** Sentences matching `re` that do not also warn about scams. Counts the protective ones. */
function unprotected(sentences: string[], re: Pattern): { hits: string[]; protectedHits: number } {
  const hits: string[] = [];
  let protectedHits = 0;
  for (const s of sentences) {
    if (!re.test(s)) continue;
    if (PROTECTIVE.test(s)) protectedHits++;
    else hits.push(s);
  }
  return { hits, protectedHits };
}

export function assessPage(doc: Document, url: string, domain?: DomainInfo | null): Assessment {
  const none: Assessment = { level: 'none', reasons: [], rule: null, rules: [], score: 0 };
  const host = hostOf(url);
  if (!/^https?:/.test(url) || !host) return none;
  if (domain ? domain.owned || domain.neverFlag : isAmazonOwnedHost(host)) return none;

  const head = headText(doc);
  const { text } = bodyText(doc);
  const sentences = sentencesOf(`${head}\n${text}`);
  const headSentences = sentencesOf(head);
  const fields = classifyFields(doc);
  const codeFields = fields.filter((f) => f.kind === 'code');
  const cardFields = fields.filter((f) => f.kind === 'card');
  const near = codeFields.map(nearText).join('\n');
  const article = isArticle(doc, text);
  const flags = domain?.flags ?? [];
  const imitates = flags.some((f) => BRAND_FLAGS.includes(f));
  const domainScore = Math.min(5, domain?.score ?? 0);

  // Gift-card context and an ask.
  const giftHead = GIFT.test(head);
  const giftNear = GIFT.test(near);
  const gift = unprotected(sentences, GIFT);
  const giftContext = giftHead || giftNear || gift.hits.length > 0;
  const giftCodeFields = codeFields.filter((f) => f.claimShape || GIFT.test(nearText(f)) || giftHead);
  const handOver = unprotected(sentences.filter((s) => GIFT.test(s)), HAND_OVER);
  const ask = giftCodeFields.length > 0 || handOver.hits.length > 0;

  const brand = brandInHead(doc, head) || BRAND.test(near);
  const intent = unprotected(sentences.filter((s) => GIFT.test(s) || BRAND.test(s)), INTENT).hits.length > 0 || INTENT.test(near);
  const pay = unprotected(sentences, PAY_DEMAND);
  const payDemand = pay.hits.some((s) => AUTHORITY.test(s) || AUTHORITY.test(head));
  const countdown = !!doc.querySelector('[id*="countdown" i], [class*="countdown" i], [id*="timer" i], [class*="timer" i]');
  const urgencyHead = unprotected(headSentences, URGENCY).hits.length > 0;
  const urgency = countdown || urgencyHead || unprotected(sentences.filter((s) => GIFT.test(s)), URGENCY).hits.length > 0;
  const phoneHead = PHONE.test(head);
  const protectiveHits = gift.protectedHits + pay.protectedHits + handOver.protectedHits;
  const nonHarmless = fields.filter((f) => f.kind !== 'harmless');
  const onlyHarmless = fields.length > 0 && nonHarmless.length === 0;

  // S5: the form with the code field posts to another site.
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
  // S6: most links go to Amazon while the page is elsewhere.
  const links = doc.querySelectorAll('a[href]');
  let amazonLinks = 0;
  for (let i = 0; i < links.length && i < 300; i++) {
    if (isAmazonOwnedHost(hostOf(new URL(links[i]?.getAttribute('href') ?? '', 'https://x.invalid/').href))) amazonLinks++;
  }
  const brandLinks = links.length >= 4 && amazonLinks / Math.min(links.length, 300) > 0.5;

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
  let r1 = 0;
  if (giftContext && ask && (brand || imitates)) {
    r1 += giftCodeFields.length > 0 ? 3 : 0;
    r1 += handOver.hits.length > 0 ? 3 : 0;
    r1 += giftCodeFields.some((f) => f.claimShape) ? 3 : 0;
    r1 += brand ? 2 : 0;
    r1 += intent ? 2 : 0;
    r1 += payDemand ? 3 : 0;
    r1 += offsite ? 1 : 0;
    r1 += brandLinks ? 1 : 0;
    r1 += urgency ? 1 : 0;
    r1 += domainScore;
    if (article && giftCodeFields.length === 0) r1 -= 5;
    r1 -= Math.min(6, 3 * protectiveHits);
    if (onlyHarmless) r1 -= 3;
    if (r1 >= 10) raise('high', 'R1');
    else if (r1 >= 7) raise('warn', 'R1');
    if (r1 >= 7) {
      add(giftCodeFields.length > 0, REASON.codeField);
      add(handOver.hits.length > 0, REASON.handOver);
      add(brand || imitates, REASON.brand);
      add(intent, REASON.verify);
      add(payDemand, REASON.payDemand);
      add(urgency, REASON.urgency);
    }
  }

  // R2: payment demand.
  if (payDemand && !article && (giftCodeFields.length > 0 || codeFields.length > 0 || phoneHead || urgencyHead || countdown)) {
    raise(codeFields.length > 0 || imitates ? 'high' : 'warn', 'R2');
    add(true, REASON.payDemand);
    add(codeFields.length > 0, REASON.codeField);
    add(phoneHead, REASON.phone);
    add(urgencyHead || countdown, REASON.urgency);
  }

  // R3: reward bait with a payment-card form.
  if (brand && cardFields.length > 0 && !article && unprotected(headSentences, REWARD).hits.some((s) => GIFT.test(s) || GIFT.test(head))) {
    raise('warn', 'R3');
    add(true, REASON.reward);
  }

  if (level !== 'none') {
    add(imitates, REASON.domain);
    add(flags.includes('free-host'), REASON.freeHost);
    add(offsite, REASON.offsite);
    add(brandLinks, REASON.links);
  }
  return { level, reasons: level === 'none' ? [] : reasons, rule, rules, score: r1 };
}

export function scorePage(doc: Document, url: string, domain?: DomainInfo | null): ScamVerdict {
  const { level, reasons } = assessPage(doc, url, domain);
  return { level, reasons };
}
