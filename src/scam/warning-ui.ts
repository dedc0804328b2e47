// The scam guard's warnings in plain DOM (no Preact: this ships in the scan script, injected into pages).
//
// What a page can do and what it gets (README, "Security"):
// * The warning lives in a closed shadow root, so page scripts cannot read or press it; the buttons
//   act on trusted clicks only.
// * The interstitial is in the browser's top layer: a modal <dialog> (the rest of the page is inert
//   while it is open). No z-index, cover or stylesheet of the page's can sit above it. When the
//   page puts its own dialog, popover or fullscreen element in the top layer, the warning takes
//   the top back. The banner (which leaves the page usable) is a fixed element in a host kept
//   last in <html> at the highest z-index; the page's own top-layer elements can cover it.
// * Removing the host, restyling it, `hidden` or `inert` on it or on <html>, replacing <html> or
//   rewriting the document with document.open() are repaired at once, from MutationObservers (no
//   timer), before the next frame is drawn. A repair is cheap (put the host back, set its style
//   again); going back into the top layer (close and showModal) costs more and waits until the
//   host has stayed put for SETTLE ms (until then the host shows as a fixed element at the
//   highest z-index). Under pressure, repairs are aligned to frames: one just before each frame
//   is drawn, however often the page strikes in between. And they are budgeted by time (a leaky
//   bucket, REPAIR_SHARE and REPAIR_BURST_MS): a page fighting in a tight loop cannot make the
//   repair cost the shopper's browser more than a tenth of its time, nor hold the page up for
//   more than a few tens of milliseconds at once.

export interface WarningView {
  level: 'warn' | 'high';
  /** Locale keys of the reasons, most important first. */
  reasons: string[];
  /** The page's host, shown so the shopper sees where they really are. */
  host: string;
  t: (key: string, sub?: string) => string;
  onLeave(): void;
  onContinue(): void;
  /** Only on the interstitial. */
  onTrust?(): void;
  /**
   * Interstitial only: who to report to if a code was already given (the national service of the
   * shopper's marketplace country, see report.ts), or null for the generic advice.
   */
  report?: string | null;
}

export interface Mounted {
  remove(): void;
}

/**
 * Repair work is budgeted like a leaky bucket: each repair adds its time (ms of the page's main
 * thread, at most REPAIR_CHARGE_MAX) and the bucket drains at REPAIR_SHARE of the time passing. Past REPAIR_BURST_MS in it,
 * the next repair waits until it has drained below. So a page fighting the warning in a tight
 * loop gets at most a tenth of its time taken, and holds itself up by REPAIR_BURST_MS at most;
 * a page that strikes once a frame, or one slow repair, stays well inside it.
 */
export const REPAIR_SHARE = 0.1;
export const REPAIR_BURST_MS = 20;
/**
 * A repair is charged at most this (ms). Its real work is a few attribute writes and one
 * appendChild, well under this; a longer reading is the machine stalling us (another process, a
 * garbage collection), and charging it in full would leave the page without the warning for
 * (stall - burst) / share ms: 100 ms of gap for one 30 ms stall.
 */
export const REPAIR_CHARGE_MAX = 2;
/** The interstitial goes back into the top layer at most this often (ms); the host at once. */
export const TOP_EVERY = 250;
/** How long a put-back host must stay before it goes back into the top layer (ms). */
export const SETTLE = 100;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

