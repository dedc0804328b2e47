// Amazon, background side: the router on a product page asks for the full Amazon script (a 1-Click
// button or an inline Buy Now overlay is there); it goes into that one frame. Only for an Amazon
// page, with the tab and frame taken from `sender`, never from the message.
import { AMAZON_SCRIPT, marketplaceForHost } from '../core/marketplaces';
import { browser, injectScript } from '../platform/browser';
import { buildMessageCache, type MessageCache } from '../platform/message-cache';
import { messageCacheItem } from '../storage/items';
import { onMessageType, type Sender } from './router';

export async function loadAmazon(sender: Sender, inject = injectScript): Promise<boolean> {
  const url = sender.url ?? sender.tab?.url;
  const tabId = sender.tab?.id;
  if (!url || tabId === undefined || tabId < 0 || typeof sender.frameId !== 'number') return false;
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:') return false;
    host = u.hostname;
  } catch {
    return false;
  }
  if (!marketplaceForHost(host)) return false;
  await inject(tabId, sender.frameId, AMAZON_SCRIPT);
  return true;
}

/**
 * Keep the checkout notice's texts in storage for the Amazon script (src/platform/message-cache.ts):
 * on every start of the background, written only when they changed (an update, a new UI language).
 */
export async function refreshMessageCache(
  getMessage: (key: string, subs?: string[]) => string = (key, subs) => (browser.i18n.getMessage as unknown as (k: string, s?: string[]) => string)(key, subs),
  version: string = browser.runtime.getManifest().version,
): Promise<MessageCache | null> {
  const next = buildMessageCache(getMessage, version);
  const stored = await messageCacheItem.getValue();
  if (JSON.stringify(stored) !== JSON.stringify(next)) await messageCacheItem.setValue(next);
  return next;
}

export function registerAmazon(): void {
  onMessageType('amazon-load', (_msg, sender) => loadAmazon(sender));
  void refreshMessageCache().catch(() => undefined);
}
