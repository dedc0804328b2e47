// Scores the scam corpus and the domain cases. Shared by `npm run eval` and the unit test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../src/cli/parse-html';
import { domainSignals } from '../../src/scam/domain';
import { gate, pageGate } from '../../src/scam/gate';
import { assessPage, type Assessment, type Rule } from '../../src/scam/score';
import { DOMAIN_CASES, type DomainCase } from '../fixtures/scam/domains';
import { SCAM_CASES, type ScamCase } from '../fixtures/scam/cases';
import { html, loadCorpus, type CorpusPage, type Split } from './corpus';

const dir = join(import.meta.dirname, '../fixtures/scam');

export interface PageResult {
  c: ScamCase;
  /** Whether the every-page script's cheap gate let the page through. */
  gated: boolean;
  /** On load (title), on first interaction (top headings), or once a field is focused (its form). */
  when: 'load' | 'focus' | null;
  /** What the every-page script would decide: nothing unless the gate passes. */
  got: Assessment;
}

/** Runs each page the way the every-page script does: the gate, then the score with domain signals. */
export function evaluatePages(): PageResult[] {
  return SCAM_CASES.map((c) => {
    const doc = parseHtml(readFileSync(join(dir, c.file), 'utf8'), c.url);
    const { pass: gated, when } = gate(doc);
    const got: Assessment = gated
      ? assessPage(doc, c.url, domainSignals(c.url))
      : { level: 'none', reasons: [], rule: null, rules: [], score: 0 };
    return { c, gated, when, got };
  });
}

export interface DomainResult {
  c: DomainCase;
  ok: boolean;
  got: ReturnType<typeof domainSignals>;
}

export function evaluateDomains(): DomainResult[] {
  return DOMAIN_CASES.map((c) => {
    const got = domainSignals(c.url);
    const ok =
      got.owned === !!c.owned &&
      got.neverFlag === !!c.never &&
      [...got.flags].sort().join() === [...c.flags].sort().join() &&
      (!c.site || c.site === got.site);
    return { c, ok, got };
  });
}

export interface RuleStats {
  rule: Rule | 'any';
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

/** Per rule: a true positive is a scam page expected under that rule on which the rule fired. */
export function ruleStats(results: PageResult[]): RuleStats[] {
  const rules: Array<Rule | 'any'> = ['R1', 'R2', 'R3', 'any'];
  return rules.map((rule) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { c, got } of results) {
      const expected = rule === 'any' ? c.expect !== 'none' : c.rule === rule;
      const fired = rule === 'any' ? got.level !== 'none' : got.rules.includes(rule);
      if (expected && fired) tp++;
      else if (!expected && fired && (rule === 'any' || c.expect === 'none')) fp++;
      else if (expected && !fired) fn++;
    }
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    return { rule, tp, fp, fn, precision, recall };
  });
}

export interface CorpusResult {
  p: CorpusPage;
  /** What the audit command says: the whole static page scored. */
  audit: Assessment;
  /** The every-page hint passes on the static page (the first look on load). */
  loadGate: boolean;
  /** Flagged from the first look on load (static content; the browser eval covers scripts). */
  onLoad: boolean;
}

export function evaluateCorpus(): CorpusResult[] {
  return loadCorpus().map((p) => {
    const doc = parseHtml(html(p), p.url);
    const audit = assessPage(doc, p.url, domainSignals(p.url));
    const loadGate = pageGate(doc).pass;
    return { p, audit, loadGate, onLoad: loadGate && audit.level !== 'none' };
  });
}

export interface SplitFigures {
  split: Split;
  scam: number;
  benign: number;
  /** Static scam pages (not built by script) the audit command flags. */
  auditCaught: number;
  auditStatic: number;
  auditFalse: number;
  onLoadCaught: number;
  onLoadStatic: number;
}

export function splitFigures(results: CorpusResult[], split: Split): SplitFigures {
  const rs = results.filter((r) => r.p.split === split);
  const scams = rs.filter((r) => r.p.label === 'scam');
  const stat = scams.filter((r) => !r.p.dynamic);
  return {
    split,
    scam: scams.length,
    benign: rs.length - scams.length,
    auditCaught: stat.filter((r) => r.audit.level !== 'none').length,
    auditStatic: stat.length,
    auditFalse: rs.filter((r) => r.p.label === 'benign' && r.audit.level !== 'none').length,
    onLoadCaught: stat.filter((r) => r.onLoad).length,
    onLoadStatic: stat.length,
  };
}