const CSS = `*{box-sizing:border-box;font:16px/1.5 system-ui,sans-serif;color:inherit;letter-spacing:normal;text-transform:none}
dialog{position:fixed;inset:0;margin:auto;background:#fff;color:#1b1b1b;width:calc(100% - 16px);max-width:560px;max-height:calc(100% - 16px);overflow:auto;overflow-wrap:anywhere;border:0;border-radius:12px;border-top:8px solid #b3261e;padding:20px;box-shadow:0 8px 40px #000a}
dialog::backdrop{background:#300c}
.n{position:fixed;inset:0 0 auto 0;margin:0;width:100%;max-width:none;max-height:50%;overflow:auto;overflow-wrap:anywhere;background:#fff4e5;color:#3b2300;border:0;border-bottom:4px solid #8a4b00;padding:8px 12px}
h2{margin:0 0 8px;font-size:20px;font-weight:700}
h3{margin:12px 0 4px;font-size:16px;font-weight:700}
p,ul{margin:0 0 8px}
ul{padding-left:20px}
.a{display:flex;flex-wrap:wrap;gap:8px;margin-top:8px}
button{min-height:44px;min-width:44px;padding:8px 14px;margin:0;border-radius:8px;cursor:pointer;border:2px solid;background:none;text-align:center}
.p{background:#b3261e;border-color:#b3261e;color:#fff;font-weight:700}
.l{border-color:transparent;text-decoration:underline}
.g{border-top:1px solid #0003;margin-top:12px;padding-top:4px}
:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
@media(max-width:480px){dialog{padding:16px}.a button{flex:1 1 100%}}
@media(prefers-color-scheme:dark){dialog{background:#1f1f1f;color:#eee;border-color:#f2b8b5}.n{background:#2b1d00;color:#ffe3b3;border-color:#ffb95c}.p{background:#f2b8b5;border-color:#f2b8b5;color:#410e0b}.g{border-color:#fff4}:focus-visible{outline-color:#a8c7fa}}`;

