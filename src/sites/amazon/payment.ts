// Reads whether the gift-card balance is applied on a checkout page. Several independent strategies
// each give evidence; they must agree. Conflicting or missing evidence gives "unknown", which never
// warns. Pure: a Document in, plain data out (the elements are handed back for the UI to place itself).
import { findMoney, parseMoney, type Money, type MoneyHint } from '../../core/money';
import type { GiftCardState } from '../../core/types';
import type { PageInfo } from './pages';
import { SECTION_HEADINGS, SEL } from './selectors';
import { hasWording, matchesAny, wordingFor, type CheckoutWording } from './wording';

export interface PaymentReading {
  state: GiftCardState;
  /** The balance available (read from the page, or the one tracked earlier). */
  balance: Money | null;
  /** The gift-card balance as this page shows it (never the tracked one). Balances reuse this. */
  pageBalance: Money | null;
  /** How much of the balance this order uses, when applied. */
  applied: Money | null;
  /** What the card will be charged, when the page says. */
  cardCharge: Money | null;
  /** The control the shopper ticks to apply the balance, when there is one. */
  control: HTMLInputElement | null;
  /** What the warning's button scrolls to and focuses: the control, else the payment "Change" link. */
  focusTarget: HTMLElement | null;
  /** The payment section the UI is placed beside. */
  section: Element | null;
  evidence: string[];
}

const CARD = /\b(?:visa|mastercard|master\s*card|amex|american\s+express|discover|jcb|diners|maestro|rupay|cb|carte\s+bancaire|debit|credit)\b|(?:ending\s+in|endet\s+auf|se\s+terminant\s+par|termina(?:nte)?\s+(?:in|en|con)|eindigend\s+op|末尾)\s*[:：]?\s*\d{2,4}|[•*·]{2,}\s*\d{4}|\b\d{4}\s*$/i;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function isHidden(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden')) return true;
    const cls = e.classList;
    if (cls.contains('a-hidden') || cls.contains('aok-hidden')) return true;
    const style = e.getAttribute('style') ?? '';
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  }
  return false;
}

/** The text a shopper reads next to a checkbox or radio. */
export function labelOf(input: HTMLInputElement): string {
  const parts: string[] = [];
  const wrap = input.closest('label');
  if (wrap) parts.push(wrap.textContent ?? '');
  if (input.id) {
    const doc = input.ownerDocument;
    for (const l of Array.from(doc.querySelectorAll('label'))) {
      if (l.htmlFor === input.id && l !== wrap) parts.push(l.textContent ?? '');
    }
  }
  parts.push(input.getAttribute('aria-label') ?? '', input.getAttribute('title') ?? '');
  let text = clean(parts.join(' '));
  if (!text) {
    // AUI sometimes puts the text in a sibling of the checkbox wrapper.
    const row = input.closest('.a-row, .a-checkbox, .a-radio, div');
    text = clean(row?.parentElement?.textContent ?? row?.textContent);
  }
  return text;
}

interface ControlVote {
  input: HTMLInputElement;
  label: string;
  checked: boolean;
  amounts: Money[];
  how: string;
}

function hintOf(info: PageInfo): MoneyHint {
  return info.market ? { currency: info.market.currency, decimal: info.market.decimal } : {};
}

/** Balance sections: under a heading that names them, or around the claim-code box. */
function findSections(doc: Document, words: CheckoutWording[]): Element[] {
  const out: Element[] = [];
  const add = (el: Element | null) => {
    if (el && !out.some((o) => o === el || o.contains(el) || el.contains(o))) out.push(el);
  };
  for (const h of Array.from(doc.querySelectorAll(SECTION_HEADINGS))) {
    const text = clean(h.textContent);
    if (text.length > 80 || !matchesAny(text, words, 'balanceSection')) continue;
    add(h.closest('fieldset') ?? h.closest('.pmts-portal-component') ?? h.parentElement?.parentElement ?? null);
  }
  for (const code of Array.from(doc.querySelectorAll(SEL.claimCode))) {
    if (code.closest(SEL.paymentForm) || code.closest('fieldset')) add(code.closest('fieldset'));
  }
  return out;
}

function isCardControl(input: HTMLInputElement): boolean {
  return input.matches(SEL.cardRadio) || input.closest(SEL.cardRow) !== null;
}

