// "Already gave a code?": the national service named is the shopper's marketplace country's.
import { describe, expect, it } from 'vitest';
import { MARKETPLACES } from '../../../src/core/marketplaces';
import { MARKET_COUNTRY, REPORT_SERVICES, reportService } from '../../../src/scam/report';

describe('fraud-report service for the shopper', () => {
  it('knows every marketplace, with the country the marketplace table gives, and a service for it', () => {
    for (const mp of MARKETPLACES) {
      expect(MARKET_COUNTRY[mp.domain], mp.domain).toBe(mp.country);
      expect(REPORT_SERVICES[mp.country], mp.country).toBeTruthy();
    }
  });

  it('follows the marketplace whose balance was seen last', () => {
    const balances = {
      'amazon.com|': { domain: 'amazon.com', giftCard: { seenAt: 1 } },
      'amazon.co.uk|Sam': { domain: 'amazon.co.uk', giftCard: { seenAt: 5 } },
    };
    expect(reportService(balances, 'de-DE')).toContain('Action Fraud');
  });

  it('without tracked balances, the browser language region; else nothing (generic advice)', () => {
    expect(reportService({}, 'en-IN')).toContain('cybercrime.gov.in');
    expect(reportService(undefined, 'ja')).toBeNull();
    expect(reportService('garbage', 'xx-ZZ')).toBeNull();
  });
});
