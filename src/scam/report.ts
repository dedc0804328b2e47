// Where to report a gift card scam, per Amazon marketplace country: names, addresses and phone
// numbers only (proper nouns; the sentence around them comes from _locales). Offline text: the
// warning never fetches anything. Shown on the interstitial under "Already gave a code?".

/** ISO 3166 country → the national fraud-report service (or police line) for scams. */
export const REPORT_SERVICES: Readonly<Record<string, string>> = {
  US: 'FTC, ReportFraud.ftc.gov',
  CA: 'Canadian Anti-Fraud Centre, antifraudcentre.ca, 1-888-495-8501',
  MX: 'Policía Cibernética, 088',
  BR: 'Polícia Civil, Delegacia Eletrônica',
  GB: 'Action Fraud, actionfraud.police.uk, 0300 123 2040',
  DE: 'Polizei, Onlinewache',
  FR: 'Info Escroqueries, 0 805 805 817, cybermalveillance.gouv.fr',
  IT: 'Polizia Postale, commissariatodips.it',
  ES: 'Policía Nacional, policia.es; INCIBE 017',
  NL: 'Fraudehelpdesk, fraudehelpdesk.nl',
  BE: 'Meldpunt / Point de contact, meldpunt.belgie.be',
  IE: 'An Garda Síochána, garda.ie',
  SE: 'Polisen, polisen.se, 114 14',
  PL: 'CERT Polska, incydent.cert.pl',
  TR: 'Emniyet Genel Müdürlüğü, 155',
  EG: 'Police, 122',
  SA: 'Kollona Amn, 1909',
  AE: 'eCrime, ecrime.ae',
  IN: 'National Cyber Crime Reporting Portal, cybercrime.gov.in, 1930',
  ZA: 'SAPS Crime Stop, 08600 10111',
  SG: 'ScamShield Helpline, 1799',
  AU: 'Scamwatch, scamwatch.gov.au; ReportCyber, cyber.gov.au',
  JP: '警察相談専用電話 #9110 / 消費者ホットライン 188',
};

/** The 23 marketplaces' domains → country (tests/unit/scam/report.test.ts checks every one is here). */
export const MARKET_COUNTRY: Readonly<Record<string, string>> = {
  'amazon.com': 'US', 'amazon.ca': 'CA', 'amazon.com.mx': 'MX', 'amazon.com.br': 'BR', 'amazon.co.uk': 'GB',
  'amazon.de': 'DE', 'amazon.fr': 'FR', 'amazon.it': 'IT', 'amazon.es': 'ES', 'amazon.nl': 'NL', 'amazon.com.be': 'BE',
  'amazon.ie': 'IE', 'amazon.se': 'SE', 'amazon.pl': 'PL', 'amazon.com.tr': 'TR', 'amazon.eg': 'EG', 'amazon.sa': 'SA',
  'amazon.ae': 'AE', 'amazon.in': 'IN', 'amazon.co.za': 'ZA', 'amazon.sg': 'SG', 'amazon.com.au': 'AU', 'amazon.co.jp': 'JP',
};

/**
 * The shopper's marketplace country: the marketplace whose balance was seen last (tracked
 * balances, local storage), else the region of the browser's language ("en-GB" → GB).
 */
export function reportService(balances: unknown, language: string | undefined): string | null {
  let best: { t: number; country: string } | null = null;
  if (balances && typeof balances === 'object') {
    for (const rec of Object.values(balances as Record<string, unknown>)) {
      const r = rec as { domain?: unknown; giftCard?: { seenAt?: unknown } | null } | null;
      const country = typeof r?.domain === 'string' ? MARKET_COUNTRY[r.domain] : undefined;
      const t = typeof r?.giftCard?.seenAt === 'number' ? r.giftCard.seenAt : 0;
      if (country && (!best || t > best.t)) best = { t, country };
    }
  }
  if (best) return REPORT_SERVICES[best.country] ?? null;
  const region = (language ?? '').split(/[-_]/)[1]?.toUpperCase();
  const country = region === 'UK' ? 'GB' : region;
  return (country && REPORT_SERVICES[country]) || null;
}
