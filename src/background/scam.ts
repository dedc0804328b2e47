// Scam guard, background side: domain signals for the every-page script (from sender.url,
// never from the message), "trust this site" from the interstitial's own click, and the local
// log of warnings (site only: never a URL, never page text, never a code).
import { registrableSite } from '../core/site';
import { injectScript, sendToTab } from '../platform/browser';
import { SCAN_SCRIPT } from '../scam/channel';
import type { MessageOf } from '../core/messages';
import { domainSignals, type DomainSignals } from '../scam/domain';
import { trustedSitesItem, warningLogItem, WARNING_LOG_LIMIT, type WarningLogEntry } from '../storage/items';
import { onMessageType, type Sender } from './router';

const REASON_KEY = /^scam_reason_[a-z_]+$/;

const HTTP = /^https?:/;

/**
 * The http(s) address a message speaks for. A frame at about:blank or about:srcdoc has its
 * creator's origin (Chrome reports it as sender.origin); a blob: URL carries its maker's origin;
 * a data: frame, or Firefox's about:blank frames (no sender.origin), fall back to the tab's page.
 */
export function senderUrl(sender: Sender): string | null {
  const url = sender.url ?? sender.tab?.url;
  if (url && HTTP.test(url)) return url;
  if (url?.startsWith('blob:')) {
    try {
      const inner = new URL(url.slice(5));
      if (HTTP.test(inner.protocol)) return `${inner.origin}/`;
    } catch {
      // not a URL inside
    }
  }
  const origin = (sender as Sender & { origin?: string }).origin;
  if (origin && HTTP.test(origin)) return `${origin}/`;
  const tabUrl = sender.tab?.url;
  return tabUrl && HTTP.test(tabUrl) ? tabUrl : null;
}

export async function logWarning(entry: WarningLogEntry): Promise<void> {
  const log = await warningLogItem.getValue();
  const last = log[log.length - 1];
  // The same warning again within a minute (reloads, frames) is one entry.
  if (last && last.site === entry.site && last.level === entry.level && entry.t - last.t < 60_000) return;
  await warningLogItem.setValue([...log, entry].slice(-WARNING_LOG_LIMIT));
}

export async function trustSite(site: string): Promise<void> {
  const list = await trustedSitesItem.getValue();
  if (!list.includes(site)) await trustedSitesItem.setValue([...list, site]);
}

/** Domain signals for the page that asks, taken from the sender's URL. */
export function signalsForSender(sender: Sender): DomainSignals | null {
  const url = senderUrl(sender);
  return url ? domainSignals(url) : null;
}

/** "Trust this site" from the interstitial: the site is the sender's registrable domain. */
export async function trustSender(sender: Sender): Promise<boolean> {
  const url = senderUrl(sender);
  if (!url) return false;
  const site = registrableSite(url);
  if (!site || domainSignals(url).owned) return false;
  await trustSite(site);
  return true;
}

/** A warning shown on a page goes into the local log: site, level and reason keys only. */
export async function logVerdict(msg: MessageOf<'scam-verdict'>, sender: Sender): Promise<void> {
  const url = senderUrl(sender);
  if (!url || (msg.level !== 'warn' && msg.level !== 'high')) return;
  const reasons = Array.isArray(msg.reasons) ? msg.reasons.filter((r) => typeof r === 'string' && REASON_KEY.test(r)).slice(0, 8) : [];
  await logWarning({ t: Date.now(), site: registrableSite(url), level: msg.level, reasons });
}

/**
 * Past the every-page script's hints: load the scan script into the frame that asked. Only for
 * a content script's own frame on an http(s) page that is not Amazon's; the tab and frame come
 * from `sender`, never from the message.
 */
export async function loadScan(sender: Sender, inject = injectScript): Promise<boolean | 'unreachable'> {
  const url = senderUrl(sender);
  const tabId = sender.tab?.id;
  if (!url || tabId === undefined || tabId < 0 || typeof sender.frameId !== 'number') return false;
  if (domainSignals(url).owned) return false;
  try {
    await inject(tabId, sender.frameId, SCAN_SCRIPT);
  } catch {
    // Firefox's tabs.executeScript cannot reach a data: or blob: frame (its content scripts do
    // run there): the frame's every-page script then relays a typed code to the top page.
    return 'unreachable';
  }
  return true;
}

/**
 * A child frame's warning, shown by the top page of its tab (a warning the size of a small frame
 * is easy to miss or to cover). The scan script is loaded into the top frame first. False when
 * the top page cannot show it (Amazon's own page, not http(s)): the frame shows its own.
 */
export async function relayToTop(msg: MessageOf<'scam-relay'>, sender: Sender, inject = injectScript, sendTo = sendToTab): Promise<boolean> {
  const tabId = sender.tab?.id;
  const frameUrl = senderUrl(sender);
  const topUrl = sender.tab?.url;
  if (tabId === undefined || tabId < 0 || !sender.frameId || !frameUrl || !topUrl || !HTTP.test(topUrl)) return false;
  if (msg.level !== 'warn' && msg.level !== 'high') return false;
  if (domainSignals(topUrl).owned) return false;
  const reasons = Array.isArray(msg.reasons) ? msg.reasons.filter((r) => typeof r === 'string' && REASON_KEY.test(r)).slice(0, 8) : [];
  await inject(tabId, 0, SCAN_SCRIPT);
  const shown = await sendTo(tabId, { type: 'scam-frame-warning', level: msg.level, reasons, host: new URL(frameUrl).hostname }, 0);
  return shown === true;
}

/** The shopper continued past the top page's warning: the tab's frames may send their forms. */
export async function continuedOnTop(sender: Sender, sendTo = sendToTab): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || sender.frameId !== 0) return;
  await sendTo(tabId, { type: 'scam-continued' });
}

export function registerScam(): void {
  onMessageType('scam-relay', (msg, sender) => relayToTop(msg, sender).catch(() => false));
  onMessageType('scam-code', (_msg, sender) =>
    relayToTop({ type: 'scam-relay', level: 'high', reasons: ['scam_reason_code_typed'] }, sender).catch(() => false),
  );
  onMessageType('scam-continued', async (_msg, sender) => {
    await continuedOnTop(sender).catch(() => undefined);
    return undefined;
  });
  onMessageType('scam-load', (_msg, sender) => loadScan(sender));
  onMessageType('domain-signals', (_msg, sender) => signalsForSender(sender));
  onMessageType('trust-site', (_msg, sender) => trustSender(sender));
  onMessageType('scam-verdict', async (msg, sender) => {
    await logVerdict(msg, sender);
    return undefined;
  });
}
