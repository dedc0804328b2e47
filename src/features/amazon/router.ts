// The Amazon router: the only Amazon script on pages outside checkout, balance, redeem and
// 1-Click settings (those get the full script from the manifest, by path). It must stay tiny: no
// Preact, no polyfill, no page reading beyond a couple of id lookups. On product pages it watches
// only for the two things the full script has work for: a "Buy now with 1-Click" button (the
// reserve warning) and a Buy Now overlay drawn inline in the page (the overlay's own frame gets
// the full script from the manifest). Then it asks the background to load the full script into
// this frame. Never throws into the page.
import { BUY_NOW, CHEAP_IDS, INLINE_OVERLAY, ONE_CLICK } from '../../sites/amazon/selectors';

/** The buy box draws late on some pages: one more look, still inside the first seconds. */
const SECOND_LOOK_MS = 1500;
const OVERLAY_WAIT_MS = [400, 1200];

export const LOAD_MESSAGE = { type: 'amazon-load' } as const;

interface Runtime {
  id?: string;
  sendMessage(msg: unknown): Promise<unknown>;
}

/** The extension API only as the global's own property (a page element named `chrome` is not it). */
function runtime(): Runtime | null {
  for (const name of ['browser', 'chrome'] as const) {
    const d = Object.getOwnPropertyDescriptor(globalThis, name);
    // A value in Chrome; a getter in Firefox's content-script sandbox.
    const api = (d && ('value' in d ? d.value : d.get?.call(globalThis))) as { runtime?: Runtime } | undefined;
    const rt = api?.runtime;
    if (rt && rt.id && typeof rt.sendMessage === 'function') return rt;
  }
  return null;
}

export function runRouter(doc: Document = document, send: (msg: unknown) => void = defaultSend): void {
  try {
    doc.documentElement.dataset.giftCardGuard = 'amazon';
    let asked = false;
    const load = () => {
      if (asked) return;
      asked = true;
      send(LOAD_MESSAGE);
    };
    // On load and once more: id lookups only (a selector that walks a 7,000-element product page
    // would cost more than the whole one-line floor). Then the precise selectors, on the few pages
    // one of the ids is on.
    const cheap = () => CHEAP_IDS.some((id) => doc.getElementById(id) !== null);
    const look = () => {
      if (!asked && (doc.querySelector(ONE_CLICK) || doc.querySelector(INLINE_OVERLAY))) load();
    };
    const glance = () => {
      if (!asked && cheap()) look();
    };
    glance();
    if (asked) return;
    setTimeout(glance, SECOND_LOOK_MS);
    // Buy Now: the overlay may be drawn into this page rather than its own frame, with other ids.
    const onClick = (e: Event) => {
      const t = e.target as Element | null;
      if (asked || !t || typeof t.closest !== 'function' || !t.closest(BUY_NOW)) return;
      for (const ms of OVERLAY_WAIT_MS) setTimeout(look, ms);
    };
    doc.addEventListener('click', onClick, { capture: true, passive: true });
  } catch {
    // Say nothing rather than break the page.
  }
}

function defaultSend(msg: unknown): void {
  try {
    void runtime()?.sendMessage(msg).catch(() => undefined);
  } catch {
    // Extension reloaded or gone.
  }
}
