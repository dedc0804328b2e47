// Reading a page for the scam guard, past the cheap gate (gate.ts): the facts the score needs.
// Pure DOM reads (a Document in, plain data out); the scan script, the audit command and
// the tests all use it. Never innerText: the body text is read from text nodes, within a budget.
import { MAX_FIELDS, scopeFields } from './hints';
import { CLAIM_LABEL, CLAIM_MASK, CODE, CODE_FIELD, GIFT, HARMLESS_FIELD, NOT_CODE_FIELD, PHONE } from './vocab';

export type FieldKind = 'code' | 'card' | 'harmless' | 'other';

export interface FieldFact {
  el: Element;
  kind: FieldKind;
  /** Label, placeholder, aria-label, name and id, joined. */
  label: string;
  /** maxlength 14–19, an XXXX-XXXXXX-XXXX mask, or a "claim code" label. */
  claimShape: boolean;
}

const CC_AUTOCOMPLETE = /^cc-|\bcc-(?:number|csc|exp|name)/;
const CC_WORDS = /\bcvv|\bcvc|\bcsc\b|expir|exp(?:iry)?[ _.-]?date|mm ?\/ ?yy|name on card|cardholder|karteninhaber|ablaufdatum|prüfnummer|cryptogramme|date d'expiration|titular|caducidad|scadenza|titolare|有効期限|セキュリティコード/i;
const CARD_NUMBER = /card.?(?:number|no\b|num)|kartennummer|numéro de (?:la )?carte|n[uú]mero de (?:la )?tarjeta|numero (?:della )?carta|カード番号/i;

const clip = (s: string | null | undefined, n = 300): string => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, n);

/** Elements by tag name: a live collection, much cheaper than a selector on a big page. */
function byTag(root: Document | Element, tag: string): HTMLCollectionOf<Element> {
  return root.getElementsByTagName(tag);
}

/** Text fields worth a look (not hidden, not buttons, not e-mail or phone): as the hints see them. */
export function textFields(doc: Document): Array<HTMLInputElement | HTMLTextAreaElement> {
  return scopeFields(doc) as Array<HTMLInputElement | HTMLTextAreaElement>;
}

/** Number and phone-typed inputs: PIN and card-number boxes are often typed so for a keypad. */
function numericFields(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('input[type="tel" i], input[type="number" i]')).slice(0, 40);
}

/**
 * The short, prominent text of a page: title, description, headings, legends; with `dialogs`,
 * also alert and dialog boxes (for the score; the gate skips that selector on big pages).
 */
export function headText(doc: Document, dialogs = true): string {
  const parts: string[] = [clip(doc.title)];
  const meta = doc.head ? byTag(doc.head, 'meta') : [];
  for (let i = 0; i < meta.length && i < 40; i++) {
    const m = meta[i] as Element;
    if (/^(?:description|og:(?:title|site_name|description))$/.test(m.getAttribute('name') ?? m.getAttribute('property') ?? '')) parts.push(clip(m.getAttribute('content')));
  }
  for (const tag of ['h1', 'h2', 'h3', 'legend']) {
    const els = byTag(doc, tag);
    for (let i = 0; i < els.length && i < 20; i++) parts.push(clip(els[i]?.textContent));
  }
  if (dialogs) {
    const els = doc.querySelectorAll('[role="alert"], [role="alertdialog"], [role="dialog"]');
    for (let i = 0; i < els.length && i < 10; i++) parts.push(clip(els[i]?.textContent, 1000));
  }
  return parts.filter(Boolean).join(' \n ');
}

function labelsByFor(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  const labels = doc.querySelectorAll('label[for]');
  for (let i = 0; i < labels.length && i < MAX_FIELDS; i++) {
    const l = labels[i] as Element;
    const id = l.getAttribute('for');
    if (id) map.set(id, clip(l.textContent, 120));
  }
  return map;
}

