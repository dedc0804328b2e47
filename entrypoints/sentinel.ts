import { defineUnlistedScript } from '#imports';
import { runSentinel } from '../src/scam/sentinel';

export default defineUnlistedScript(() => {
  runSentinel();
});
