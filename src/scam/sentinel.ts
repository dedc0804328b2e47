// The every-page script (all frames, not on Amazon). It must stay tiny and cheap: no Preact, no
// tldts, no polyfill, no regex until someone types, and only a handful of elements read on load
// (src/scam/hints.ts). What it does:
// 1. Claim-code guard: a code-shaped string typed or pasted into any field → ask for a warning at
//    once; a form holding one is not sent until the shopper has seen it.
// 2. Hints: on load (when the browser is idle, within 1 s), what a person sees first: title, the
//    start of the body text, placeholders, buttons, alt text, frames' srcdoc, read as one XPath
//    string so no element object is made; again a few times in the first seconds if the page
//    changes (forms rendered by script), on the first click, key or wheel turn, and on the first
//    focus or keystroke in a field (that field's form). Only past a hint does the background load
//    the scan script (src/scam/scan.ts), which reads the page, scores it and shows any warning.
// 3. Re-checks, once the shopper has engaged: content that appears later (bounded), forms that
//    gain fields.
// Never throws into the page. The code itself is never stored or sent anywhere.
import { channel, ext, type ScanRequest } from './channel';
import { hasClaimCode } from './claim-code';
import { fieldHint, fieldScope, loadSample, sampleHint } from './hints';

const RECHECK_DELAY = 500;
const MAX_RECHECKS = 5;
/** When the first look is taken again if the page changed (ms after the first look). */
const RELOOKS = [600, 1300, 2200, 3500, 6000];

/** Hand a request to the scan script, asking the background to load it the first time. */
export function request(req: ScanRequest): void {
  const c = channel();
  if (c.scan) return c.scan(req);
  c.queue.push(req);
  if (c.asked) return;
  c.asked = true;
  try {
    void ext()
      ?.runtime.sendMessage({ type: 'scam-load' })
      .then((loaded) => {
        // No scan script can come into this frame (Firefox: a data: or blob: frame). A code typed
        // here is still warned about: the top page shows the warning.
        if (loaded !== 'unreachable') return;
        c.scan = (r) => r.kind === 'code' && void ext()?.runtime.sendMessage({ type: 'scam-code' });
        c.queue.splice(0).forEach(c.scan);
      }, () => undefined);
  } catch {
    // Extension reloaded or gone: nothing to do.
  }
}

type Field = HTMLInputElement | HTMLTextAreaElement;

function isField(el: Element | null): el is Field {
  // localName: lower-case in XHTML and SVG documents too; undefined on other nodes.
  const n = el?.localName;
  return n === 'input' || n === 'textarea';
}

function isPassword(el: Field): boolean {
  return el.type === 'password'; // the property: lower-cased by the browser
}

/** The value of a field, or the text of the editable region the target sits in. */
function fieldText(el: Element | null): { text: string; password: boolean } | null {
  if (isField(el)) return { text: el.value ?? '', password: isPassword(el) };
  // An attribute check, not isContentEditable: that one forces a style recalculation.
  const editable = el?.nodeType === 1 ? el.closest('[contenteditable]:not([contenteditable="false"])') : null;
  return editable ? { text: (editable.textContent ?? '').slice(-5000), password: false } : null;
}

interface State {
  /** Forms (or the page) whose fields were already looked at. */
  scopes: WeakSet<object>;
  codeSeen: boolean;
  /** What the last look saw. */
  sample: string;
}

/** Look at what a person sees first; ask for a scan when it hints at gift cards and changed. */
function look(state: State): void {
  const sample = loadSample(document);
  if (sample === state.sample) return;
  state.sample = sample;
  if (sampleHint(sample)) request({ kind: 'page' });
}

function idle(fn: () => void, timeout: number): void {
  const safe = () => {
    try {
      fn();
    } catch {
      // Never break the page.
    }
  };
  // Chrome and Firefox both have it (no fallback: every byte here ships on every page).
  requestIdleCallback(safe, { timeout });
}

/** The first focus or keystroke in a field: look at that field's form once. */
function checkScope(state: State, el: Element | null): void {
  if (!isField(el)) return;
  const scope = fieldScope(el);
  if (state.scopes.has(scope)) return;
  state.scopes.add(scope);
  if (fieldHint(scope)) request({ kind: 'scope', scope });
}

function target(e: Event): Element | null {
  return (e.composedPath?.()[0] ?? e.target) as Element | null;
}

