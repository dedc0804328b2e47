// Reads whether the gift-card balance is applied on a checkout page, by what things are rather than
// by ids: the balance control is whichever checkbox, radio, switch or selectable row the shopper
// reads as "the gift card balance" with an amount (its accessible name, else its own row's text), in
// any of Amazon's languages; its state comes from the markup (checked, aria-checked). Ids and classes
// are hints only. Lines that deduct the balance in the order summary, or say it is used, and lines
// that show a zero or no balance, are the other evidence. Conflicting or missing evidence gives
// "unknown", which never warns. Pure: a Document in, plain data out (the elements are handed back
// for the UI to place itself).
import { findMoney, parseMoney, type Money, type MoneyHint } from '../../core/money';
import type { GiftCardState } from '../../core/types';
import type { PageInfo } from './pages';
import { SECTION_HEADINGS, SEL } from './selectors';
import {
  APPLIED,
  APPLY_ACTION,
  BALANCE,
  BALANCE_SECTION,
  CARD,
  GIFT_CARD,
  GIFT_WRAP,
  NEGATION,
  NO_BALANCE,
  NOT_APPLIED,
  NOT_THE_BALANCE,
  ORDER_TOTAL,
  REMAINDER,
  REMOVE_ACTION,
  UNUSABLE,
} from './wording';

export interface PaymentReading {
  state: GiftCardState;
  /** The balance available (read from the page, or the one tracked earlier). */
  balance: Money | null;
  /** The balance tracked earlier for this market (positive), whatever the page shows. */
  tracked: Money | null;
  /** The gift-card balance as this page shows it (never the tracked one). Balances reuse this. */
  pageBalance: Money | null;
  /** How much of the balance this order uses, when applied. */
  applied: Money | null;
  /** What the card will be charged, when the page says. */
  cardCharge: Money | null;
  /** The control the shopper ticks to apply the balance, when there is one. */
  control: HTMLElement | null;
  /** What the warning's button scrolls to and focuses: the control, else the payment "Change" link. */
  focusTarget: HTMLElement | null;
  /** The payment section the UI is placed beside. */
  section: Element | null;
  evidence: string[];
}

/** Every element a shopper can tick or select. Native inputs first; ARIA widgets for the rest. */
const CONTROLS =
  'input[type="checkbox"], input[type="radio"], [role="checkbox"], [role="radio"], [role="switch"], [role="menuitemcheckbox"], [role="menuitemradio"], [role="option"], [aria-checked], [aria-pressed]';
const HIDDEN_CLASSES = ['a-hidden', 'aok-hidden', 'hidden', 'is-hidden', 'd-none', 'hide'];
/** Hints of a copy the page keeps for later (a template, a twin for the other state). */
const TWIN = /templ|tmpl|twin|clone|skeleton|prototype/i;
const MAX_ROW_TEXT = 300;
const MAX_LINE_TEXT = 200;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** An element's text as a reader sees it: cells and blocks apart ("£1.00" "15 Dec"), not run together. */
export function spacedText(el: Element, max = Infinity): string {
  const raw = el.textContent ?? '';
  if (raw.length > max * 4) return clean(raw);
  const parts: string[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push(c.nodeValue ?? '');
      else if (c.nodeType === 1 && !/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test((c as Element).tagName)) {
        parts.push(' ');
        walk(c);
        parts.push(' ');
      }
    }
  };
  walk(el);
  return clean(parts.join('').replace(/ (?=[,.:;)])/g, ''));
}

function hintOf(info: PageInfo): MoneyHint {
  return info.market ? { currency: info.market.currency, decimal: info.market.decimal } : {};
}

