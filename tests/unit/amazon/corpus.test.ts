// The Amazon corpus (tests/corpus/amazon, split frozen in splits.json): every train page must give
// its page kind and verdict, and the balances must be read right on at least 95% of the train pages
// that state them. Test pages are scored only in aggregate, never one by one:
// there, no "not-applied" may stand where the balance is applied or absent.
import { describe, expect, it } from 'vitest';
import { corpusCases, figures, readSplit, scoreCase } from '../../eval/amazon';

const split = readSplit();
const train = corpusCases(split.train.filter((a) => a !== 'core'));

describe('Amazon corpus, train split', () => {
  it('has pages to read', () => {
    expect(train.length).toBeGreaterThan(10);
  });

  it.each(train.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = scoreCase(c);
    expect({ page: r.got.page, giftCard: r.got.giftCard }).toEqual({ page: c.page, giftCard: c.giftCard });
  });

  it('reads the balances right on at least 95% of the train pages that state them', () => {
    const f = figures(train.map(scoreCase));
    expect(f.withBalances).toBeGreaterThan(20);
    expect(f.balances / f.withBalances).toBeGreaterThanOrEqual(0.95);
  });
});

describe('Amazon corpus, test split (aggregate only)', () => {
  it('never says "not-applied" where the balance is applied or absent', () => {
    const f = figures(corpusCases(split.test).map(scoreCase));
    expect(f.pages).toBeGreaterThan(10);
    expect(f.falseNotApplied).toBe(0);
  });
});
