import { defineUnlistedScript } from '#imports';
import { runScan } from '../src/scam/scan';

// Injected by the background (src/background/scam.ts) only into frames the sentinel's hints let through.
export default defineUnlistedScript(() => {
  runScan();
});
