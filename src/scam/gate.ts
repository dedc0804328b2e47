// The gate: on load the every-page hint itself (hints.ts, literal stems); on a field's first focus,
// the field hint, then the same places read with the vocabulary's patterns. Runs in the scan script (only on pages a hint let through), in the audit
// command, the evaluation and the tests. Each check starts with its hint, so nothing passes here
// that the every-page script would have let go.
import {
  attrText, CC_STEMS, FIELD_STEMS, fieldScope, GIFT_STEMS, has, loadHint, MAX_FIELDS, maskRun, maxLengthSized, NOT_STEMS,
  scopeFields, scopeText,
} from './hints';
import { CLAIM_MASK, CODE_FIELD, GATE_WORDS, NOT_CODE_FIELD } from './vocab';

export interface GateResult {
  pass: boolean;
  why: 'words' | 'field' | null;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ');

/** Gift or payment-demand words: a literal stem first, the full pattern only then. */
function words(text: string): boolean {
  return has(text.toLowerCase(), GIFT_STEMS) && GATE_WORDS.test(squash(text));
}

/** Label text that reads like a code field (and not a postcode or one-time password). */
function codeLabel(text: string): boolean {
  const low = text.toLowerCase();
  if (!has(low, FIELD_STEMS) || has(low, NOT_STEMS)) return false;
  const s = squash(text);
  return CODE_FIELD.test(s) && !NOT_CODE_FIELD.test(s);
}

const PASS_WORDS: GateResult = { pass: true, why: 'words' };
const PASS_FIELD: GateResult = { pass: true, why: 'field' };
const FAIL: GateResult = { pass: false, why: null };

/** On load and when the page changes: what a person sees first hints at gift cards (hints.ts). */
export function pageGate(doc: Document, relook = false): GateResult {
  return loadHint(doc, relook) ? PASS_WORDS : FAIL;
}

/**
 * When the shopper first focuses or types in a field: the fields, labels, legends and headings
 * of that field's form (or of the page, for a field outside any form). A page's fields only
 * matter once someone is about to type, and most pages are never typed into.
 */
export function fieldGate(scope: Document | Element): GateResult {
  const { heads, labels } = scopeText(scope);
  if (words(heads)) return PASS_WORDS;
  for (const text of labels) {
    if (words(text)) return PASS_WORDS;
    if (codeLabel(text)) return PASS_FIELD;
  }
  for (const el of scopeFields(scope)) {
    const a = attrText(el);
    if (words(a) || (maskRun(a) && CLAIM_MASK.test(a))) return PASS_FIELD;
    const sized = maxLengthSized(el);
    const low = a.toLowerCase();
    const hint = has(low, FIELD_STEMS);
    if (!hint && !sized) continue;
    if ((el.getAttribute('autocomplete') ?? '').includes('cc-') || has(low, NOT_STEMS) || NOT_CODE_FIELD.test(a)) continue;
    if (hint && CODE_FIELD.test(a)) return PASS_FIELD;
    if (sized && !has(low, CC_STEMS)) return PASS_FIELD;
  }
  return FAIL;
}

/**
 * Whether the every-page script would ever look closer at this page: on load, on the shopper's
 * first interaction, or once they focus one of its fields. For the audit command, the evaluation and tests.
 */
export function gate(doc: Document): GateResult & { when: 'load' | 'focus' | null } {
  const onLoad = pageGate(doc);
  if (onLoad.pass) return { ...onLoad, when: 'load' };
  const seen = new Set<Document | Element>();
  for (const tag of ['input', 'textarea']) {
    const fields = doc.getElementsByTagName(tag);
    for (let i = 0; i < fields.length && i < MAX_FIELDS; i++) {
      const scope = fieldScope(fields[i] as Element);
      if (seen.has(scope)) continue;
      seen.add(scope);
      const got = fieldGate(scope);
      if (got.pass) return { ...got, when: 'focus' };
    }
  }
  return { ...FAIL, when: null };
}
