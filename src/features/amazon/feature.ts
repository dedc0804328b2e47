import type { PageInfo } from '../../sites/amazon/pages';
import type { Settings } from '../../storage/schema';
import type { PageContext } from '../../platform/context';
import type { AmazonStore } from './store';

/** One in-page feature of the Amazon content script (refined-github style). */
export interface AmazonFeature {
  id: string;
  /** Which settings switch turns it off. */
  setting: keyof Settings['features'];
  /** Cheap URL-level filter. */
  include(info: PageInfo): boolean;
  /**
   * Runs once on a matching page; cleans up through ctx (ctx.onInvalidated, ctx.addEventListener).
   * `store` is what the script read from storage at start (read again when left out).
   */
  run(ctx: PageContext, info: PageInfo, settings: Settings, store?: AmazonStore): void | Promise<void>;
}