function listen(state: State): void {
  const onInput = (e: Event) => {
    try {
      if (!e.isTrusted) return;
      const el = target(e);
      const got = fieldText(el);
      if (!state.codeSeen && got && hasClaimCode(got.text, got.password)) {
        state.codeSeen = true;
        request({ kind: 'code' });
      }
      checkScope(state, el);
    } catch {
      // Never break the page's own typing.
    }
  };
  const onFocus = (e: Event) => {
    try {
      if (e.isTrusted) checkScope(state, target(e));
    } catch {
      // Never break the page.
    }
  };
  // Before a form with a code in it can be sent: hold the submit and warn.
  const onSubmit = (e: Event) => {
    try {
      const form = e.target as HTMLFormElement;
      if (channel().continued) return;
      // Through Element.prototype (throws for a non-element): a form's fields are its named
      // properties, so `<input name="querySelectorAll">` would shadow the form's own method.
      const fields = Element.prototype.querySelectorAll.call(form, 'input, textarea');
      for (let i = 0; i < fields.length; i++) {
        const f = fields[i] as Field;
        if (hasClaimCode(f.value ?? '', isPassword(f))) {
          e.preventDefault();
          e.stopImmediatePropagation();
          request({ kind: 'code', submit: true });
          return;
        }
      }
    } catch {
      // Never break the page.
    }
  };
  const add = () => {
    for (const [type, fn] of [['input', onInput], ['focusin', onFocus], ['submit', onSubmit]] as const) document.addEventListener(type, fn, true);
  };
  add();
  // document.open() (a page rewriting itself, or the frame it just made) drops every listener:
  // it also replaces <html>, which this sees, and the listeners go back on (adding the same
  // listener twice is a no-op).
  new MutationObserver(add).observe(document, { childList: true });
}

/**
 * Single-page scam flows: look at the headings again (a few times, bounded) when headings
 * appear later, and at a form's fields again on the next focus when new fields appear.
 */
function watch(state: State): void {
  let runs = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    try {
      let heads = false;
      let fields = false;
      for (const r of records) {
        if (r.target.nodeName === 'TITLE') heads = true;
        for (let i = 0; i < r.addedNodes.length; i++) {
          const n = r.addedNodes[i] as Element;
          if (n.nodeType !== 1) continue;
          const tag = n.tagName;
          if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'FORM') fields = true;
          else if (tag === 'H1' || tag === 'H2' || tag === 'TITLE') heads = true;
          else if (n.firstElementChild) {
            fields ||= !!n.querySelector('input, textarea');
            heads ||= !!n.querySelector('h1, h2');
          }
        }
      }
      if (fields) state.scopes = new WeakSet();
      if (!(heads || fields) || timer || runs >= MAX_RECHECKS) return;
      timer = setTimeout(() => {
        timer = undefined;
        if (++runs >= MAX_RECHECKS) observer.disconnect();
        look(state);
      }, RECHECK_DELAY);
    } catch {
      // Never break the page.
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * The first click, key or wheel turn (or focus): look again, and from then on watch for
 * headings and fields that appear later.
 */
function onEngage(state: State): void {
  let done = false;
  const engaged = (e: Event) => {
    try {
      if (done || !e.isTrusted) return;
      done = true;
      for (const type of ENGAGE) document.removeEventListener(type, engaged, true);
      look(state);
      watch(state);
    } catch {
      // Never break the page.
    }
  };
  for (const type of ENGAGE) document.addEventListener(type, engaged, { capture: true, passive: true });
}

const ENGAGE = ['pointerdown', 'keydown', 'wheel', 'focusin'];

export function runSentinel(): void {
  try {
    const state: State = { scopes: new WeakSet(), codeSeen: false, sample: '' };
    listen(state);
    // The first look when the browser is idle (at most 500 ms away), then again a few times if
    // the page changed, and on the first interaction. No observer until the shopper engages.
    // The script runs at document_start (so the extension's world is made before any page element
    // could take the name `chrome` or `browser`, see channel.ts): the first look waits for the DOM.
    const first = () =>
      idle(() => {
        look(state);
        for (const ms of RELOOKS) setTimeout(() => idle(() => look(state), 300), ms);
      }, 500);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', first);
    else first();
    onEngage(state);
  } catch {
    // Never throw into a page.
  }
}
