// Mounts the redeem helper beside Amazon's claim-code box, in a closed shadow root.
import { render } from 'preact';
import type { PageContext } from '../../platform/context';
import { BALANCE_SELECTORS as S, marketName } from '../../sites/amazon/balance-pages';
import type { PageInfo } from '../../sites/amazon/pages';
import { RedeemPanel } from './RedeemPanel';
import { mountShadowPanel } from '../shadow';
import { PANEL_CSS } from './style';

/** True when Amazon shows a redemption error with some text in it. */
export function amazonErrorShown(doc: Document): boolean {
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>(S.redeemError))) {
    if (el.classList.contains('aok-hidden') || el.hidden || el.style.display === 'none') continue;
    if ((el.textContent ?? '').trim()) return true;
  }
  return false;
}

export async function mountRedeemHelper(ctx: PageContext, info: PageInfo, account: string | null): Promise<void> {
  const input = document.querySelector<HTMLInputElement>(S.redeemInput);
  if (!input || !info.market) return;
  const anchor = document.querySelector(S.redeemInputParent) ?? input;
  const name = marketName(info.market.domain);
  const panel = mountShadowPanel(document, 'gcg-redeem-helper', PANEL_CSS, anchor);
  const draw = () => {
    render(<RedeemPanel marketName={name} account={account} input={input} amazonError={amazonErrorShown(document)} />, panel.container);
  };
  draw();
  ctx.onInvalidated(() => {
    render(null, panel.container);
    panel.remove();
  });
  // Amazon may show its error after a request: redraw when the page changes.
  let pending = false;
  const observer = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      if (ctx.isValid) draw();
    }, 100);
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden'] });
  ctx.onInvalidated(() => observer.disconnect());
}
