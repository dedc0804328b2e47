// The scan script: injected by the background into a frame only after the every-page script's
// hints (src/scam/sentinel.ts) said the page or a form may matter. It runs the precise gate,
// asks the background for the domain signals, reads and scores the page, and shows the warning.
// Also shows the claim-code warning. Never throws into the page; never stores or sends a code.
import type { ScamLevel } from '../core/types';
import { channel, ext, type ScanRequest } from './channel';
import { fieldGate, pageGate, type GateResult } from './gate';
import { isAmazonOwnedHost } from './owned';
import { reportService } from './report';
import { assessPage, type DomainInfo } from './score';
import { mountWarning, type Mounted } from './warning-ui';

export const CODE_TYPED = 'scam_reason_code_typed';

interface State {
  shown: Mounted | null;
  level: ScamLevel;
  continued: boolean;
  codeWarned: boolean;
  silenced: Promise<boolean> | null;
  /** Where to report a scam in the shopper's marketplace country (report.ts), read once. */
  report: string | null;
  /** In a child frame, the top frame shows this frame's warning: nothing shown here. */
  relayed: boolean;
  /** The domain signals, asked of the background once. */
  domain: Promise<unknown> | null;
  /** Main-thread time spent scoring this page again (ms), for the watch's budget. The first
   * score is not counted: most of it is compiling the patterns, once per page, and a page whose
   * ask comes later (a modal two seconds on) must still be looked at again. */
  spent: number;
  /** The page was scored once. */
  scored: boolean;
  watching: boolean;
}

/** After a page hinted, how long the scan keeps watching it change (ms), how often it looks
 * again at most, and how much scoring time it may spend doing so. Chats that type their ask and
 * wizards that step on by themselves are caught within a quarter of a second; a page that keeps
 * changing costs at most WATCH_BUDGET_MS. */
const WATCH_MS = 20_000;
const WATCH_GAP_MS = 250;
const WATCH_BUDGET_MS = 150;

function send(msg: unknown): Promise<unknown> {
  try {
    return ext()?.runtime.sendMessage(msg).catch(() => null) ?? Promise.resolve(null);
  } catch {
    return Promise.resolve(null);
  }
}