function readControls(doc: Document, sections: Element[], info: PageInfo, words: CheckoutWording[]): ControlVote[] {
  const hint = hintOf(info);
  const seen = new Set<HTMLInputElement>();
  const votes: ControlVote[] = [];
  const consider = (input: HTMLInputElement, how: string, requireWords: boolean) => {
    if (seen.has(input) || (input.type !== 'checkbox' && input.type !== 'radio')) return;
    seen.add(input);
    if (isCardControl(input) || input.matches(SEL.claimCode) || isHidden(input) || input.disabled) return;
    const label = labelOf(input);
    if (matchesAny(label, words, 'giftWrap')) return;
    const amounts = findMoney(label, hint);
    const named = matchesAny(label, words, 'giftCard');
    // Markets without a wording table: a control in the balance section that shows an amount.
    const structural = !hasWording(info.market?.language ?? 'en') && amounts.length > 0;
    if (requireWords && !named && !structural) return;
    votes.push({ input, label, checked: input.checked, amounts, how });
  };
  for (const id of [SEL.legacyCheckbox, SEL.legacyRadio]) {
    const el = doc.querySelector<HTMLInputElement>(id);
    if (el) consider(el, `legacy ${id}`, false);
  }
  for (const el of Array.from(doc.querySelectorAll<HTMLInputElement>(SEL.selectableBalance))) {
    consider(el, 'apx-selectable-balance-input', false);
  }
  for (const section of sections) {
    for (const el of Array.from(section.querySelectorAll<HTMLInputElement>('input'))) {
      consider(el, 'balance section control', true);
    }
  }
  return votes;
}

/** Checkboxes and radios in the balance section that we could not read: the page is not what we know. */
function unreadableControls(sections: Element[], votes: ControlVote[]): number {
  let n = 0;
  for (const section of sections) {
    for (const el of Array.from(section.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]'))) {
      if (votes.some((v) => v.input === el) || isCardControl(el) || isHidden(el) || el.disabled) continue;
      n++;
    }
  }
  return n;
}

interface SummaryReading {
  present: boolean;
  deduction: Money | null;
  total: Money | null;
  label: string | null;
}

function readSummary(root: ParentNode, info: PageInfo, words: CheckoutWording[]): SummaryReading {
  const hint = hintOf(info);
  const rows = Array.from(root.querySelectorAll(SEL.summaryRows));
  const out: SummaryReading = { present: rows.length > 0, deduction: null, total: null, label: null };
  for (const row of rows) {
    let term: string;
    let value: string;
    const t = row.querySelector(SEL.summaryTerm);
    const d = row.querySelector(SEL.summaryDefinition);
    if (t && d) {
      term = clean(t.textContent);
      value = clean(d.textContent);
    } else {
      const cells = Array.from(row.querySelectorAll('td, th'));
      if (cells.length < 2) continue;
      term = clean(cells[0]?.textContent);
      value = clean(cells[cells.length - 1]?.textContent);
    }
    const money = parseMoney(value, hint) ?? findMoney(value, hint)[0] ?? null;
    if (!money) continue;
    if (matchesAny(term, words, 'deduction') && !matchesAny(term, words, 'giftWrap')) {
      if (money.minor !== 0) {
        out.deduction = { minor: Math.abs(money.minor), currency: money.currency };
        out.label = term;
      }
    } else if (matchesAny(term, words, 'orderTotal')) {
      out.total = money;
    }
  }
  if (!out.total) {
    const grand = root.querySelector(SEL.grandTotal);
    const amounts = grand ? findMoney(clean(grand.textContent), hint) : [];
    if (amounts.length > 0) out.total = amounts[amounts.length - 1] ?? null;
  }
  return out;
}

type PaidBy = 'gift-card' | 'card' | null;

function paidBy(text: string, words: CheckoutWording[]): PaidBy {
  if (!text) return null;
  if (matchesAny(text, words, 'giftCard') && !matchesAny(text, words, 'giftWrap')) return 'gift-card';
  if (CARD.test(text)) return 'card';
  return null;
}

function fmt(m: Money | null): string {
  return m ? `${m.minor} ${m.currency} (minor)` : 'none';
}

