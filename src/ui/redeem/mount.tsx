// Mounts the redeem helper beside Amazon's claim-code box, in a closed shadow root.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { BALANCE_SELECTORS as S, marketName } from '../../sites/amazon/balance-pages';
import type { PageInfo } from '../../sites/amazon/pages';
import { RedeemPanel } from './RedeemPanel';
import { PANEL_CSS } from './style';

/** True when Amazon shows a redemption error with some text in it. */
export function amazonErrorShown(doc: Document): boolean {
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>(S.redeemError))) {
    if (el.classList.contains('aok-hidden') || el.hidden || el.style.display === 'none') continue;
    if ((el.textContent ?? '').trim()) return true;
  }
  return false;
}

export async function mountRedeemHelper(ctx: ContentScriptContext, info: PageInfo, account: string | null): Promise<void> {
  const input = document.querySelector<HTMLInputElement>(S.redeemInput);
  if (!input || !info.market) return;
  const anchor = document.querySelector(S.redeemInputParent) ?? input;
  const name = marketName(info.market.domain);
  let container: HTMLElement | null = null;
  const draw = () => {
    if (container) {
      render(<RedeemPanel marketName={name} account={account} input={input} amazonError={amazonErrorShown(document)} />, container);
    }
  };
  const ui = await createShadowRootUi(ctx, {
    name: 'gcg-redeem-helper',
    mode: 'closed',
    position: 'inline',
    anchor,
    append: 'after',
    css: PANEL_CSS,
    onMount(el) {
      container = el;
      draw();
      return el;
    },
    onRemove(el) {
      if (el) render(null, el);
      container = null;
    },
  });
  ui.mount();
  // Amazon may show its error after a request: redraw when the page changes.
  let pending = false;
  const observer = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      draw();
    }, 100);
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden'] });
  ctx.onInvalidated(() => observer.disconnect());
}
