import { defineContentScript } from '#imports';
import { AMAZON_MATCHES } from '../src/core/marketplaces';
import { runAmazon } from '../src/features/amazon';

export default defineContentScript({
  matches: AMAZON_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    void runAmazon(ctx);
  },
});
