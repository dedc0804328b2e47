// The balance script's answer to the popup's request for a diagnostic report. Reports are for
// checkout pages the reader could not read, so a balance page has none: its top frame answers null,
// as the full script's listener (./checkout.tsx) answers there; frames inside say nothing.
import { isTabMessage } from '../../core/messages';
import { onMessage, runtimeId } from '../../platform/content';
import type { AmazonFeature } from './feature';

export const quietReport: AmazonFeature = {
  id: 'checkout-diagnostics',
  setting: 'checkout',
  include: () => window.top === window,
  run: (ctx) => {
    ctx.onInvalidated(onMessage((msg, sender) => (isTabMessage(msg) && sender.id === runtimeId() ? Promise.resolve(null) : undefined)));
  },
};
