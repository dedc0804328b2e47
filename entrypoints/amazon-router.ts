import { defineUnlistedScript } from '#imports';
import { runRouter } from '../src/features/amazon/router';

// Registered by hand in wxt.config.ts on every Amazon page outside the full script's paths.
export default defineUnlistedScript(() => {
  runRouter();
});
