// The whole page analysis as plain data: a Document and a URL in, an audit report out.
// Used by the audit command, the eval and the unit tests; the content scripts run the same
// readers piece by piece. It sits above src/sites and src/scam (and src/core below them all),
// where the command line and the features meet.
import { toAmount, type Money } from '../core/money';
import type { AuditReport } from '../core/types';
import { readBalances } from '../sites/amazon/balances';
import { hasBuyButton, isPaymentPage, recognizePage } from '../sites/amazon/pages';
import { readPaymentState } from '../sites/amazon/payment';
import { domainSignals } from '../scam/domain';
import { scorePage } from '../scam/score';

export interface AnalyzeOptions {
  /** The gift-card balance tracked earlier for this page's marketplace. */
  knownBalance?: Money | null;
}

export function analyzePage(doc: Document, url: string, options: AnalyzeOptions = {}): AuditReport {
  const info = recognizePage(doc, url);
  const evidence: string[] = [];
  let giftCard: AuditReport['giftCard'] = null;
  if (info.market && isPaymentPage(info.page)) {
    const reading = readPaymentState(doc, info, options.knownBalance ?? null);
    giftCard = reading.state;
    evidence.push(...reading.evidence);
  } else if (info.market && info.page === 'amazon-other' && hasBuyButton(doc)) {
    // A product page with Buy Now or 1-Click: a purchase may start here, and nothing on the page
    // says whether the balance would pay for it.
    giftCard = 'unknown';
    evidence.push('Buy Now or 1-Click on the page; the balance it would use is not shown');
  }
  const balances = info.market
    ? readBalances(doc, info).map((b) => ({
        kind: b.kind,
        amount: toAmount(b),
        currency: b.currency,
        expires: b.expires,
      }))
    : [];
  const scam = info.market ? { level: 'none' as const, reasons: [] } : scorePage(doc, url, domainSignals(url));
  return { url, page: info.page, marketplace: info.market?.domain ?? null, giftCard, balances, scam, evidence };
}
