// Scam guard, background side: domain signals for the every-page script (from sender.url,
// never from the message), "trust this site" from the interstitial's own click, and the local
// log of warnings (site only: never a URL, never page text, never a code).
import { registrableSite } from '../core/site';
import { injectScript } from '../platform/browser';
import { SCAN_SCRIPT } from '../scam/channel';
import type { MessageOf } from '../core/messages';
import { domainSignals, type DomainSignals } from '../scam/domain';
import { trustedSitesItem, warningLogItem, WARNING_LOG_LIMIT, type WarningLogEntry } from '../storage/items';
import { onMessageType, type Sender } from './router';

const REASON_KEY = /^scam_reason_[a-z_]+$/;

function senderUrl(sender: Sender): string | null {
  const url = sender.url ?? sender.tab?.url;
  return url && /^https?:/.test(url) ? url : null;
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
export async function loadScan(sender: Sender, inject = injectScript): Promise<boolean> {
  const url = senderUrl(sender);
  const tabId = sender.tab?.id;
  if (!url || tabId === undefined || tabId < 0 || typeof sender.frameId !== 'number') return false;
  if (domainSignals(url).owned) return false;
  await inject(tabId, sender.frameId, SCAN_SCRIPT);
  return true;
}

export function registerScam(): void {
  onMessageType('scam-load', (_msg, sender) => loadScan(sender));
  onMessageType('domain-signals', (_msg, sender) => signalsForSender(sender));
  onMessageType('trust-site', (_msg, sender) => trustSender(sender));
  onMessageType('scam-verdict', async (msg, sender) => {
    await logVerdict(msg, sender);
    return undefined;
  });
}
