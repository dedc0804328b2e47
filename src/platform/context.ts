// The Amazon script's own small context in place of WXT's ContentScriptContext (which brings the
// polyfill and a content-script wrapper that cost more than the script's whole budget): listeners
// and cleanups registered here all end together when the context is invalidated (the extension was
// reloaded, or a newer copy of the script started in this frame).
import { runtimeId } from './content';

export interface PageContext {
  /** False once invalidated, or once the extension is gone (its runtime id disappears). */
  readonly isValid: boolean;
  onInvalidated(cb: () => void): void;
  /** addEventListener that is undone when the context ends. */
  addEventListener(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void;
  invalidate(): void;
}

export function createPageContext(): PageContext {
  let valid = true;
  const cleanups: Array<() => void> = [];
  const ctx: PageContext = {
    get isValid() {
      if (valid && runtimeId() === undefined) ctx.invalidate();
      return valid;
    },
    onInvalidated(cb) {
      if (valid) cleanups.push(cb);
      else cb();
    },
    addEventListener(target, type, handler, options) {
      target.addEventListener(type, handler, options);
      cleanups.push(() => target.removeEventListener(type, handler, options));
    },
    invalidate() {
      if (!valid) return;
      valid = false;
      for (const cb of cleanups.splice(0)) {
        try {
          cb();
        } catch {
          // Cleaning up must not throw into the page.
        }
      }
    },
  };
  return ctx;
}

const SLOT = Symbol.for('gift-card-guard.amazon');

/**
 * The context of this copy of the script in this frame. A copy that ran here before (injected
 * twice) is invalidated first. The slot is on the isolated world's global, which the page cannot see.
 */
export function takeOverFrame(): PageContext {
  const g = globalThis as unknown as Record<symbol, PageContext | undefined>;
  g[SLOT]?.invalidate();
  const ctx = createPageContext();
  g[SLOT] = ctx;
  return ctx;
}
