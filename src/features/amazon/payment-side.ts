// What the balance tracker (./balances.ts) needs from the checkout side, without importing it: the
// checkout audit (./checkout.tsx) registers here when its module is in the bundle. The balance
// script (entrypoints/amazon-balances.ts) runs on balance pages only and leaves the checkout reader
// out; the full script (entrypoints/amazon.ts) has both.
import type { PageInfo } from '../../sites/amazon/pages';
import type { PaymentReading } from '../../sites/amazon/payment';

export interface PaymentSide {
  /** This frame's latest checkout reading, when the audit runs here. */
  current(): PaymentReading | null;
  /** Read a payment page afresh (the audit is switched off). */
  read(doc: Document, info: PageInfo, known: null): PaymentReading;
}

let side: PaymentSide | null = null;

export function sharePaymentSide(s: PaymentSide): void {
  side = s;
}

export function paymentSide(): PaymentSide | null {
  return side;
}
