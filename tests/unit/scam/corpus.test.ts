// The scam-guard corpus (tests/fixtures/scam): no false alarm on benign pages, recall ≥ 95% on
// scam pages, and the audit command reports the same verdict as the core.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/audit';
import { evaluatePages, ruleStats } from '../../eval/evaluate';

const results = evaluatePages();
const benign = results.filter((r) => r.c.expect === 'none');
const scams = results.filter((r) => r.c.expect !== 'none');

describe('scam corpus', () => {
  it('is big enough to mean something', () => {
    expect(results.length).toBeGreaterThanOrEqual(45);
    expect(scams.length).toBeGreaterThanOrEqual(20);
    expect(benign.length).toBeGreaterThanOrEqual(25);
  });

  it.each(benign.map((r) => [r.c.file, r] as const))('no warning on %s', (_f, r) => {
    expect({ level: r.got.level, reasons: r.got.reasons }).toEqual({ level: 'none', reasons: [] });
  });

  it('catches at least 95% of scam pages', () => {
    const caught = scams.filter((r) => r.got.level !== 'none').length;
    expect(caught / scams.length).toBeGreaterThanOrEqual(0.95);
  });

  it.each(scams.map((r) => [r.c.file, r] as const))('%s: expected level, with reasons in plain words', (_f, r) => {
    expect(r.got.level).toBe(r.c.expect);
    expect(r.got.reasons.length).toBeGreaterThan(0);
    for (const key of r.got.reasons) expect(key).toMatch(/^scam_reason_[a-z_]+$/);
  });

  it('every rule has full precision on the corpus', () => {
    for (const s of ruleStats(results)) expect(s.fp, s.rule).toBe(0);
  });

  it.each([scams[0], scams.find((r) => r.c.rule === 'R2'), benign.find((r) => r.c.file.includes('news'))].map((r) => [r!.c.file, r!] as const))(
    'audit command fills scam for %s',
    (_f, r) => {
      const out: string[] = [];
      const code = main([join(__dirname, '../../fixtures/scam', r.c.file), '--url', r.c.url], (s) => out.push(s), (s) => out.push(s));
      expect(code).toBe(0);
      expect(JSON.parse(out.join('')).scam).toEqual({ level: r.got.level, reasons: r.got.reasons });
    },
  );
});