/** Hidden from the shopper: hidden attributes, hiding classes, inline styles, templates. */
export function isHidden(el: Element): boolean {
  let depth = 0;
  for (let e: Element | null = el; e; e = e.parentElement, depth++) {
    if (e.tagName === 'TEMPLATE' || e.tagName === 'NOSCRIPT' || e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true' || e.hasAttribute('inert')) return true;
    const cls = e.classList;
    if (HIDDEN_CLASSES.some((c) => cls.contains(c))) return true;
    const style = e.getAttribute('style') ?? '';
    if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
    // A twin kept for later: its own id, name or class says so, or a data-template attribute, near the control.
    // Never the page's own body or root: Amazon's body carries weblab flags such as
    // "a-aui_template_weblab_cache_333406-c", which are not a template.
    if (depth <= 4 && e.tagName !== 'BODY' && e.tagName !== 'HTML') {
      if (e.hasAttribute('data-template')) return true;
      const classes = typeof e.className === 'string' ? e.className.split(/\s+/).filter((c) => !c.startsWith('a-aui_')).join(' ') : '';
      const marks = `${e.id} ${e.getAttribute('name') ?? ''} ${classes}`;
      if (TWIN.test(marks)) return true;
    }
  }
  return false;
}

function isNative(el: Element): el is HTMLInputElement {
  return el.tagName === 'INPUT';
}

function isDisabled(el: Element): boolean {
  if ((isNative(el) && el.disabled) || el.getAttribute('aria-disabled') === 'true') return true;
  return el.closest('fieldset[disabled]') !== null;
}

/** Ticked or selected as the markup says, or null when it does not say. */
function stateOf(el: Element): boolean | null {
  if (isNative(el)) return el.checked;
  for (const attr of ['aria-checked', 'aria-pressed', 'aria-selected']) {
    const v = el.getAttribute(attr);
    if (v === 'true') return true;
    if (v === 'false') return false;
  }
  return null;
}

/** Text with each <br> as a line break, so a label's second line ("Balance left after this order:
 * $7.51") stays a sentence of its own. */
function brokenText(el: Element | null): string {
  if (!el) return '';
  if (!el.querySelector('br')) return el.textContent ?? '';
  // Walked, not cloned: a clone of the page's markup could start loading its images again.
  let out = '';
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        if ((c as Element).tagName === 'BR') out += '\n';
        else if (!/^(SCRIPT|STYLE|TEMPLATE)$/.test((c as Element).tagName)) walk(c);
      }
    }
  };
  walk(el);
  return out;
}

/** The accessible name: aria-labelledby, aria-label, its labels, title; a widget's own text. */
export function accessibleName(el: Element, labels: HTMLLabelElement[]): string {
  const doc = el.ownerDocument;
  const parts: string[] = [];
  for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    parts.push(doc.getElementById(id)?.textContent ?? '');
  }
  parts.push(el.getAttribute('aria-label') ?? '');
  if (isNative(el)) {
    const wrap = el.closest('label');
    if (wrap) parts.push(brokenText(wrap));
    if (el.id) for (const l of labels) if (l.htmlFor === el.id && l !== wrap) parts.push(brokenText(l));
  } else {
    parts.push(brokenText(el));
  }
  parts.push(el.getAttribute('title') ?? '');
  // Line breaks kept (sentences split there), other white space squashed.
  return parts.join(' ').replace(/[^\S\n]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

/** The control's own row: the largest ancestor (a few levels up) that holds no other control. */
function rowOf(el: Element): Element {
  let row: Element = el.parentElement ?? el;
  for (let i = 0; i < 5; i++) {
    const up = row.parentElement;
    if (!up || up.tagName === 'FORM' || up.tagName === 'BODY' || up.tagName === 'FIELDSET' || up.tagName === 'TABLE' || up.tagName === 'TBODY') break;
    if (up.querySelectorAll(CONTROLS).length > 1 + el.querySelectorAll(CONTROLS).length) break;
    if ((up.textContent ?? '').length > MAX_ROW_TEXT * 3 || spacedText(up).length > MAX_ROW_TEXT) break;
    row = up;
  }
  return row;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?。؟])\s+|\s+[·•|]\s+|\s*[\n;]\s*/u).map((s) => s.trim()).filter(Boolean);
}