function attrText(el: Element): string {
  return ['placeholder', 'aria-label', 'title', 'name', 'id', 'autocomplete']
    .map((a) => el.getAttribute(a) ?? '')
    .filter(Boolean)
    .join(' ');
}

/** The caption just before a field that has no <label>: a sibling, or its wrapper's first text. */
function captionBefore(el: Element, depths = 2): string {
  for (let e: Element | null = el, depth = 0; e && depth < depths; e = e.parentElement, depth++) {
    const prev = e.previousElementSibling;
    if (prev && !prev.querySelector('input, textarea, select') && !/^(?:INPUT|TEXTAREA|SELECT|BUTTON)$/.test(prev.tagName)) {
      const t = clip(prev.textContent, 120);
      if (t) return t;
    }
  }
  return '';
}

/** A field's label: its <label>, aria-labelledby, else the caption before it (`depths` levels up), and its attributes. */
function fieldLabel(el: Element, byFor: Map<string, string>, depths = 2): string {
  const id = el.getAttribute('id');
  const wrap = el.closest('label');
  const linked = id ? byFor.get(id) : '';
  const aria = el.getAttribute('aria-labelledby');
  const byAria = aria ? clip(el.ownerDocument.getElementById(aria.split(/\s+/)[0]!)?.textContent, 120) : '';
  const caption = linked || wrap || byAria ? '' : captionBefore(el, depths);
  return [linked, wrap ? clip(wrap.textContent, 120) : '', byAria, caption, attrText(el)].filter(Boolean).join(' ');
}

function claimShaped(el: Element, label: string): boolean {
  const max = Number(el.getAttribute('maxlength') ?? '0');
  return (max >= 14 && max <= 19) || CLAIM_MASK.test(el.getAttribute('placeholder') ?? '') || CLAIM_LABEL.test(label);
}

/** Whether the field's form (or the page, without a form) has payment-card fields. */
function inCardForm(el: Element, cache: Map<Element | null, boolean>): boolean {
  const form = el.closest('form');
  const hit = cache.get(form);
  if (hit !== undefined) return hit;
  const scope: ParentNode = form ?? el.ownerDocument;
  let found = false;
  const fields = scope.querySelectorAll('input, select');
  for (let i = 0; i < fields.length && i < 60 && !found; i++) {
    const f = fields[i] as Element;
    found = CC_AUTOCOMPLETE.test(f.getAttribute('autocomplete') ?? '') || CC_WORDS.test(attrText(f));
  }
  cache.set(form, found);
  return found;
}

/** A text box whose own label names a gift card and its codes ("Kody paysafecard", "Steam card codes"):
 * its caption only from its own previous sibling (the text before a reply box's wrapper is often the last post). */
function cardCodesBox(el: Element, byFor: Map<string, string>): boolean {
  const label = fieldLabel(el, byFor, 1);
  return GIFT.test(label) && CODE.test(label) && !NOT_CODE_FIELD.test(label) && !/@|e-?mail/i.test(label);
}

