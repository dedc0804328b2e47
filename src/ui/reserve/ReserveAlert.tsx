// Warns on a digital product page when "Buy now with 1-Click" would take the gift-card
// balance below the reserve the shopper set for this marketplace.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { t } from '../popup/i18n';
import { PANEL_CSS } from '../redeem/style';

export interface ReserveFigures {
  price: string;
  balance: string;
  after: string;
  reserve: string;
}

export function ReserveAlert({ price, balance, after, reserve }: ReserveFigures) {
  return (
    <div class="alert" role="alert">
      <strong>{t('reserve_title')}</strong>
      <span>{t('reserve_body', [price, balance, after, reserve])}</span>
    </div>
  );
}

export async function mountReserveAlert(ctx: ContentScriptContext, anchor: Element, figures: ReserveFigures): Promise<void> {
  const ui = await createShadowRootUi(ctx, {
    name: 'gcg-reserve-alert',
    mode: 'closed',
    position: 'inline',
    anchor,
    append: 'after',
    css: PANEL_CSS,
    onMount(el) {
      render(<ReserveAlert {...figures} />, el);
      return el;
    },
    onRemove(el) {
      if (el) render(null, el);
    },
  });
  ui.mount();
}
