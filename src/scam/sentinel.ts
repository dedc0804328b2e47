// The every-page script (all frames, not on Amazon). It must stay tiny and cheap: no Preact, no
// tldts, no polyfill, no regex until someone types, and only a handful of elements read on load
// (src/scam/hints.ts). What it does:
// 1. Claim-code guard: a code-shaped string typed or pasted into any field → ask for a warning at
//    once; a form holding one is not sent until the shopper has seen it.
// 2. Hints: on load (document_idle: once the page is parsed), what a person sees first: title and
//    the first text nodes people read (a tree walker from the document: no element object is
//    made, and it stops where the look stops), and where needed placeholders, buttons, alt text
//    and frames' srcdoc as one XPath string. On the first focus or keystroke in a
//    field, that field's form. Only past a hint does the background load the scan script
//    (src/scam/scan.ts), which reads the page, scores it and shows any warning.
// 3. Re-looks when the page changes (forms rendered by script, chats, wizards): a one-shot
//    observer marks the page changed and schedules the next look (350 ms, then doubling), and
//    the shopper's clicks and keys take one too (at most once a second). A page that changes all
//    the time costs one observer callback per look; a page that never changes, none. The same
//    observer puts the listeners back after document.open() (which drops them).
// Cost (npm run bench): each DOM interface a fresh content-script world first touches costs a
// fraction of a millisecond, so this touches few: the document, a TreeWalker per look (an
// XPathResult only where the text alone cannot tell), one MutationObserver, plain timers (no
// idle callback: its IdleDeadline is one more interface).
// Never throws into the page. The code itself is never stored or sent anywhere.
import { channel, ext, type ScanRequest } from './channel';
import { hasClaimCode } from './claim-code';
import { fieldHint, fieldScope, firstLook } from './hints';

/** After a change, the next look waits this long (ms), doubling each time, so a page that keeps
 * changing is looked at about 12 times in its first minute and then rarely. */
const RELOOK_DELAY = 350;
const RELOOK_MAX_DELAY = 30_000;

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
  /** The first look is done: later ones read an open dialog too. */
  looked: boolean;
  /** The page changed since the last look (a one-shot observer says so, then stops). */
  dirty: boolean;
  observer: MutationObserver | null;
  /** Delay before the next look after a change. */
  delay: number;
  /** Put the field and engagement listeners (back) on the document. */
  listen: () => void;
}

/** Arm the one-shot change signal: the first change marks the page dirty and stops observing,
 * so a page that changes all the time costs one callback per look, not one per change. */
function arm(state: State): void {
  state.observer ??= new MutationObserver(() => {
    try {
      // document.open() (a page rewriting itself, or the frame it just made) drops every
      // listener; it also replaces <html>, which this sees (adding a listener twice is a no-op).
      state.listen();
      state.dirty = true;
      state.observer?.disconnect();
      // A plain timer: a page that keeps changing is rarely idle, and an idle callback costs more.
      setTimeout(() => guarded(() => relook(state)), state.delay);
      state.delay = Math.min(state.delay * 2, RELOOK_MAX_DELAY);
    } catch {
      // Never break the page.
    }
  });
  state.observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** Look at what a person sees first; ask for a scan when it hints at gift cards and changed. */
function look(state: State): void {
  state.dirty = false;
  state.listen();
  const { sample, hint } = firstLook(document, state.looked);
  state.looked = true;
  arm(state);
  if (sample === state.sample) return;
  state.sample = sample;
  // Forms may have gained fields: look at a field's form again on its next focus.
  state.scopes = new WeakSet();
  if (hint) request({ kind: 'page' });
}

/** A scheduled re-look: only when the page changed since the last one. */
function relook(state: State): void {
  if (state.dirty) look(state);
}

function guarded(fn: () => void): void {
  try {
    fn();
  } catch {
    // Never break the page.
  }
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

function listeners(state: State): () => void {
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
  const engaged = onEngage(state);
  return () => {
    // Capture, no options object: an options dictionary costs a fresh world more than the call
    // (pointerdown and keydown listeners never delay scrolling, so `passive` buys nothing).
    for (const [type, fn] of [['input', onInput], ['focusin', onFocus], ['submit', onSubmit], ['pointerdown', engaged], ['keydown', engaged]] as const) {
      document.addEventListener(type, fn, true);
    }
  };
}

/**
 * Every click or key: look again if the page changed since the last look, at most once a
 * second, and look at the next change soon. Single-page flows and wizards change after the
 * shopper acts.
 */
function onEngage(state: State): (e: Event) => void {
  let last = 0;
  return (e: Event) => {
    try {
      if (!e.isTrusted) return;
      state.delay = RELOOK_DELAY;
      if (!state.dirty) return;
      const now = Date.now();
      if (now - last < 1000) return;
      last = now;
      look(state);
    } catch {
      // Never break the page.
    }
  };
}

export function runSentinel(): void {
  try {
    const state = { scopes: new WeakSet(), codeSeen: false, sample: '', looked: false, dirty: false, observer: null, delay: RELOOK_DELAY } as State;
    state.listen = listeners(state);
    state.listen();
    // The first look at once: the script runs at document_idle, when the DOM is parsed, so the
    // listeners, the look and the observer cost one task (each callback into this world costs,
    // measured with tests/bench/variants.ts). Again a little after the page changes, and on the
    // shopper's clicks and keys if it changed. A page that never changes costs no timer and no
    // callback after the first look. An empty script (public/world.js) at document_start makes
    // the world before any page element could take the name `chrome` or `browser` (channel.ts).
    // Were it ever run earlier, the change observer would look again as the page fills in.
    look(state);
  } catch {
    // Never throw into a page.
  }
}
