// The redeem helper runs from a script of its own (entrypoints/amazon-redeem.ts), listed only for
// the redeem paths: its Preact UI stays out of the Amazon script every checkout and balance page
// compiles. The balance on the redeem page is still read and reported by the Amazon script.
import type { PageContext } from '../../platform/context';
import { readAccountName } from '../../sites/amazon/balance-pages';
import { recognizePage } from '../../sites/amazon/pages';
import { mountRedeemHelper } from '../../ui/redeem/mount';
import { loadStore } from './store';

export async function runRedeem(ctx: PageContext): Promise<void> {
  try {
    if (window.top !== window) return;
    const info = recognizePage(document, location.href);
    if (info.page !== 'redeem' || !info.market) return;
    const { settings } = await loadStore();
    if (!settings.features?.redeem) return;
    await mountRedeemHelper(ctx, info, readAccountName(document, info.market.language));
  } catch {
    // Say nothing rather than break the page.
  }
}