/** The market's amounts in a text, leaving out what will remain after the order. */
function amountsIn(text: string, info: PageInfo): Money[] {
  const hint = hintOf(info);
  const out: Money[] = [];
  for (const s of sentences(text)) {
    if (REMAINDER.test(s)) continue;
    // A sentence of its own about something else ("Reload $50, get $5."): not the balance's amounts.
    if ((NOT_THE_BALANCE.test(s) || GIFT_WRAP.test(s)) && !GIFT_CARD.test(s)) continue;
    for (const m of findMoney(s, hint)) if (!info.market || m.currency === info.market.currency) out.push(m);
  }
  return out;
}

/** The sentence of a text that names the gift card (for the checks that must not see the rest). */
function giftSentence(text: string): string {
  return sentences(text).find((s) => GIFT_CARD.test(s)) ?? text;
}

/** Named for the gift-card balance, and not for something that sits beside it. */
function isAboutBalance(text: string): boolean {
  if (!GIFT_CARD.test(text)) return false;
  const s = giftSentence(text);
  return !GIFT_WRAP.test(s) && !NOT_THE_BALANCE.test(s);
}

/**
 * The heading of the group a control belongs to: its fieldset's legend, or an ARIA group's or
 * radio group's label. Empty when it has none, or a long one (not a heading).
 */
function groupHeading(el: Element): string {
  const fieldset = el.closest('fieldset');
  const legend = fieldset ? Array.from(fieldset.children).find((c) => c.tagName === 'LEGEND') : null;
  let text = legend && !isHidden(legend) ? clean(legend.textContent) : '';
  if (!text) {
    const group = el.closest('[role="radiogroup"], [role="group"]');
    const ids = (group?.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    text = clean(ids.map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' ') || group?.getAttribute('aria-label'));
  }
  return text.length <= 80 ? text : '';
}

interface ControlVote {
  el: HTMLElement;
  label: string;
  checked: boolean | null;
  disabled: boolean;
  amounts: Money[];
  how: string;
}

function readControls(doc: Document, info: PageInfo, evidence: string[]): ControlVote[] {
  const labels = Array.from(doc.querySelectorAll('label'));
  const votes: ControlVote[] = [];
  const all = Array.from(doc.querySelectorAll<HTMLElement>(CONTROLS));
  for (const el of all) {
    // An ARIA widget wrapping a native input: the input speaks for it.
    if (!isNative(el) && el.querySelector('input[type="checkbox"], input[type="radio"]')) continue;
    if (isHidden(el)) continue;
    const name = accessibleName(el, labels);
    let text = isAboutBalance(name) ? name : '';
    let how = 'accessible name';
    if (!text && !GIFT_CARD.test(name)) {
      const row = spacedText(rowOf(el), MAX_ROW_TEXT);
      if (row.length <= MAX_ROW_TEXT && isAboutBalance(row) && !CARD.test(name)) {
        text = row;
        how = 'row text';
      }
    }
    if (!text && BALANCE.test(name) && !CARD.test(name) && !NOT_THE_BALANCE.test(name) && !GIFT_WRAP.test(name)) {
      // "Guthaben verwenden: 23,50 € verfügbar" under its group's legend "Ihr Geschenkgutschein-Guthaben"
      // (or "Your available balance"): the group says which balance its choices are about.
      const group = groupHeading(el);
      if ((isAboutBalance(group) && BALANCE.test(group)) || BALANCE_SECTION.test(group)) {
        text = name;
        how = 'group heading';
      }
    }
    if (!text) continue;
    let amounts = amountsIn(text, info);
    if (amounts.length === 0) {
      // The amount may be in the control's description (aria-describedby).
      const described = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean).map((id) => doc.getElementById(id)?.textContent ?? '').join(' ');
      if (described) amounts = amountsIn(clean(described), info);
    }
    if (amounts.length === 0 && how === 'accessible name') {
      const row = spacedText(rowOf(el), MAX_ROW_TEXT);
      if (row.length <= MAX_ROW_TEXT) amounts = amountsIn(row, info);
    }
    const vote: ControlVote = { el, label: text, checked: stateOf(el), disabled: isDisabled(el), amounts, how };
    votes.push(vote);
    evidence.push(
      `balance control (${how}): ${isNative(el) ? el.type : el.getAttribute('role') ?? 'widget'} ${vote.checked === null ? 'state unreadable' : vote.checked ? 'ticked' : 'unticked'}${vote.disabled ? ', disabled' : ''}, amounts ${amounts.map(fmt).join(', ') || 'none'}`,
    );
  }
  return votes;
}

