import { defineUnlistedScript } from '#imports';
import { runAmazon } from '../src/features/amazon';
import { balanceFeatures } from '../src/features/amazon/balances';
import { checkoutFeatures } from '../src/features/amazon/checkout';
import { takeOverFrame } from '../src/platform/context';

// The full Amazon script. Registered by hand in wxt.config.ts on the checkout paths
// (AMAZON_CHECKOUT_MATCHES: checkout, the Buy Now overlay, 1-Click settings), every frame;
// elsewhere the router (entrypoints/amazon-router.ts) runs and asks the background to inject this
// script into a frame that needs it. Balance, redeem and promotional-credit pages get the smaller
// balance script (entrypoints/amazon-balances.ts). An unlisted script: WXT's content-script
// wrapper and context cost more than this script's whole budget on a checkout page.
export default defineUnlistedScript(() => {
  void runAmazon(takeOverFrame(), [...checkoutFeatures, ...balanceFeatures]);
});
