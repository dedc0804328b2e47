// Checkout and 1-Click audit: reads whether the gift-card balance is applied, shows a warning or a
// quiet status line beside the payment section, tells the background, and answers the popup's
// request for a diagnostic report. Never clicks Amazon's controls; never throws into the page.
import { formatMoney, type Money } from '../../core/money';
import { isTabMessage, type DiagnosticReply, type Message } from '../../core/messages';
import type { GiftCardState } from '../../core/types';
import { getMessage, onMessage, runtimeId, sendMessage } from '../../platform/content';
import { buildDiagnosticReport } from '../../sites/amazon/diagnostics';
import { isPaymentPage, recognizePage, type PageInfo } from '../../sites/amazon/pages';
import { readPaymentState, type PaymentReading } from '../../sites/amazon/payment';
import { readAccountName } from '../../sites/amazon/balance-pages';
import { SEL } from '../../sites/amazon/selectors';
import { knownBalance } from '../../storage/balance-query';
import { createNoticeHost, HOST_TAG, type NoticeHost } from '../../ui/checkout/mount';
import type { NoticeView } from '../../ui/checkout/Notice';
import type { PageContext } from '../../platform/context';
import type { AmazonFeature } from './feature';
import { addDismissed, loadBalances, loadStore, type AmazonStore } from './store';
import { sharePaymentSide } from './payment-side';

/** Re-read this long after the last change: well inside the 100 ms the shopper should wait. */
export const DEBOUNCE_MS = 25;

function t(key: string, subs?: string | string[]): string {
  return getMessage(key, subs);
}

/** The notice for a reading (pure, for tests and the live page). */
export function viewFor(reading: PaymentReading, info: PageInfo, dismissed: boolean): NoticeView {
  const locale = info.market?.locale ?? 'en-US';
  const fmt = (m: Money | null) => (m ? formatMoney(m, locale) : null);
  if (reading.state === 'applied') {
    const amount = fmt(reading.applied ?? reading.pageBalance);
    return { kind: 'status', text: amount ? t('checkout_applied', [amount]) : t('checkout_applied_plain') };
  }
  if (reading.state === 'unknown') {
    // The page cannot be read: say nothing, unless a balance was tracked here; then say what we know.
    const tracked = fmt(reading.tracked);
    return tracked && !dismissed ? { kind: 'hint', brand: t('extName'), text: t('checkout_unknown_known', [tracked]) } : { kind: 'none' };
  }
  if (reading.state !== 'not-applied' || dismissed) return { kind: 'none' };
  const balance = fmt(reading.balance);
  const charge = fmt(reading.cardCharge);
  const lines: string[] = [];
  let title = t('checkout_not_applied_title');
  if (info.step === 'overlay') {
    title = t('checkout_overlay_title');
    if (balance) lines.push(t('checkout_overlay_known', [balance]));
  } else {
    lines.push(balance ? t('checkout_unused', [balance]) : t('checkout_unused_some'));
  }
  if (charge) lines.push(t('checkout_card_charge', [charge]));
  const showLabel = reading.focusTarget
    ? reading.control
      ? t('checkout_show_control')
      : t('checkout_show_payment')
    : null;
  return { kind: 'alert', title, lines, showLabel, dismissLabel: t('checkout_dismiss') };
}

function verdictDetail(reading: PaymentReading, info: PageInfo): string | undefined {
  const locale = info.market?.locale ?? 'en-US';
  const m = reading.state === 'applied' ? (reading.applied ?? reading.pageBalance) : reading.state === 'not-applied' ? reading.balance : null;
  return m ? formatMoney(m, locale) : undefined;
}

async function send(msg: Message): Promise<void> {
  try {
    await sendMessage(msg);
  } catch {
    // The background may be asleep or the extension reloaded: the page must not notice.
  }
}