type LineKind = 'deduction' | 'applied' | 'not-applied' | 'zero' | 'shown';

interface LineVote {
  el: Element;
  kind: LineKind;
  amount: Money | null;
  /** The line names the balance itself ("your gift card balance of 23,50 €"), not just a deduction. */
  isBalance: boolean;
  /** An applied line's balance, when it gives both ("Using $54.23 of your $120.00"). */
  balance?: Money | null;
  text: string;
}

/** The smallest element around a text node (a few levels up) that holds an amount, and its text. */
function lineAround(node: Node, info: PageInfo): { el: Element; text: string; amounts: Money[] } | null {
  let el = node.parentElement;
  for (let i = 0; el && i < 5; i++, el = el.parentElement) {
    if (el.tagName === 'BODY' || el.tagName === 'FORM' || (el.textContent ?? '').length > MAX_LINE_TEXT * 3) break;
    const text = spacedText(el);
    if (text.length > MAX_LINE_TEXT) break;
    const amounts = amountsIn(text, info);
    if (amounts.length > 0) return { el, text, amounts };
  }
  return null;
}

/**
 * The amount is labelled as used, not as the balance: a short applied word after it and nothing
 * else ("Gift card balance: $25.00 applied"), unlike a sentence ("Your balance of 23,50 € is used").
 */
function usedLabel(text: string): boolean {
  const tail = text.replace(/^.*\d/su, '').replace(/[^\p{L}\s]/gu, ' ').trim();
  return tail.length > 0 && tail.split(/\s+/).length <= 2 && APPLIED.test(tail);
}

/** Links and buttons a shopper acts with (not form fields). */
const ACTIONS = 'a, button, input[type="submit"], input[type="button"], [role="button"], [role="link"]';

/**
 * The action a balance text row offers by its own link or button: "apply" (the balance is not on
 * the order), "remove" (it is), or null. Only the row itself is searched, a few levels up, never a
 * block that holds a form field (the claim-code box has its own "Apply" button) or another control.
 */
function rowAction(el: Element): 'apply' | 'remove' | null {
  let row: Element | null = el;
  for (let i = 0; row && i < 4; i++, row = row.parentElement) {
    if (row.tagName === 'FORM' || row.tagName === 'FIELDSET' || row.tagName === 'BODY') return null;
    if (row.querySelector('input:not([type="hidden"]):not([type="submit"]):not([type="button"]), select, textarea') || row.querySelector(CONTROLS)) return null;
    if (spacedText(row, MAX_ROW_TEXT).length > MAX_ROW_TEXT) return null;
    let apply = false;
    let remove = false;
    for (const a of Array.from(row.querySelectorAll(ACTIONS))) {
      if (isHidden(a)) continue;
      const label = clean(a.textContent) || clean(a.getAttribute('value')) || clean(a.getAttribute('aria-label'));
      if (label.length > 30) continue;
      if (APPLY_ACTION.test(label)) apply = true;
      else if (REMOVE_ACTION.test(label)) remove = true;
    }
    if (apply || remove) return apply && remove ? null : apply ? 'apply' : 'remove';
  }
  return null;
}