// The host only has to be rendered (a display:none host hides its top-layer content too) and
// stay out of the page's layout.
const HOST_STYLE =
  'all:initial!important;display:block!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;overflow:visible!important;visibility:visible!important;opacity:1!important;pointer-events:auto!important;z-index:2147483647!important;transform:none!important;filter:none!important;clip-path:none!important;contain:none!important';

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElementNS('http://www.w3.org/1999/xhtml', tag) as HTMLElementTagNameMap[K];
  for (const [k, v] of Object.entries(props)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function quietly(fn: () => void): void {
  try {
    fn();
  } catch {
    // Never throw into a page.
  }
}

export function mountWarning(view: WarningView, doc: Document = document): Mounted {
  const high = view.level === 'high';
  const host = el(doc, 'gift-card-guard-warning' as 'div');
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  if (!adopt(root)) root.appendChild(el(doc, 'style', {}, CSS));
  const titleId = 'gcg-title';
  const box = high
    ? el(doc, 'dialog', { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': titleId, 'aria-describedby': 'gcg-desc' })
    : el(doc, 'div', { class: 'n', role: 'alert', 'aria-labelledby': titleId, 'aria-describedby': 'gcg-desc' });
  box.appendChild(el(doc, 'h2', { id: titleId }, view.t(high ? 'scam_title_high' : 'scam_title_warn')));
  box.appendChild(el(doc, 'p', { id: 'gcg-desc' }, view.t('scam_body', view.host)));
  const list = el(doc, 'ul');
  for (const r of view.reasons.slice(0, 5)) {
    const text = view.t(r);
    if (text) list.appendChild(el(doc, 'li', {}, text));
  }
  if (list.childElementCount) box.appendChild(list);
  const actions = el(doc, 'div', { class: 'a' });
  const buttons: HTMLButtonElement[] = [];
  const button = (key: string, cls: string, act: () => void) => {
    const b = el(doc, 'button', { type: 'button', class: cls }, view.t(key));
    b.addEventListener('click', (e) => {
      if (!e.isTrusted) return; // the page cannot press our buttons
      e.stopPropagation();
      quietly(act);
    });
    actions.appendChild(b);
    buttons.push(b);
  };
  button('scam_leave', 'p', view.onLeave);
  button(high ? 'scam_continue' : 'scam_dismiss', '', view.onContinue);
  if (high && view.onTrust) button('scam_trust_site', 'l', view.onTrust);
  box.appendChild(actions);
  if (high) {
    // What to do if the code is already gone: offline text, from the locale files.
    const given = el(doc, 'div', { class: 'g' });
    given.appendChild(el(doc, 'h3', {}, view.t('scam_given_title')));
    given.appendChild(el(doc, 'p', {}, view.t('scam_given_amazon')));
    given.appendChild(el(doc, 'p', {}, view.report ? view.t('scam_given_report', view.report) : view.t('scam_given_report_generic')));
    box.appendChild(given);
  }
  root.appendChild(box);

  // Where focus was, to give it back when the shopper is done with the warning.
  const before = doc.activeElement as HTMLElement | null;

  // Keep focus inside the interstitial: Tab cycles through our buttons, focus elsewhere comes back.
  const onKey = (ev: Event) => {
    const e = ev as KeyboardEvent;
    if (e.key !== 'Tab' || !buttons.length) return;
    const i = buttons.indexOf(root.activeElement as HTMLButtonElement);
    const next = e.shiftKey ? (i <= 0 ? buttons.length - 1 : i - 1) : (i + 1) % buttons.length;
    e.preventDefault();
    buttons[next]?.focus();
  };
  const onFocusIn = (e: FocusEvent) => {
    if (e.isTrusted && e.target !== host) quietly(() => buttons[0]?.focus());
  };
  if (high) box.addEventListener('keydown', onKey);

  let alive = true;

  /** Put the interstitial (back) at the top of the top layer: the one costly repair. */
  const toTop = () => {
    if (!high) return; // the banner is a fixed element in the host, nothing to re-open
    try {
      const d = box as HTMLDialogElement;
      if (typeof d.showModal !== 'function') return;
      if (d.open) d.close();
      d.showModal();
      if (!root.activeElement) buttons[0]?.focus();
    } catch {
      // An old engine without the top layer: the fixed host still covers the page.
    }
  };

  // Escape, or a page that somehow closes the dialog: it opens again.
  box.addEventListener('close', () => {
    if (alive) queue();
  });
  box.addEventListener('cancel', (e) => e.preventDefault());

  // ---- repair, budgeted by time ------------------------------------------------------------
  let debt = 0; // ms of repair work not yet drained (see REPAIR_SHARE)
  let drained = now();
  let pending = false;
  let deferred: ReturnType<typeof setTimeout> | undefined;
  let retake = false;
  let lastTop = -Infinity;
  let lastMove = -Infinity; // when the host last had to be put back
  let mounted = false;
  let afterFrame = false; // our frame-aligned repair ran and the frame is not drawn yet
  let topTimer: ReturnType<typeof setTimeout> | undefined;

  const listen = () => {
    // document.open() drops every listener on the document and window: add ours again.
    doc.addEventListener('toggle', onToggle, true);
    doc.addEventListener('fullscreenchange', onFullscreen, true);
    if (high) doc.addEventListener('focusin', onFocusIn, true);
  };
  const unlisten = () => {
    doc.removeEventListener('toggle', onToggle, true);
    doc.removeEventListener('fullscreenchange', onFullscreen, true);
    doc.removeEventListener('focusin', onFocusIn, true);
  };

  /** Whether the interstitial is shown modal, in the top layer. */
  const onTop = () => !high || ((box as HTMLDialogElement).open && safeMatches(box, ':modal'));

  /**
   * Back into the top layer. A host put back into the page is visible at once (a fixed element at
   * the highest z-index, last in <html>); while the page keeps taking it out, it stays that, and
   * goes back into the top layer once it has stayed put for SETTLE ms. When the page opens its
   * own dialog or popover, at once, but at most every TOP_EVERY ms.
   */
  const scheduleTop = () => {
    const t = now();
    const at = Math.max(lastTop + TOP_EVERY, retake ? -Infinity : lastMove + SETTLE);
    if (t >= at) {
      lastTop = t;
      retake = false;
      toTop();
      return;
    }
    topTimer ??= setTimeout(() => {
      topTimer = undefined;
      queue(true);
    }, at - t);
  };

  let observedRoot: Element | null = null;
  const fix = () => {
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    if (host.attributes.length > 1) for (const a of Array.from(host.attributes)) if (a.name !== 'style') host.removeAttribute(a.name);
    const top = doc.documentElement;
    if (!top) return; // mid document.open(): the next mutation brings the new <html>
    if (top.hasAttribute('inert')) top.removeAttribute('inert');
    if (top.hasAttribute('hidden')) top.removeAttribute('hidden');
    // The banner stays last in <html>, above a cover put after it; the interstitial is in the top
    // layer, where order in <html> does not matter (and moving it would take it out).
    if (host.parentNode !== top || (!high && host.nextSibling)) {
      if (mounted) lastMove = now();
      top.appendChild(host);
    }
    mounted = true;
    if (observedRoot !== top) {
      observedRoot = top;
      watchRoot.disconnect();
      watchRoot.observe(top, { childList: true, attributes: true, attributeFilter: ['inert', 'hidden'] });
      watchTopLayer.disconnect();
      watchTopLayer.observe(top, { subtree: true, attributes: true, attributeFilter: ['open', 'popover'] });
      listen();
    }
    if (retake || !onTop()) scheduleTop();
  };

  const repair = () => {
    pending = false;
    if (!alive) return;
    const t0 = now();
    debt = Math.max(0, debt - (t0 - drained) * REPAIR_SHARE);
    drained = t0;
    if (debt >= REPAIR_BURST_MS) {
      // A page fighting us in a tight loop: the next repair once the bucket has drained.
      deferred ??= setTimeout(() => {
        deferred = undefined;
        queue(true);
      }, (debt - REPAIR_BURST_MS) / REPAIR_SHARE + 1);
      return;
    }
    quietly(fix);
    // Our own changes are no news: drop what the observers saw of them.
    for (const o of [watchHost, watchDoc, watchRoot]) o.takeRecords();
    debt += Math.min(now() - t0, REPAIR_CHARGE_MAX);
  };
  const queue = (at = false) => {
    if (!alive) return;
    if (at) return repair();
    if (pending) return;
    pending = true;
    // Under pressure (a page fighting us), repair once a frame, just before it is drawn: the
    // shopper sees every frame with the warning, and ten removals between two frames cost one
    // repair. A change made after that repair, in the same frame, is repaired at once.
    if (debt < REPAIR_BURST_MS / 4 || afterFrame || typeof requestAnimationFrame !== 'function') return queueMicrotask(repair);
    requestAnimationFrame(() => {
      afterFrame = true;
      setTimeout(() => (afterFrame = false), 0);
      repair();
    });
  };
  function onToggle(e: Event) {
    // Someone else's popover or dialog opened: take the top back.
    const t = e.target as Element | null;
    if (!alive || t === host || (e as Event & { newState?: string }).newState === 'closed') return;
    retake = true;
    queue();
  }
  function onFullscreen() {
    quietly(() => {
      if (alive && doc.fullscreenElement && doc.fullscreenElement !== host) void doc.exitFullscreen().catch(() => undefined);
    });
  }

  const watchHost = new MutationObserver(() => queue());
  const watchDoc = new MutationObserver(() => queue());
  // On <html>: its inert/hidden, our host taken out, and anything put after it (a cover).
  const watchRoot = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' || r.addedNodes.length || Array.prototype.indexOf.call(r.removedNodes, host) >= 0) return queue();
    }
  });
  const watchTopLayer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.target !== host && (r.target as Element).localName === 'dialog' && (r.target as Element).hasAttribute('open')) retake = true;
    }
    if (retake) queue();
  });
  watchHost.observe(host, { attributes: true });
  watchDoc.observe(doc, { childList: true });
  repair();
  if (high) buttons[0]?.focus();

  return {
    remove() {
      if (!alive) return;
      alive = false;
      clearTimeout(deferred);
      clearTimeout(topTimer);
      for (const o of [watchHost, watchDoc, watchRoot, watchTopLayer]) o.disconnect();
      unlisten();
      quietly(() => {
        if (high && (box as HTMLDialogElement).open) (box as HTMLDialogElement).close();
      });
      host.remove();
      // Focus goes back where it was (the field the shopper typed in), not to <body>.
      quietly(() => {
        if (before && before !== doc.body && before.isConnected && typeof before.focus === 'function') before.focus({ preventScroll: true });
      });
    },
  };
}

/**
 * The styles as a constructed sheet: putting a host back that holds a <style> makes Chromium
 * parse it again (about 1 ms each time, 7 times an adopted sheet's cost), which matters when a
 * page keeps taking the warning out. Where the browser will not adopt it, a <style> element.
 */
function adopt(root: ShadowRoot): boolean {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
    return root.adoptedStyleSheets.length === 1 && root.adoptedStyleSheets[0]?.cssRules.length === sheet.cssRules.length && sheet.cssRules.length > 0;
  } catch {
    return false;
  }
}

function safeMatches(e: Element, sel: string): boolean {
  try {
    return e.matches(sel);
  } catch {
    return true; // no popover support: nothing to re-show
  }
}
