// Per-tab state in storage.session. Imported by the background only: browsers keep session
// storage away from content scripts ("Access to storage is not allowed from this context"), and
// storage.defineItem reads its key as soon as it is defined. tests/unit/core/storage.test.ts
// checks no content-script module imports this file.
import { storage } from 'wxt/utils/storage';
import type { TabStatus } from './items';

/** Per tab, for the popup and the badge. Cleared with the browser session. */
export const tabStatusItem = storage.defineItem<Record<string, TabStatus>>('session:tabStatus', {
  fallback: {},
});
