// Messages between the content scripts, the popup and the background. Each feature adds its own
// `type`s here; the background routes them (src/background/router.ts).
import type { BalanceReading, GiftCardState, ScamLevel } from './types';

export type Message =
  | { type: 'checkout-verdict'; state: GiftCardState; market: string; detail?: string }
  | { type: 'balances-seen'; market: string; account: string | null; page: string; readings: BalanceReading[] }
  /** From the popup only: forget one marketplace's records (all accounts), or everything when null. */
  | { type: 'balances-delete'; market: string | null }
  | { type: 'scam-verdict'; level: ScamLevel; reasons: string[] }
  | { type: 'domain-signals' }
  /** From the every-page script, past its hints: load the scan script into the sender's frame. */
  | { type: 'scam-load' }
  /** From the Amazon router: this frame needs the full Amazon script (a 1-Click button, an inline overlay). */
  | { type: 'amazon-load' }
  | { type: 'trust-site' }
  /** From the scan script in a child frame: show this warning on the tab's top page (answers true when shown). */
  | { type: 'scam-relay'; level: ScamLevel; reasons: string[] }
  /** From the every-page script of a frame no scan script can reach: a code was typed; warn on the top page. */
  | { type: 'scam-code' }
  /** From the top page's scan script: the shopper continued past a warning; tell the tab's frames. */
  | { type: 'scam-continued' };

export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Messages to a tab's content scripts (browser.tabs.sendMessage), not to the background. */
export type TabMessage =
  /** From the popup: the content script answers `{ report: string }` on a checkout page whose verdict is unknown, else null. */
  { type: 'diagnostic-report' };

export interface DiagnosticReply {
  report: string;
}

export function isTabMessage(value: unknown): value is TabMessage {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'diagnostic-report';
}
