import { defineContentScript } from '#imports';
import { AMAZON_FULL_MATCHES } from '../src/core/marketplaces';
import { runAmazon } from '../src/features/amazon';

export default defineContentScript({
  // Only on the pages it has work on; elsewhere the router (entrypoints/amazon-router.ts) runs and
  // asks the background to inject this script into a frame that needs it.
  matches: AMAZON_FULL_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    void runAmazon(ctx);
  },
});
