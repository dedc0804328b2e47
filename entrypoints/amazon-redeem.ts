import { defineUnlistedScript } from '#imports';
import { runRedeem } from '../src/features/amazon/redeem';
import { createPageContext } from '../src/platform/context';

// Registered by hand in wxt.config.ts on the redeem paths only (AMAZON_REDEEM_MATCHES), top frame,
// beside the Amazon script (entrypoints/amazon.ts), which reads and reports the balance there.
export default defineUnlistedScript(() => {
  void runRedeem(createPageContext());
});