/** Where the notice goes: before the balance section, at the top of the overlay, or before the review summary. */
function anchorFor(doc: Document, reading: PaymentReading): { el: Element; inside: boolean } | null {
  const overlay = doc.querySelector(SEL.turboPanel);
  if (overlay) return { el: overlay, inside: true };
  const el = reading.section ?? doc.querySelector(SEL.paymentPanel);
  if (el) return { el, inside: false };
  // A page we cannot read: the top of the checkout's main column, else of the page.
  const main = doc.querySelector('#checkout-experience-left-column, #checkout-experience-container, #a-page') ?? doc.body;
  return main ? { el: main, inside: true } : null;
}

export interface AuditHandle {
  /** Re-read the page now (tests; the live page re-reads on its own). */
  refresh(): void;
  reading(): PaymentReading;
  host(): NoticeHost | null;
  /** A balance tracked in another tab just now (e.g. the shopper redeemed a card). */
  setKnown(money: Money | null): void;
  stop(): void;
}

export interface AuditDeps {
  known: Money | null;
  dismissed: boolean;
  dismiss(purchaseId: string | null): void;
}

/** The audit on one payment document. Exported for the unit tests. */
export function startAudit(ctx: PageContext, doc: Document, info: PageInfo, deps: AuditDeps): AuditHandle {
  let host: NoticeHost | null = null;
  let dismissed = deps.dismissed;
  let lastState: GiftCardState | null = null;
  let lastKey = '';
  let known = deps.known;
  let reading = readPaymentState(doc, info, known);
  let timer: ReturnType<typeof setTimeout> | undefined;

  const onShow = () => {
    const target = reading.focusTarget;
    if (!target || !target.isConnected) return;
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    target.focus({ preventScroll: true });
  };
  const onDismiss = () => {
    dismissed = true;
    deps.dismiss(info.purchaseId);
    render();
  };

  const render = () => {
    const view = viewFor(reading, info, dismissed);
    const key = JSON.stringify(view);
    if (view.kind === 'none') {
      if (host) host.update({ view, onShow, onDismiss });
    } else {
      const anchor = anchorFor(doc, reading);
      if (anchor) {
        host ??= createNoticeHost(doc);
        host.place(anchor.el, anchor.inside);
        if (key !== lastKey) host.update({ view, onShow, onDismiss });
      }
    }
    lastKey = key;
    if (reading.state !== lastState && info.market) {
      lastState = reading.state;
      void send({ type: 'checkout-verdict', state: reading.state, market: info.market.domain, detail: verdictDetail(reading, info) });
    }
  };

  const refresh = () => {
    try {
      reading = readPaymentState(doc, info, known);
      render();
    } catch {
      // Say nothing rather than break the page.
    }
  };
  let stopped = false;
  const schedule = () => {
    if (stopped) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (ctx.isValid) refresh();
    }, DEBOUNCE_MS);
  };

  // Amazon re-renders the payment widget after a change; our own host moving is not a change.
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const target = r.target as Element;
      if (target.nodeName === HOST_TAG.toUpperCase()) continue;
      const ours = Array.from(r.addedNodes).concat(Array.from(r.removedNodes)).every((n) => n.nodeName === HOST_TAG.toUpperCase());
      if (r.type === 'childList' && ours) continue;
      schedule();
      return;
    }
  });
  observer.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['checked', 'class', 'aria-checked', 'hidden', 'disabled'],
  });
  // Ticking a box changes a property, not the DOM: listen for the change itself (reading is harmless,
  // so untrusted events may trigger a re-read but never an action).
  const onChange = () => schedule();
  ctx.addEventListener(doc, 'change', onChange, { capture: true });
  ctx.addEventListener(doc, 'input', onChange, { capture: true });

  const stop = () => {
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    host?.remove();
    host = null;
  };
  ctx.onInvalidated(stop);
  ctx.addEventListener(window, 'pagehide', () => observer.disconnect());

  render();
  const setKnown = (money: Money | null) => {
    known = money;
    refresh();
  };
  return { refresh, reading: () => reading, host: () => host, setKnown, stop };
}

