import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageInfo } from '../../sites/amazon/pages';
import type { Settings } from '../../storage/items';

/** One in-page feature of the Amazon content script (refined-github style). */
export interface AmazonFeature {
  id: string;
  /** Which settings switch turns it off. */
  setting: keyof Settings['features'];
  /** Cheap URL-level filter. */
  include(info: PageInfo): boolean;
  /** Runs once on a matching page; cleans up through ctx (ctx.onInvalidated, ctx.addEventListener). */
  run(ctx: ContentScriptContext, info: PageInfo, settings: Settings): void | Promise<void>;
}
