// The every-page script (all frames, not on Amazon). Keep it tiny: no Preact, no tldts, no polyfill.
// 1. The claim-code guard: a code-shaped string typed or pasted into any field → warn at once.
// 2. The cheap gate; only past it: read more, ask the background for domain signals, score.
// 3. Re-check a few times when fields or headings appear later.
// Never throws into the page. The code itself is never stored or sent anywhere.
import type { ScamLevel } from '../core/types';
import { hasClaimCode } from './claim-code';
import { isAmazonOwnedHost } from './owned';
import { gate } from './page';
import { assessPage, type DomainInfo } from './score';
import { mountWarning, type Mounted } from './warning-ui';

interface Ext {
  runtime: { id?: string; sendMessage(msg: unknown): Promise<unknown> };
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } };
  i18n: { getMessage(key: string, sub?: string | string[]): string };
}

/** Firefox's promise-based `browser`, else Chrome's `chrome` (promise-based in MV3). */
function ext(): Ext | null {
  const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
  if (g.browser?.runtime?.id) return g.browser;
  if (g.chrome?.runtime?.id) return g.chrome;
  return null;
}

const RECHECK_DELAY = 500;
const MAX_RECHECKS = 5;

export const CODE_TYPED = 'scam_reason_code_typed';

interface State {
  shown: Mounted | null;
  level: ScamLevel;
  continued: boolean;
  codeWarned: boolean;
  silenced: Promise<boolean> | null;
}

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
      const host = location.hostname.toLowerCase();
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

function leave(): void {
  const blank = () => location.replace('about:blank');
  if (history.length > 1) {
    const timer = setTimeout(blank, 2500);
    addEventListener('pagehide', () => clearTimeout(timer), { once: true });
    history.back();
  } else {
    blank();
  }
}

function show(state: State, level: 'warn' | 'high', reasons: string[]): void {
  if (state.shown && (state.level === 'high' || level === 'warn')) return;
  state.shown?.remove();
  state.level = level;
  state.shown = mountWarning({
    level,
    reasons,
    host: location.hostname,
    t,
    onLeave: leave,
    onContinue() {
      state.continued = true;
      state.shown?.remove();
      state.shown = null;
    },
    onTrust() {
      void send({ type: 'trust-site' });
      state.continued = true;
      state.silenced = Promise.resolve(true);
      state.shown?.remove();
      state.shown = null;
    },
  });
  void send({ type: 'scam-verdict', level, reasons });
}

async function check(state: State): Promise<void> {
  if (state.shown || state.continued) return;
  if (!gate(document).pass) return;
  const [silenced, domain] = await Promise.all([isSilenced(state), send({ type: 'domain-signals' })]);
  if (silenced) return;
  const verdict = assessPage(document, location.href, (domain as DomainInfo | null) ?? null);
  if (verdict.level !== 'none') show(state, verdict.level, verdict.reasons);
}

type Field = HTMLInputElement | HTMLTextAreaElement;

function fieldText(target: EventTarget | null): { text: string; password: boolean } | null {
  const el = target as Element | null;
  if (!el || el.nodeType !== 1) return null;
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') {
    const f = el as Field;
    return { text: f.value ?? '', password: (f.getAttribute('type') ?? '').toLowerCase() === 'password' };
  }
  // An attribute check, not isContentEditable: that one forces a style recalculation.
  const editable = el.closest('[contenteditable]:not([contenteditable="false"])');
  return editable ? { text: (editable.textContent ?? '').slice(-5000), password: false } : null;
}

function codeTyped(state: State): void {
  if (state.codeWarned) return;
  state.codeWarned = true;
  void isSilenced(state).then((silenced) => {
    if (silenced) return;
    state.continued = false;
    show(state, 'high', [CODE_TYPED]);
  });
}

function onFieldValue(state: State, got: { text: string; password: boolean } | null): void {
  if (got && hasClaimCode(got.text, got.password)) codeTyped(state);
}

function guardCodes(state: State): void {
  const onInput = (e: Event) => {
    try {
      if (!e.isTrusted) return;
      onFieldValue(state, fieldText(e.composedPath?.()[0] ?? e.target));
    } catch {
      // Never break the page's own typing.
    }
  };
  document.addEventListener('input', onInput, true);
  // Before a form with a code in it can be sent: hold the submit and warn.
  document.addEventListener(
    'submit',
    (e) => {
      try {
        const form = e.target as HTMLFormElement;
        if (state.continued || !form?.querySelectorAll) return;
        const fields = form.querySelectorAll('input, textarea');
        for (let i = 0; i < fields.length; i++) {
          const f = fields[i] as Field;
          if (hasClaimCode(f.value ?? '', (f.getAttribute('type') ?? '') === 'password')) {
            e.preventDefault();
            e.stopImmediatePropagation();
            state.codeWarned = false;
            codeTyped(state);
            return;
          }
        }
      } catch {
        // Never break the page.
      }
    },
    true,
  );
  // Typed before this script arrived (it starts at document_idle): the next keystroke or the
  // submit check catches it. (No document.activeElement here: on big pages it costs milliseconds.)
  // Look up trust early, while the shopper is still on the field, so the warning comes at once.
  document.addEventListener('focusin', () => void isSilenced(state), { capture: true, once: true });
}

/** Re-run the check when fields or headings appear later (single-page scam flows). Bounded. */
function watch(state: State): void {
  if (!document.body) return;
  let runs = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    if (state.shown || state.continued || timer) return;
    let relevant = false;
    for (const r of records) {
      for (let i = 0; i < r.addedNodes.length && !relevant; i++) {
        const n = r.addedNodes[i] as Element;
        if (n.nodeType !== 1) continue;
        relevant = /^(?:INPUT|TEXTAREA|H1|H2|FORM)$/.test(n.tagName) || !!n.querySelector?.('input, textarea, h1, h2');
      }
      if (relevant) break;
    }
    if (!relevant) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (++runs >= MAX_RECHECKS) observer.disconnect();
      void check(state).catch(() => undefined);
    }, RECHECK_DELAY);
  });
  observer.observe(document.body, { childList: true, subtree: true });
}

export function runSentinel(): void {
  try {
    if (!/^https?:$/.test(location.protocol) || isAmazonOwnedHost(location.hostname)) return;
    const state: State = { shown: null, level: 'none', continued: false, codeWarned: false, silenced: null };
    guardCodes(state);
    void check(state).catch(() => undefined);
    watch(state);
  } catch {
    // Never throw into a page.
  }
}
