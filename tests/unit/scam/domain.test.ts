import { describe, expect, it } from 'vitest';
import { MARKETPLACES } from '../../../src/core/marketplaces';
import { domainSignals, editDistanceAtMostOne, skeleton } from '../../../src/scam/domain';
import { AMAZON_OWNED, isAmazonOwnedHost } from '../../../src/scam/owned';
import { evaluateDomains } from '../../eval/evaluate';

describe('domain intelligence', () => {
  it('has at least 80 domain cases', () => {
    expect(evaluateDomains().length).toBeGreaterThanOrEqual(80);
  });

  it.each(evaluateDomains().map((d) => [d.c.url, d] as const))('%s', (_u, d) => {
    expect({ owned: d.got.owned, never: d.got.neverFlag, flags: [...d.got.flags].sort() }).toEqual({
      owned: !!d.c.owned,
      never: !!d.c.never,
      flags: [...d.c.flags].sort(),
    });
    if (d.c.site) expect(d.got.site).toBe(d.c.site);
  });

  it('owns all 23 marketplaces from the marketplaces table', () => {
    for (const m of MARKETPLACES) {
      expect(AMAZON_OWNED).toContain(m.domain);
      expect(isAmazonOwnedHost(`www.${m.domain}`)).toBe(true);
    }
    expect(MARKETPLACES.length).toBe(23);
  });

  it('never counts Amazon-run hosting as Amazon', () => {
    for (const h of ['x.s3.amazonaws.com', 'd1.cloudfront.net', 'main.d2.amplifyapp.com', 'a.elasticbeanstalk.com']) {
      expect(isAmazonOwnedHost(h)).toBe(false);
    }
  });

  it('maps confusables to one skeleton', () => {
    expect(skeleton('amazоn')).toBe(skeleton('amazon'));
    expect(skeleton('arnazon')).toBe(skeleton('amazon'));
    expect(skeleton('amaz0n')).toBe(skeleton('amazon'));
    expect(skeleton('amazing')).not.toBe(skeleton('amazon'));
  });

  it('edit distance at most one', () => {
    expect(editDistanceAtMostOne('amazom', 'amazon')).toBe(true);
    expect(editDistanceAtMostOne('amazn', 'amazon')).toBe(true);
    expect(editDistanceAtMostOne('amzaon', 'amazon')).toBe(false);
    expect(editDistanceAtMostOne('amazing', 'amazon')).toBe(false);
  });

  it('domain signals alone never reach the page score cap of a warning', () => {
    expect(domainSignals('https://amazon.com.gift-verify.net/').score).toBeLessThanOrEqual(5);
  });
});