export function readPaymentState(doc: Document, info: PageInfo, known: Money | null): PaymentReading {
  const evidence: string[] = [];
  const words = wordingFor(info.market?.language ?? 'en');
  const hint = hintOf(info);
  const result = (
    state: GiftCardState,
    extra: Partial<PaymentReading> = {},
  ): PaymentReading => ({
    state,
    balance: extra.pageBalance ?? (known && known.minor > 0 ? known : null),
    pageBalance: null,
    applied: null,
    cardCharge: null,
    control: null,
    focusTarget: null,
    section: null,
    evidence,
    ...extra,
  });

  const sections = findSections(doc, words);
  if (sections.length > 0) evidence.push(`balance section found (${sections.length})`);
  const controls = readControls(doc, sections, info, words);
  for (const c of controls) {
    evidence.push(`${c.how}: ${c.input.type} ${c.checked ? 'checked' : 'unchecked'}, label "${c.label.slice(0, 80)}"`);
  }

  // The order summary and the "Paying with" line (review pages, and the right column of /pay).
  const overlay = doc.querySelector(SEL.turboPanel);
  const summary = readSummary(overlay ?? doc, info, words);
  if (summary.deduction) evidence.push(`order summary deduction "${summary.label}" ${fmt(summary.deduction)}`);
  else if (summary.present) evidence.push('order summary without a gift-card line');
  if (summary.total) evidence.push(`order total ${fmt(summary.total)}`);

  const payingEl = doc.querySelector(SEL.payingWith);
  let paying: PaidBy = paidBy(clean(payingEl?.textContent), words);
  if (payingEl) evidence.push(`paying line: ${paying ?? 'unrecognised'}`);

  let overlayTotal: Money | null = null;
  if (overlay) {
    const links = Array.from(overlay.querySelectorAll(SEL.turboPanelLink)).map((a) => clean(a.textContent));
    const payLinks = links.map((t) => paidBy(t, words)).filter((p): p is 'gift-card' | 'card' => p !== null);
    paying = payLinks.includes('gift-card') ? 'gift-card' : payLinks.includes('card') ? 'card' : paying;
    evidence.push(`overlay payment panel: ${paying ?? 'unrecognised'}`);
    const price = overlay.querySelector(SEL.turboPrice);
    overlayTotal = price ? (parseMoney(clean(price.textContent), hint) ?? null) : null;
  }
  const total = summary.total ?? overlayTotal;

  const change = doc.querySelector<HTMLElement>(
    'a[data-csa-c-slot-id="checkout-change-payselect"], #payChangeButtonId, #payment-change-link',
  );
  const reviewSection = doc.querySelector(SEL.payingWithContainer) ?? doc.querySelector(SEL.summary);
  const positive = summary.deduction !== null || paying === 'gift-card';

  // 1. Controls the shopper ticks: they say it directly.
  if (controls.length > 0) {
    const states = new Set(controls.map((c) => c.checked));
    const main = controls.find((c) => !c.checked) ?? (controls[0] as ControlVote);
    const amounts = main.amounts;
    const pageBalance = amounts.length > 0 ? (amounts[amounts.length - 1] as Money) : null;
    const section = sections.find((s) => s.contains(main.input)) ?? main.input.closest('fieldset, form') ?? main.input.parentElement;
    const base: Partial<PaymentReading> = { pageBalance, control: main.input, focusTarget: main.input, section };
    if (states.size > 1) {
      evidence.push('controls disagree');
      return result('unknown', base);
    }
    if (main.checked) {
      const applied = summary.deduction ?? (amounts.length > 1 ? (amounts[0] as Money) : pageBalance);
      return result('applied', { ...base, applied, cardCharge: total });
    }
    if (summary.deduction) {
      evidence.push('control unticked but the summary deducts a gift card');
      return result('unknown', base);
    }
    if (!pageBalance && !(known && known.minor > 0)) evidence.push('unticked control without an amount');
    return result('not-applied', { ...base, cardCharge: total });
  }

  // 2. A balance section with no gift-card control: the page offers no balance.
  if (sections.length > 0) {
    const section = sections[0] as Element;
    if (unreadableControls(sections, controls) > 0) {
      evidence.push('balance section holds a control we cannot read');
      return result('unknown', { section });
    }
    if (positive) return result('applied', { applied: summary.deduction, cardCharge: total, section });
    if (known && known.minor > 0) {
      evidence.push('a balance was tracked earlier, but the page offers none');
      return result('unknown', { section });
    }
    return result('no-balance', { section, cardCharge: total });
  }

  // The payment-selection step without its balance section: we do not know this markup.
  if (info.step === 'pay') {
    evidence.push('payment page without a recognisable balance section');
    return result('unknown');
  }

  // 3. Review and overlay: the summary and the payment line.
  const section = overlay ?? reviewSection;
  if (positive) {
    return result('applied', { applied: summary.deduction, cardCharge: total, section, focusTarget: change });
  }
  if (paying === 'card' || (summary.present && paying === null && !payingEl && !overlay)) {
    if (known && known.minor > 0) {
      evidence.push(`paying by card while a balance is known: ${fmt(known)}`);
      return result('not-applied', { cardCharge: total, section, focusTarget: change });
    }
    return result('no-balance', { cardCharge: total, section });
  }
  evidence.push('no usable payment evidence');
  return result('unknown');
}
