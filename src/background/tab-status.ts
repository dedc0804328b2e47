// Per-tab verdicts from the content scripts, for the popup and the badge.
import { browser } from '../platform/browser';
import { registrableSite } from '../core/site';
import { tabStatusItem, type TabStatus } from '../storage/items';
import { updateBadge } from './badge';
import { senderUrl } from './scam';
import { onMessageType, type Sender } from './router';

export async function setTabStatus(tabId: number, status: TabStatus | null): Promise<void> {
  const all = { ...(await tabStatusItem.getValue()) };
  if (status) all[String(tabId)] = status;
  else delete all[String(tabId)];
  await tabStatusItem.setValue(all);
  await updateBadge(tabId).catch(() => undefined);
}

function topFrameTab(sender: Sender): number | null {
  // Only the top frame speaks for the tab, except the Buy Now overlay (a same-origin frame).
  return sender.tab?.id ?? null;
}

export function registerTabStatus(): void {
  onMessageType('checkout-verdict', async (msg, sender) => {
    const tabId = topFrameTab(sender);
    if (tabId === null) return;
    await setTabStatus(tabId, { kind: 'checkout', giftCard: msg.state, site: msg.market, detail: msg.detail });
  });
  onMessageType('scam-verdict', async (msg, sender) => {
    const tabId = topFrameTab(sender);
    const url = senderUrl(sender);
    if (tabId === null || !url) return;
    const site = registrableSite(url);
    if (msg.level === 'none') return;
    await setTabStatus(tabId, { kind: 'scam', scam: msg.level, reasons: msg.reasons.slice(0, 8), site });
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void setTabStatus(tabId, null);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void setTabStatus(tabId, null);
  });
}
