// The one place that knows how Chrome and Firefox differ. Everything else imports from here.
import { browser } from 'wxt/browser';

export { browser };

/** MV3 Chrome has `action`; Firefox MV2 has `browserAction`. */
export function toolbarAction(): typeof browser.action {
  const b = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  return (b.action ?? b.browserAction) as typeof browser.action;
}

export const isFirefox = import.meta.env.FIREFOX === true;

/**
 * Run an extension script file in one frame of a tab, in the extension's isolated world (where
 * its content scripts run). Chrome MV3: scripting.executeScript; Firefox MV2: tabs.executeScript.
 */
export async function injectScript(tabId: number, frameId: number, file: string): Promise<void> {
  if (isFirefox) {
    // matchAboutBlank: the frame may be about:blank or srcdoc (it has its creator's origin).
    await browser.tabs.executeScript(tabId, { frameId, file: `/${file}`, matchAboutBlank: true });
    return;
  }
  const scripting = (browser as unknown as { scripting: { executeScript(o: unknown): Promise<unknown> } }).scripting;
  await scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
}

/** A message to a tab's content scripts: one frame, or every frame when `frameId` is left out. */
export function sendToTab(tabId: number, msg: unknown, frameId?: number): Promise<unknown> {
  return frameId === undefined ? browser.tabs.sendMessage(tabId, msg) : browser.tabs.sendMessage(tabId, msg, { frameId });
}