/** A row of an order summary: a table or list that also holds the order total. */
function isSummaryRow(el: Element): boolean {
  const row = el.closest('tr, li, dl, .order-summary-line-item, .a-row') ?? el;
  const box = row.closest('table, ul, ol, dl, #subtotals, #subtotals-marketplace-table, [id*="summary" i], [class*="summary" i]');
  if (!box || spacedText(row).length > 120) return false;
  for (const cell of Array.from(box.querySelectorAll('td, th, span, div, dt'))) {
    if (cell.children.length <= 2 && ORDER_TOTAL.test(clean(cell.textContent))) return true;
  }
  return false;
}

/** Lines (no control) that speak of the gift-card balance: deductions, "is used", zero, or just shown. */
function readLines(doc: Document, info: PageInfo, evidence: string[]): LineVote[] {
  const out: LineVote[] = [];
  const body = doc.body;
  if (!body) return out;
  const seen = new Set<Element>();
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const own = node.nodeValue ?? '';
    if (own.length < 3 || !GIFT_CARD.test(own)) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, noscript, button, label, select, option') || isHidden(parent)) continue;
    // A link's own words ("Use a gift card", "Reload") are not a line; a link wrapping a whole block is.
    const link = parent.closest('a');
    if (link && !link.querySelector('div, h1, h2, h3, h4, h5, ul, table, p')) continue;
    const line = lineAround(node, info);
    if (!line) {
      // No amount: only an outright "no balance" counts.
      const text = clean(parent.parentElement?.textContent ?? parent.textContent);
      if (text.length <= MAX_LINE_TEXT && NO_BALANCE.test(text) && !seen.has(parent)) {
        seen.add(parent);
        out.push({ el: parent, kind: 'zero', amount: null, isBalance: true, text });
      }
      continue;
    }
    if (seen.has(line.el) || line.el.querySelector(CONTROLS) || line.el.closest(CONTROLS)) continue;
    seen.add(line.el);
    const s = giftSentence(line.text);
    if (GIFT_WRAP.test(s) || NOT_THE_BALANCE.test(s)) continue;
    const isBalance = BALANCE.test(s);
    const negative = line.amounts.find((m) => m.minor < 0);
    // A row of the order summary ("Gift Card Amount: $20.00", next to "Order total:"): a deduction
    // whatever its sign; a zero there only says this order uses none.
    const inSummary = isSummaryRow(line.el);
    const positive = line.amounts.find((m) => m.minor > 0);
    let vote: LineVote;
    if (negative || (inSummary && positive && !isBalance)) {
      const m = (negative ?? positive) as Money;
      vote = { el: line.el, kind: 'deduction', amount: { minor: Math.abs(m.minor), currency: m.currency }, isBalance: false, text: line.text };
    } else if (inSummary && !positive) {
      continue;
    } else if (line.amounts.every((m) => m.minor === 0) || NO_BALANCE.test(s)) {
      vote = { el: line.el, kind: 'zero', amount: line.amounts[0] ?? null, isBalance: true, text: line.text };
    } else if (NOT_APPLIED.test(s) && !UNUSABLE.test(s)) {
      vote = { el: line.el, kind: 'not-applied', amount: maxOf(line.amounts.filter((m) => m.minor > 0)), isBalance: true, text: line.text };
    } else if (APPLIED.test(s) && !NEGATION.test(s)) {
      // "Using $54.23 of your $120.00 gift card balance": the smaller is used, the larger is the
      // balance. With one amount ("Gift card balance: $25.00 applied") it is only what is used.
      const pos = line.amounts.filter((m) => m.minor > 0);
      const two = pos.length > 1;
      const one = line.amounts[0] ?? null;
      vote = { el: line.el, kind: 'applied', amount: two ? minOf(pos) : one, balance: two ? maxOf(pos) : usedLabel(line.text) ? null : one, isBalance, text: line.text };
    } else {
      vote = { el: line.el, kind: 'shown', amount: line.amounts[line.amounts.length - 1] ?? null, isBalance, text: line.text };
      // A text row with no control: its own "Apply" link says the balance is offered, not used;
      // a "Remove" link says it is on the order. Both, or neither, say nothing.
      const action = isBalance && vote.amount && vote.amount.minor > 0 && !UNUSABLE.test(s) ? rowAction(line.el) : null;
      if (action) {
        evidence.push(`balance row with a${action === 'apply' ? 'n "apply"' : ' "remove"'} link`);
        vote = { ...vote, kind: action === 'apply' ? 'not-applied' : 'applied', balance: vote.amount };
      }
    }
    out.push(vote);
    evidence.push(`balance line (${vote.kind}): ${fmt(vote.amount)}`);
  }
  return out;
}

