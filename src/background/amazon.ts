// Amazon, background side: the router on a product page asks for the full Amazon script (a 1-Click
// button or an inline Buy Now overlay is there); it goes into that one frame. Only for an Amazon
// page, with the tab and frame taken from `sender`, never from the message.
import { AMAZON_SCRIPT, marketplaceForHost } from '../core/marketplaces';
import { injectScript } from '../platform/browser';
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

export function registerAmazon(): void {
  onMessageType('amazon-load', (_msg, sender) => loadAmazon(sender));
}
