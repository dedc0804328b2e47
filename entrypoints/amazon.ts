import { defineUnlistedScript } from '#imports';
import { runAmazon } from '../src/features/amazon';
import { takeOverFrame } from '../src/platform/context';

// Registered by hand in wxt.config.ts on the pages it has work on (AMAZON_FULL_MATCHES: checkout,
// balance, redeem, 1-Click settings), every frame; elsewhere the router
// (entrypoints/amazon-router.ts) runs and asks the background to inject this script into a frame
// that needs it. An unlisted script: WXT's content-script wrapper and context cost more than this
// script's whole budget on a checkout page.
export default defineUnlistedScript(() => {
  void runAmazon(takeOverFrame());
});
