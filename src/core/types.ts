// Shapes shared by the page readers, the content scripts, the background and the audit command.

export type PageKind =
  | 'checkout-payment'
  | 'checkout-review'
  | 'buy-now'
  | 'one-click-settings'
  | 'gift-card-balance'
  | 'redeem'
  | 'promotional-credits'
  | 'amazon-other'
  | 'web';

export type GiftCardState = 'applied' | 'not-applied' | 'no-balance' | 'unknown';

export type ScamLevel = 'none' | 'warn' | 'high';

export interface BalanceReading {
  kind: 'gift-card' | 'promotional';
  /** Minor units. */
  minor: number;
  currency: string;
  /** YYYY-MM-DD, or null when the page gives none. */
  expires: string | null;
  /** Name of a promotional credit, when the page gives one. */
  label?: string;
}

export interface ScamVerdict {
  level: ScamLevel;
  /** Message keys (in _locales) or plain reason ids, in order of weight. */
  reasons: string[];
}

/** The audit command's output, one object per page. */
export interface AuditReport {
  url: string;
  page: PageKind;
  marketplace: string | null;
  giftCard: GiftCardState | null;
  balances: Array<{ kind: 'gift-card' | 'promotional'; amount: number; currency: string; expires: string | null }>;
  scam: ScamVerdict;
  evidence: string[];
}