function underSite(host: string, site: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

/** Trusted by the shopper, or the scam guard switched off in settings. */
function isSilenced(state: State): Promise<boolean> {
  state.silenced ??= (async () => {
    try {
      const got = (await ext()?.storage.local.get(['trustedSites', 'settings'])) ?? {};
      const trusted = Array.isArray(got.trustedSites) ? (got.trustedSites as unknown[]) : [];
      const host = pageHost();
      if (trusted.some((s) => typeof s === 'string' && underSite(host, s))) return true;
      const settings = got.settings as { features?: { scam?: boolean } } | undefined;
      return settings?.features?.scam === false;
    } catch {
      return false;
    }
  })();
  return state.silenced;
}

function t(key: string, sub?: string): string {
  try {
    return ext()?.i18n.getMessage(key, sub) || '';
  } catch {
    return '';
  }
}

/**
 * The host of this frame's origin: about:blank and srcdoc frames inherit their creator's origin,
 * blob: frames their maker's; a data: or sandboxed frame has none ('').
 */
function pageHost(): string {
  try {
    const origin = location.origin;
    return /^https?:/.test(origin) ? new URL(origin).hostname.toLowerCase() : '';
  } catch {
    return '';
  }
}

/**
 * The address the score reads: this frame's own, or for an about:blank or srcdoc frame (whose
 * address says nothing, and whose origin a content script may see as "null") its creator's,
 * which such a frame's base URL is.
 */
function pageUrl(): string {
  if (/^https?:/.test(location.href)) return location.href;
  const base = document.baseURI;
  return /^https?:/.test(base) ? base : location.href;
}

function isTop(): boolean {
  try {
    return window.top === window;
  } catch {
    return false;
  }
}

function leave(): void {
  if (!isTop()) {
    // Only when the top page could not show this frame's warning: empty the frame.
    location.replace('about:blank');
    return;
  }
  const blank = () => location.replace('about:blank');
  if (history.length > 1) {
    const timer = setTimeout(blank, 2500);
    addEventListener('pagehide', () => clearTimeout(timer), { once: true });
    history.back();
  } else {
    blank();
  }
}

function proceed(state: State, fromTop = false): void {
  state.continued = true;
  channel().continued = true;
  state.shown?.remove();
  state.shown = null;
  // The tab's frames whose warnings this one showed may send their forms now.
  if (!fromTop && isTop()) void send({ type: 'scam-continued' });
}

/** From the background: a child frame's warning to show here, or "the shopper continued". */
function onRelay(state: State, msg: unknown): unknown {
  const m = msg as { type?: unknown; level?: unknown; reasons?: unknown; host?: unknown } | null;
  if (m?.type === 'scam-continued') {
    proceed(state, true);
    return undefined;
  }
  if (m?.type !== 'scam-frame-warning' || !isTop()) return undefined;
  if (m.level !== 'warn' && m.level !== 'high') return Promise.resolve(false);
  const reasons = Array.isArray(m.reasons) ? m.reasons.filter((r): r is string => typeof r === 'string' && r.startsWith('scam_reason_')) : [];
  state.continued = false;
  mount(state, m.level, reasons, pageHost(), typeof m.host === 'string' ? m.host : '');
  return Promise.resolve(true);
}

function show(state: State, level: 'warn' | 'high', reasons: string[]): void {
  if (state.shown && (state.level === 'high' || level === 'warn')) return;
  if (state.relayed && level === 'warn') return;
  if (!isTop()) {
    // A warning inside a frame would be the frame's size and easy to hide: the top page shows it.
    state.relayed = true;
    void send({ type: 'scam-relay', level, reasons }).then((shownOnTop) => {
      if (shownOnTop !== true) {
        state.relayed = false;
        mount(state, level, reasons, pageHost(), null);
      }
    });
    return;
  }
  mount(state, level, reasons, pageHost(), null);
}

function mount(state: State, level: 'warn' | 'high', reasons: string[], host: string, from: string | null): void {
  if (state.shown && (state.level === 'high' || level === 'warn')) return;
  state.shown?.remove();
  state.level = level;
  state.shown = mountWarning({
    level,
    reasons,
    host: from ?? host,
    t,
    report: state.report,
    onLeave: leave,
    onContinue: () => proceed(state),
    onTrust() {
      void send({ type: 'trust-site' });
      state.silenced = Promise.resolve(true);
      proceed(state);
    },
  });
  void send({ type: 'scam-verdict', level, reasons });
}

/** Not on Amazon's own sites (the manifest leaves out the marketplaces; this covers the rest). */
function offAmazon(): boolean {
  // By origin, so about:blank, srcdoc and blob: frames count as the page that made them.
  const origin = location.origin;
  if (origin === 'null') return true; // data: or sandboxed frame: never one of Amazon's pages
  return /^https?:/.test(origin) && !isAmazonOwnedHost(pageHost());
}

async function check(state: State, gate: () => GateResult): Promise<void> {
  if (state.shown || state.continued || !offAmazon()) return;
  const t0 = performance.now();
  const pass = gate().pass;
  state.spent += performance.now() - t0;
  if (!pass) return;
  state.domain ??= send({ type: 'domain-signals' });
  const [silenced, domain] = await Promise.all([isSilenced(state), state.domain]);
  if (silenced || state.shown || state.continued) return;
  const t1 = performance.now();
  const verdict = assessPage(document, pageUrl(), (domain as DomainInfo | null) ?? null);
  if (state.scored) state.spent += performance.now() - t1;
  state.scored = true;
  if (verdict.level !== 'none') show(state, verdict.level, verdict.reasons);
}

/**
 * Once the page hinted at gift cards: score it again when it changes, at most every
 * WATCH_GAP_MS, for WATCH_MS, within WATCH_BUDGET_MS of scoring time. Only on pages past the
 * every-page hints, so ordinary pages never pay for it.
 */
function watch(state: State): void {
  if (state.watching) return;
  state.watching = true;
  const until = Date.now() + WATCH_MS;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const observer = new MutationObserver(() => {
    try {
      if (timer) return;
      if (state.shown || state.continued || Date.now() > until || state.spent > WATCH_BUDGET_MS) {
        observer.disconnect();
        return;
      }
      timer = setTimeout(() => {
        timer = null;
        void check(state, () => pageGate(document, true)).catch(() => undefined);
      }, WATCH_GAP_MS);
    } catch {
      // Never throw into a page.
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

function codeTyped(state: State, submit: boolean): void {
  if (!offAmazon() || (state.codeWarned && !submit)) return;
  state.codeWarned = true;
  void isSilenced(state).then((silenced) => {
    if (silenced) {
      channel().continued = true;
      return;
    }
    state.continued = false;
    channel().continued = false;
    show(state, 'high', [CODE_TYPED]);
  });
}

function handle(state: State, req: ScanRequest): void {
  try {
    if (req.kind === 'code') codeTyped(state, !!req.submit);
    else if (req.kind === 'page') {
      // Read an open dialog too: the every-page script asks again when the page changed, and what
      // it found may be only in a modal (the first look on load reads no dialog of its own).
      void check(state, () => pageGate(document, true)).catch(() => undefined);
      watch(state);
    }
    else void check(state, () => fieldGate(req.scope)).catch(() => undefined);
  } catch {
    // Never throw into a page.
  }
}

export function runScan(): void {
  try {
    const c = channel();
    if (c.scan) return;
    const state: State = { shown: null, level: 'none', continued: false, codeWarned: false, silenced: null, report: null, relayed: false, domain: null, spent: 0, scored: false, watching: false };
    c.scan = (req) => handle(state, req);
    const api = ext();
    api?.runtime.onMessage?.addListener((msg, sender) => {
      try {
        return sender?.id === api.runtime.id ? onRelay(state, msg) : undefined;
      } catch {
        return undefined;
      }
    });
    void api?.storage.local
      .get(['balances'])
      .then((got) => {
        state.report = reportService(got.balances, api.i18n.getUILanguage?.() ?? navigator.language);
      })
      .catch(() => undefined);
    for (const req of c.queue.splice(0)) handle(state, req);
  } catch {
    // Never throw into a page.
  }
}
