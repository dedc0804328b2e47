// Warns on a digital product page when "Buy now with 1-Click" would take the gift-card
// balance below the reserve the shopper set for this marketplace.
import { render } from 'preact';
import type { PageContext } from '../../platform/context';
import { getMessage as t } from '../../platform/content';
import { PANEL_CSS } from '../redeem/style';
import { mountShadowPanel } from '../shadow';

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

export function mountReserveAlert(ctx: PageContext, anchor: Element, figures: ReserveFigures): void {
  const panel = mountShadowPanel(document, 'gcg-reserve-alert', PANEL_CSS, anchor);
  render(<ReserveAlert {...figures} />, panel.container);
  ctx.onInvalidated(() => {
    render(null, panel.container);
    panel.remove();
  });
}
