import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Entry point of the Amazon content script. Never throws into the page. */
export function runAmazon(ctx: ContentScriptContext): void {
  try {
    document.documentElement.dataset.giftCardGuard = 'amazon';
    void ctx;
  } catch {
    // Say nothing rather than break the page.
  }
}
