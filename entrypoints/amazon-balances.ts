import { defineUnlistedScript } from '#imports';
import { runAmazon } from '../src/features/amazon';
import { balanceFeatures } from '../src/features/amazon/balances';
import { quietReport } from '../src/features/amazon/quiet-report';
import { takeOverFrame } from '../src/platform/context';

// The balance script: the full script's balance tracker without the checkout reader, the notice
// and the diagnostic report (about a third less code to load on every balance page). Registered by
// hand in wxt.config.ts on the balance, redeem and promotional-credit paths
// (AMAZON_BALANCE_MATCHES), every frame. Its frame slot is the full script's: if the background
// injects the full script into such a frame, it takes over.
export default defineUnlistedScript(() => {
  void runAmazon(takeOverFrame(), [...balanceFeatures, quietReport]);
});