/** Balance sections: under a heading that names them, or around the claim-code box. */
function findSections(doc: Document): Element[] {
  const out: Element[] = [];
  const add = (el: Element | null) => {
    if (el && !out.some((o) => o === el || o.contains(el) || el.contains(o))) out.push(el);
  };
  for (const h of Array.from(doc.querySelectorAll(SECTION_HEADINGS))) {
    const text = clean(h.textContent);
    if (text.length > 80 || !BALANCE_SECTION.test(text) || isHidden(h)) continue;
    add(h.closest('fieldset') ?? h.closest('.pmts-portal-component:not(form)') ?? h.parentElement?.parentElement ?? null);
  }
  for (const code of Array.from(doc.querySelectorAll(SEL.claimCode))) {
    if (code.closest('fieldset')) add(code.closest('fieldset'));
  }
  return out;
}

/** Checkboxes and radios in the balance section that are neither the balance nor plainly something else. */
function unreadableControls(sections: Element[], votes: ControlVote[]): number {
  let n = 0;
  for (const section of sections) {
    for (const el of Array.from(section.querySelectorAll<HTMLElement>(CONTROLS))) {
      if (votes.some((v) => v.el === el) || isHidden(el) || isDisabled(el)) continue;
      const text = spacedText(rowOf(el), MAX_ROW_TEXT);
      if (CARD.test(text) || NOT_THE_BALANCE.test(text) || GIFT_WRAP.test(text)) continue;
      n++;
    }
  }
  return n;
}

function readTotal(doc: Document, root: ParentNode, info: PageInfo): Money | null {
  const hint = hintOf(info);
  for (const row of Array.from(root.querySelectorAll('#subtotals-marketplace-table > li, #subtotals-marketplace-table tr, tr, li, .order-summary-line-item, dl'))) {
    const t = row.querySelector(SEL.summaryTerm) ?? row.firstElementChild;
    const d = row.querySelector(SEL.summaryDefinition) ?? row.lastElementChild;
    if (!t || !d || t === d) continue;
    if (!ORDER_TOTAL.test(clean(t.textContent))) continue;
    const value = clean(d.textContent);
    const money = parseMoney(value, hint) ?? findMoney(value, hint)[0] ?? null;
    if (money) return money;
  }
  const grand = doc.querySelector(SEL.grandTotal);
  const amounts = grand ? findMoney(clean(grand.textContent), hint) : [];
  return amounts[amounts.length - 1] ?? null;
}

type PaidBy = 'gift-card' | 'card' | null;

function paidBy(text: string): PaidBy {
  if (!text) return null;
  if (GIFT_CARD.test(text) && !GIFT_WRAP.test(text)) return 'gift-card';
  if (CARD.test(text)) return 'card';
  return null;
}

function fmt(m: Money | null | undefined): string {
  return m ? `${m.minor} ${m.currency} (minor)` : 'none';
}

const maxOf = (ms: Money[]): Money | null => ms.reduce<Money | null>((a, m) => (a && a.minor >= m.minor ? a : m), null);
const minOf = (ms: Money[]): Money | null => ms.reduce<Money | null>((a, m) => (a && a.minor <= m.minor ? a : m), null);

