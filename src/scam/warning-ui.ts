// The scam guard's warnings in plain DOM (no Preact: this ships in the scan script, injected into pages).
// A closed shadow root on a host the page cannot keep away: removed → put back, restyled →
// style restored. Buttons act on trusted clicks only.

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
}

export interface Mounted {
  remove(): void;
}

const CSS = `*{box-sizing:border-box;font:15px/1.5 system-ui,sans-serif;color:inherit}
.o{position:fixed;inset:0;background:#300c;display:flex;align-items:center;justify-content:center;padding:16px}
.b{background:#fff;color:#1b1b1b;max-width:560px;width:100%;border-radius:12px;border-top:8px solid #b3261e;padding:24px;box-shadow:0 8px 40px #000a;max-height:100vh;overflow:auto}
.n{position:fixed;top:0;left:0;right:0;background:#fff4e5;color:#3b2300;border-bottom:4px solid #8a4b00;padding:12px 16px}
h2{margin:0 0 12px;font-size:20px;font-weight:700}
p,ul{margin:0 0 12px}
button{padding:8px 14px;margin:4px 8px 0 0;border-radius:8px;cursor:pointer;border:2px solid;background:none}
.p{background:#b3261e;border-color:#b3261e;color:#fff;font-weight:700}
.l{border:0;text-decoration:underline}
:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
@media(prefers-color-scheme:dark){.b{background:#1f1f1f;color:#eee;border-color:#f2b8b5}.n{background:#2b1d00;color:#ffe3b3}.p{background:#f2b8b5;border-color:#f2b8b5;color:#410e0b}:focus-visible{outline-color:#a8c7fa}}`;

const KEEP = 'z-index:2147483647!important;display:block!important;visibility:visible!important;opacity:1!important;pointer-events:auto!important';
const HOST_STYLE = {
  high: `all:initial!important;position:fixed!important;inset:0!important;${KEEP}`,
  warn: `all:initial!important;position:fixed!important;top:0!important;left:0!important;right:0!important;${KEEP}`,
};

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(props)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

export function mountWarning(view: WarningView, doc: Document = document): Mounted {
  const host = doc.createElement('gift-card-guard-warning');
  const style = HOST_STYLE[view.level];
  host.setAttribute('style', style);
  const root = host.attachShadow({ mode: 'closed' });
  root.appendChild(el(doc, 'style', {}, CSS));
  const high = view.level === 'high';
  const id = 'gcg-title';
  const box = el(doc, 'div', {
    class: high ? 'b' : 'n',
    role: high ? 'alertdialog' : 'alert',
    'aria-modal': high ? 'true' : 'false',
    'aria-labelledby': id,
    'aria-describedby': 'gcg-desc',
    tabindex: '-1',
  });
  box.appendChild(el(doc, 'h2', { id }, view.t(high ? 'scam_title_high' : 'scam_title_warn')));
  const desc = el(doc, 'p', { id: 'gcg-desc' }, view.t('scam_body', view.host));
  box.appendChild(desc);
  const list = el(doc, 'ul');
  for (const r of view.reasons.slice(0, 5)) {
    const text = view.t(r);
    if (text) list.appendChild(el(doc, 'li', {}, text));
  }
  if (list.childElementCount) box.appendChild(list);
  const actions = el(doc, 'div');
  const buttons: HTMLButtonElement[] = [];
  const button = (key: string, cls: string, act: () => void) => {
    const b = el(doc, 'button', { type: 'button', class: cls }, view.t(key));
    b.addEventListener('click', (e) => {
      if (!e.isTrusted) return; // the page cannot press our buttons
      e.stopPropagation();
      act();
    });
    actions.appendChild(b);
    buttons.push(b);
  };
  button('scam_leave', 'p', view.onLeave);
  button(high ? 'scam_continue' : 'scam_dismiss', '', view.onContinue);
  if (high && view.onTrust) button('scam_trust_site', 'l', view.onTrust);
  box.appendChild(actions);
  if (high) {
    const overlay = el(doc, 'div', { class: 'o' });
    overlay.appendChild(box);
    root.appendChild(overlay);
  } else {
    root.appendChild(box);
  }

  // Keep focus inside the interstitial: Tab cycles through our buttons, focus elsewhere comes back.
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || !buttons.length) return;
    const i = buttons.indexOf(root.activeElement as HTMLButtonElement);
    const next = e.shiftKey ? (i <= 0 ? buttons.length - 1 : i - 1) : (i + 1) % buttons.length;
    e.preventDefault();
    buttons[next]?.focus();
  };
  const onFocusIn = (e: FocusEvent) => {
    if (e.target !== host) box.focus();
  };
  if (high) {
    box.addEventListener('keydown', onKey);
    doc.addEventListener('focusin', onFocusIn, true);
  }

  // Put it back when the page removes or restyles it.
  let alive = true;
  let repairs = 0;
  let windowStart = Date.now();
  const parent = (): Element => doc.documentElement;
  const repair = () => {
    if (!alive) return;
    const now = Date.now();
    if (now - windowStart > 1000) {
      windowStart = now;
      repairs = 0;
    }
    if (++repairs > 20) {
      // A page fighting us in a tight loop: try again in a second instead of spinning.
      setTimeout(repair, 1000);
      return;
    }
    if (host.getAttribute('style') !== style) host.setAttribute('style', style);
    for (const a of ['hidden', 'class', 'inert']) if (host.hasAttribute(a)) host.removeAttribute(a);
    if (host.parentNode !== parent()) parent().appendChild(host);
  };
  const watchParent = new MutationObserver(repair);
  const watchHost = new MutationObserver(repair);
  parent().appendChild(host);
  watchParent.observe(parent(), { childList: true });
  watchHost.observe(host, { attributes: true });
  if (high) box.focus();

  return {
    remove() {
      alive = false;
      watchParent.disconnect();
      watchHost.disconnect();
      doc.removeEventListener('focusin', onFocusIn, true);
      host.remove();
    },
  };
}
