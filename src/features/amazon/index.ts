// Entry point of the Amazon content scripts: recognise the page, run the features that apply.
// The entry points pass their features: the full script (entrypoints/amazon.ts) all of them, the
// balance script (entrypoints/amazon-balances.ts) the balance tracker only, so that its bundle
// leaves out the checkout reader, the notice and the diagnostic report. Never throws into the page.
import { recognizePage } from '../../sites/amazon/pages';
import type { PageContext } from '../../platform/context';
import type { AmazonFeature } from './feature';
import { loadStore } from './store';

export async function runAmazon(ctx: PageContext, features: AmazonFeature[]): Promise<void> {
  try {
    document.documentElement.setAttribute('data-gift-card-guard', 'amazon');
    const info = recognizePage(document, location.href);
    if (!info.market) return;
    const todo = features.filter((f) => f.include(info));
    if (todo.length === 0) return;
    // One storage read for every feature.
    const store = await loadStore();
    const settings = store.settings;
    for (const feature of todo) {
      if (!settings.features?.[feature.setting]) continue;
      try {
        await feature.run(ctx, info, settings, store);
      } catch {
        // One feature failing must not stop the others or reach the page.
      }
    }
  } catch {
    // Say nothing rather than break the page.
  }
}
