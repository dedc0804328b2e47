// Background: registers each feature's message handlers, then starts the router.
// Listeners are registered synchronously so a woken service worker sees the first event.
import { registerAmazon } from './amazon';
import { registerBalances } from './balances';
import { startRouter } from './router';
import { registerScam } from './scam';
import { registerTabStatus } from './tab-status';

export function startBackground(): void {
  registerTabStatus();
  registerBalances();
  registerScam();
  registerAmazon();
  startRouter();
}
