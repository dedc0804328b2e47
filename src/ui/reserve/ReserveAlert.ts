// Warns on a digital product page when "Buy now with 1-Click" would take the gift-card
// balance below the reserve the shopper set for this marketplace. Plain DOM: two lines of text.
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

export function reserveAlertElement(doc: Document, { price, balance, after, reserve }: ReserveFigures): HTMLElement {
  const alert = doc.createElement('div');
  alert.className = 'alert';
  alert.setAttribute('role', 'alert');
  const title = doc.createElement('strong');
  title.textContent = t('reserve_title');
  const body = doc.createElement('span');
  body.textContent = t('reserve_body', [price, balance, after, reserve]);
  alert.append(title, body);
  return alert;
}

export function mountReserveAlert(ctx: PageContext, anchor: Element, figures: ReserveFigures): void {
  const panel = mountShadowPanel(document, 'gcg-reserve-alert', PANEL_CSS, anchor);
  panel.container.append(reserveAlertElement(document, figures));
  ctx.onInvalidated(() => panel.remove());
}
