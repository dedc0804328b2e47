// Reads whether the gift-card balance is applied on a checkout page. (Checkout issue.)
import type { Money } from '../../core/money';
import type { GiftCardState } from '../../core/types';
import type { PageInfo } from './pages';

export interface PaymentReading {
  state: GiftCardState;
  /** The balance available (read from the page, or the one tracked earlier). */
  balance: Money | null;
  /** How much of the balance this order uses, when applied. */
  applied: Money | null;
  /** What the card will be charged, when the page says. */
  cardCharge: Money | null;
  /** The control the shopper ticks to apply the balance, when there is one. */
  control: HTMLInputElement | null;
  /** The payment section the UI is placed beside. */
  section: Element | null;
  evidence: string[];
}

export function readPaymentState(doc: Document, info: PageInfo, known: Money | null): PaymentReading {
  void doc;
  void info;
  return { state: 'unknown', balance: known, applied: null, cardCharge: null, control: null, section: null, evidence: [] };
}