export function readPaymentState(doc: Document, info: PageInfo, known: Money | null): PaymentReading {
  const evidence: string[] = [];
  const knownPositive = known && known.minor > 0 ? known : null;
  const result = (state: GiftCardState, extra: Partial<PaymentReading> = {}): PaymentReading => ({
    state,
    balance: extra.pageBalance ?? knownPositive,
    tracked: knownPositive,
    pageBalance: null,
    applied: null,
    cardCharge: null,
    control: null,
    focusTarget: null,
    section: null,
    evidence,
    ...extra,
  });

  const overlay = doc.querySelector(SEL.turboPanel);
  const sections = findSections(doc);
  if (sections.length > 0) evidence.push(`balance section found (${sections.length})`);
  const votes = readControls(doc, info, evidence);
  const lines = readLines(doc, info, evidence);
  const overlayPrice = overlay?.querySelector(SEL.turboPrice);
  const total = readTotal(doc, overlay ?? doc, info) ?? (overlayPrice ? parseMoney(clean(overlayPrice.textContent), hintOf(info)) : null);
  if (total) evidence.push(`order total ${fmt(total)}`);

  const payingEl = doc.querySelector(SEL.payingWith);
  let paying: PaidBy = paidBy(clean(payingEl?.textContent));
  if (payingEl) evidence.push(`paying line: ${paying ?? 'unrecognised'}`);
  if (overlay) {
    const links = Array.from(overlay.querySelectorAll(SEL.turboPanelLink)).map((a) => paidBy(clean(a.textContent)));
    paying = links.includes('gift-card') ? 'gift-card' : links.includes('card') ? 'card' : paying;
    if (!paying && CARD.test(clean(overlay.textContent))) paying = 'card';
    evidence.push(`overlay payment panel: ${paying ?? 'unrecognised'}`);
  }

  if (!paying && info.step === 'review') {
    // Older review pages: the payment block names the card, or only the summary shows.
    const block = doc.querySelector('#payment-information, #payment, [data-testid="payment-section"]');
    if ((block && CARD.test(clean(block.textContent))) || (!block && doc.querySelector(SEL.summary))) paying = 'card';
  }

  const change = doc.querySelector<HTMLElement>(
    'a[data-csa-c-slot-id="checkout-change-payselect"], #payChangeButtonId, #payment-change-link',
  );
  const deduction = lines.find((l) => l.kind === 'deduction') ?? null;
  const statement = lines.find((l) => l.kind === 'applied') ?? null;
  // The balance as the page shows it: a line that shows it, or an applied line that gives both the
  // amount used and the balance; an applied line with one amount only says what is used.
  const shownLine = lines.find((l) => l.isBalance && ((l.kind === 'shown' && l.amount) || (l.kind === 'applied' && l.balance))) ?? null;
  const shownBalance = shownLine ? { ...shownLine, amount: shownLine.kind === 'applied' ? (shownLine.balance ?? null) : shownLine.amount } : null;
  const positiveLine = deduction ?? statement;

  // 1. A balance control with an amount: the shopper's own tick says it.
  const live = votes.filter((v) => !v.disabled && v.checked !== null && v.amounts.some((m) => m.minor > 0));
  if (live.length > 0) {
    const main = live.find((v) => v.checked === false) ?? (live[0] as ControlVote);
    const pageBalance = maxOf(main.amounts.filter((m) => m.minor > 0));
    const section = sections.find((s) => s.contains(main.el)) ?? main.el.closest('fieldset, form') ?? main.el.parentElement;
    const base: Partial<PaymentReading> = { pageBalance, control: main.el, focusTarget: main.el, section };
    if (new Set(live.map((v) => v.checked)).size > 1) {
      evidence.push('balance controls disagree');
      return result('unknown', base);
    }
    if (main.checked) {
      const positive = main.amounts.filter((m) => m.minor > 0);
      const applied = deduction?.amount ?? (positive.length > 1 ? minOf(positive) : pageBalance);
      return result('applied', { ...base, applied, cardCharge: total });
    }
    if (positiveLine) {
      evidence.push('control unticked but a line says the balance is used');
      return result('unknown', base);
    }
    return result('not-applied', { ...base, cardCharge: total });
  }

  // 2. No control, but the page says the balance pays (summary deduction, "is used", "Paying with").
  const anchor = overlay ?? doc.querySelector(SEL.payingWithContainer) ?? doc.querySelector(SEL.summary) ?? positiveLine?.el ?? null;
  if (positiveLine || paying === 'gift-card') {
    const pageBalance = shownBalance?.amount ?? null;
    return result('applied', { applied: deduction?.amount ?? statement?.amount ?? null, pageBalance, cardCharge: total, section: anchor, focusTarget: change });
  }

  // 2b. No control, and the page says outright that the balance is not used on this order.
  const notUsed = lines.find((l) => l.kind === 'not-applied' && l.amount) ?? null;
  if (notUsed && votes.length === 0) {
    evidence.push('a line says the balance is not used');
    return result('not-applied', { pageBalance: notUsed.amount, cardCharge: total, section: anchor ?? notUsed.el, focusTarget: change });
  }

  // 3. A zero balance, or "no balance", shown outright.
  const zero = votes.some((v) => v.amounts.length > 0 && v.amounts.every((m) => m.minor === 0)) || lines.some((l) => l.kind === 'zero');
  const readable = votes.filter((v) => v.amounts.some((m) => m.minor > 0));
  if (zero && readable.length === 0 && !lines.some((l) => l.kind === 'shown' && l.amount && l.amount.minor > 0)) {
    const zeroMoney = info.market ? { minor: 0, currency: info.market.currency } : null;
    return result('no-balance', { pageBalance: zeroMoney, balance: zeroMoney, section: sections[0] ?? null, cardCharge: total });
  }

  // 4a. Review and overlay: the balance shown beside a payment by card, and no line that uses it.
  const shownPositive = lines.find((l) => l.kind === 'shown' && l.isBalance && l.amount && l.amount.minor > 0 && !UNUSABLE.test(l.text)) ?? null;
  if (shownPositive && votes.length === 0 && info.step !== 'pay' && paying === 'card' && total) {
    evidence.push('review: balance shown, paying by card, no gift-card line in the summary');
    return result('not-applied', { pageBalance: shownPositive.amount, cardCharge: total, section: anchor ?? shownPositive.el, focusTarget: change });
  }

  // 4. A balance shown but its state not readable (a disabled box, a widget without state, a bare line).
  if (votes.length > 0 || lines.some((l) => l.kind === 'shown' || l.kind === 'not-applied')) {
    evidence.push('gift-card balance shown, but not in a state we can read');
    const pageBalance = maxOf(readable.flatMap((v) => v.amounts)) ?? shownBalance?.amount ?? null;
    return result('unknown', { pageBalance, section: sections[0] ?? null });
  }

  // 5. The payment step's balance section holding no balance at all (only the code box, a
  // placeholder still loading, an error): nothing says the balance is zero, so unknown; the
  // balance tracked earlier decides what to say.
  if (sections.length > 0) {
    const section = sections[0] as Element;
    if (unreadableControls(sections, votes) > 0) evidence.push('balance section holds a control we cannot read');
    else if (knownPositive) evidence.push('a balance was tracked earlier, but the page offers none');
    else evidence.push('balance section shows no balance row and no zero');
    return result('unknown', { section, cardCharge: total });
  }

  // The payment-selection step without its balance section: we do not know this markup.
  if (info.step === 'pay') {
    evidence.push('payment page without a recognisable balance section');
    return result('unknown');
  }

  // 6. Review and overlay paying by card: only a balance tracked earlier can say it goes unused.
  if (paying === 'card') {
    if (knownPositive) {
      evidence.push(`paying by card while a balance is known: ${fmt(knownPositive)}`);
      return result('not-applied', { cardCharge: total, section: anchor, focusTarget: change });
    }
    evidence.push('paying by card; the page does not show the balance');
    return result('unknown', { cardCharge: total, section: anchor });
  }
  evidence.push('no usable payment evidence');
  return result('unknown');
}