async function runCheckoutAudit(ctx: PageContext, info: PageInfo, read?: AmazonStore): Promise<void> {
  const store = read ?? (await loadStore());
  const account = info.market ? readAccountName(document, info.market.language) : null;
  const known = info.market ? knownBalance(store.balances, info.market.domain, account) : null;
  const dismissed = info.purchaseId !== null && store.dismissed.includes(info.purchaseId);
  const handle = startAudit(ctx, document, info, {
    known,
    dismissed,
    dismiss(purchaseId) {
      if (!purchaseId) return;
      void addDismissed(purchaseId).catch(() => undefined);
    },
  });
  current = { info, handle };
  if (info.market) {
    // A balance tracked in another tab (the shopper redeemed a card there): read again when this tab
    // comes back into view. Cheaper than a storage listener on every checkout page (measured).
    const domain = info.market.domain;
    let last = JSON.stringify(known);
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (document.visibilityState !== 'visible') return;
      void loadBalances()
        .then((next) => {
          const now = knownBalance(next ?? {}, domain, account);
          if (JSON.stringify(now) === last) return;
          last = JSON.stringify(now);
          handle.setKnown(now);
        })
        .catch(() => undefined);
    });
  }
}

/** The audit running in this frame, for the diagnostics listener and the balance tracker. */
let current: { info: PageInfo; handle: AuditHandle } | null = null;

/** This frame's latest checkout reading, when the audit runs here (the balance tracker reuses it). */
export function currentReading(): PaymentReading | null {
  return current?.handle.reading() ?? null;
}

sharePaymentSide({ current: currentReading, read: readPaymentState });

/** The report this frame can give: only on a checkout page whose verdict is unknown. */
export function diagnosticFor(doc: Document, url: string, reading: PaymentReading | null, info?: PageInfo): string | null {
  const page = info ?? recognizePage(doc, url);
  if (!page.market || !isPaymentPage(page.page)) return null;
  const r = reading ?? readPaymentState(doc, page, null);
  return r.state === 'unknown' ? buildDiagnosticReport(doc, url, page, r) : null;
}

function frameReport(): DiagnosticReply | null {
  if (current) {
    const report = diagnosticFor(document, location.href, current.handle.reading(), current.info);
    if (report) return { report };
  }
  // The top frame also speaks for the Buy Now overlay, a same-origin frame.
  const frame = document.querySelector<HTMLIFrameElement>('iframe#turbo-checkout-iframe');
  const inner = frame?.contentDocument;
  if (inner && frame?.contentWindow) {
    const report = diagnosticFor(inner, frame.contentWindow.location.href, null);
    if (report) return { report };
  }
  return null;
}

function listenForDiagnostics(ctx: PageContext): void {
  // The top frame always answers (a report or null); a frame inside it (the Buy Now overlay, whose
  // product page has only the router) answers only when it has a report.
  const top = window.top === window;
  const listener = (msg: unknown, sender: { id?: string }) => {
    if (!isTabMessage(msg) || sender.id !== runtimeId()) return undefined;
    try {
      const report = frameReport();
      return report || top ? Promise.resolve(report) : undefined;
    } catch {
      return top ? Promise.resolve(null) : undefined;
    }
  };
  ctx.onInvalidated(onMessage(listener));
}

function runOneClickHint(ctx: PageContext): void {
  const anchor = document.querySelector(SEL.oneClickHeader);
  if (!anchor?.parentElement) return;
  const host = createNoticeHost(document);
  const next = anchor.nextElementSibling;
  if (next) host.place(next);
  else anchor.parentElement.append(host.host);
  host.update({
    view: { kind: 'hint', brand: t('extName'), text: t('checkout_one_click_hint') },
    onShow: () => undefined,
    onDismiss: () => undefined,
  });
  ctx.onInvalidated(() => host.remove());
}

export const checkoutFeatures: AmazonFeature[] = [
  {
    id: 'checkout-audit',
    setting: 'checkout',
    include: (info) => isPaymentPage(info.page),
    run: (ctx, info, _settings, store) => runCheckoutAudit(ctx, info, store),
  },
  {
    id: 'one-click-hint',
    setting: 'checkout',
    include: (info) => info.page === 'one-click-settings',
    run: (ctx) => runOneClickHint(ctx),
  },
  {
    id: 'checkout-diagnostics',
    setting: 'checkout',
    include: () => true,
    run: (ctx) => listenForDiagnostics(ctx),
  },
];
