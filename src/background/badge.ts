// Toolbar badge: "!" when the current tab has a not-applied checkout or a scam warning;
// otherwise the number of promotional credits expiring within 7 days (see expiringCount).
import { browser, toolbarAction } from '../platform/browser';
import { tabStatusItem, type TabStatus } from '../storage/items';

export function needsAttention(status: TabStatus | undefined): boolean {
  if (!status) return false;
  if (status.kind === 'checkout') return status.giftCard === 'not-applied';
  return status.scam === 'warn' || status.scam === 'high';
}

/** Credits expiring soon, shown when no tab needs attention. Set by the balances feature. */
let expiringCount: () => Promise<number> = async () => 0;

export function setExpiringCounter(fn: () => Promise<number>): void {
  expiringCount = fn;
}

export async function updateBadge(tabId?: number): Promise<void> {
  const action = toolbarAction();
  const count = await expiringCount();
  const global = count > 0 ? String(count) : '';
  await action.setBadgeText({ text: global });
  await action.setBadgeBackgroundColor({ color: '#8a4b00' });
  if (tabId === undefined) {
    const all = await tabStatusItem.getValue();
    await Promise.all(Object.keys(all).map((id) => updateBadge(Number(id))));
    return;
  }
  const status = (await tabStatusItem.getValue())[String(tabId)];
  if (needsAttention(status)) {
    await action.setBadgeText({ tabId, text: '!' });
    await action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
  } else {
    // Fall back to the global text.
    await action.setBadgeText({ tabId, text: global }).catch(() => undefined);
  }
}