export function classifyFields(doc: Document): FieldFact[] {
  const byFor = labelsByFor(doc);
  const cardForms = new Map<Element | null, boolean>();
  const numeric = numericFields(doc).flatMap((el): FieldFact[] => {
    const label = fieldLabel(el, byFor);
    if (!CODE_FIELD.test(label) || NOT_CODE_FIELD.test(label) || PHONE.test(el.getAttribute('placeholder') ?? '')) return [];
    if (CC_WORDS.test(label) || CC_AUTOCOMPLETE.test(el.getAttribute('autocomplete') ?? '')) return [];
    return [{ el, kind: 'code', label, claimShape: claimShaped(el, label) }];
  });
  return [...numeric, ...textFields(doc).map((el) => {
    const label = fieldLabel(el, byFor);
    const shape = claimShaped(el, label);
    let kind: FieldKind = 'other';
    const auto = el.getAttribute('autocomplete') ?? '';
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (CC_AUTOCOMPLETE.test(auto) || CC_WORDS.test(label)) kind = 'card';
    else if (CARD_NUMBER.test(label) && !CLAIM_LABEL.test(label) && inCardForm(el, cardForms)) kind = 'card';
    else if (type === 'search' || HARMLESS_FIELD.test(label) || el.tagName === 'TEXTAREA') kind = 'harmless';
    else if (GIFT.test(label) && !/@|e-?mail/i.test(label)) kind = 'code';
    else if (NOT_CODE_FIELD.test(label)) kind = 'other';
    else if (CODE_FIELD.test(label) || shape) kind = 'code';
    // A big free-text box may still be the code field when its label says so.
    // So is one whose label names a card and its codes.
    if (kind === 'harmless' && el.tagName === 'TEXTAREA' && (CLAIM_LABEL.test(label) || cardCodesBox(el, byFor))) kind = 'code';
    return { el, kind, label, claimShape: shape };
  })];
}

const BLOCKS = /^(?:P|DIV|LI|H\d|TD|TH|TR|BLOCKQUOTE|DT|DD|LABEL|BUTTON|SECTION|ARTICLE|HEADER|FOOTER|NAV|FORM|FIELDSET|LEGEND|FIGCAPTION|ASIDE|MAIN|UL|OL|TABLE|CAPTION|SUMMARY|DETAILS|BODY)$/;

function blockOf(el: Element | null): Element | null {
  for (let e = el, i = 0; e && i < 12; e = e.parentElement, i++) if (BLOCKS.test(e.tagName)) return e;
  return el;
}
const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CODE', 'PRE', 'TEXTAREA', 'SELECT', 'OPTION']);

export interface BodyText {
  text: string;
  truncated: boolean;
}

/**
 * Visible-ish body text from text nodes (no layout), up to `maxChars`, giving up after `budgetMs`.
 * Code samples (<code>, <pre>) are skipped: a blog quoting a phishing kit is not the kit.
 */
export function bodyText(doc: Document, maxChars = 50_000, budgetMs = 50, now: () => number = () => Date.now()): BodyText {
  const root = doc.body;
  if (!root) return { text: '', truncated: false };
  const start = now();
  const parts: string[] = [];
  let size = 0;
  let n = 0;
  const walker = doc.createTreeWalker(root, 1 | 4, {
    acceptNode(node: Node): number {
      if (node.nodeType === 1) {
        const el = node as Element;
        if (SKIP_TEXT.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return 2;
        return 3; // skip the element itself, visit children
      }
      return 1;
    },
  });
  let truncated = false;
  let last: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const t = node.nodeValue ?? '';
    if (!t.trim()) continue;
    // A new block starts a new line, so sentences from separate paragraphs never run together.
    const block = blockOf(node.parentElement);
    parts.push(block !== last ? '\n' : '');
    last = block;
    // A blockquote, a q or a forum's quote box (Invision's ipsQuote, XenForo's bbCodeBlock--quote,
    // Discourse's aside.quote) holds someone else's words (a news story quoting a scam message): marked
    // as quoted, sentence by sentence, so the score reads it as retold.
    // Lines of its own, so the words around a <q> ("saying things like") stay apart from it.
    if (node.parentElement?.closest('blockquote, q, [class*="quote" i]')) parts.push('\n', t.replace(/[^.!?。؟]+[.!?。؟]*/gu, (x) => (x.trim() ? `“${x.trim()}” ` : x)), '\n');
    else parts.push(t);
    size += t.length;
    if (size >= maxChars) {
      truncated = true;
      break;
    }
    if (++n % 50 === 0 && now() - start > budgetMs) {
      truncated = true;
      break;
    }
  }
  return { text: parts.join('').replace(/[ \t\r\f\v\u00a0]+/g, ' ').slice(0, maxChars), truncated };
}
