// The one place that knows how Chrome and Firefox differ. Everything else imports from here.
import { browser } from 'wxt/browser';

export { browser };

/** MV3 Chrome has `action`; Firefox MV2 has `browserAction`. */
export function toolbarAction(): typeof browser.action {
  const b = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  return (b.action ?? b.browserAction) as typeof browser.action;
}

export const isFirefox = import.meta.env.FIREFOX === true;
