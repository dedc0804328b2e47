// npm run eval: scores the scam-guard corpus and prints per-rule precision and recall.
// Exit code 1 when a benign page is flagged, recall is under 95% or a domain case is wrong.
import { evaluateDomains, evaluatePages, ruleStats } from './evaluate';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const pages = evaluatePages();
const scams = pages.filter((r) => r.c.expect !== 'none');
const benign = pages.filter((r) => r.c.expect === 'none');

console.log(`Scam-guard evaluation: ${pages.length} pages (${scams.length} scam, ${benign.length} benign)\n`);
for (const { c, got, when } of pages) {
  const mark = got.level === c.expect ? 'ok  ' : (c.expect === 'none') !== (got.level === 'none') ? 'MISS' : 'tier';
  console.log(`${mark} ${(when ?? '').padEnd(6)} ${c.expect.padEnd(4)} -> ${got.level.padEnd(4)} ${(got.rule ?? '-').padEnd(2)} score ${String(got.score).padStart(3)}  ${c.file}  ${got.reasons.join(',')}`);
}
console.log('\nrule  TP  FP  FN  precision  recall');
for (const s of ruleStats(pages)) {
  console.log(`${s.rule.padEnd(4)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}`);
}
const falseAlarms = benign.filter((r) => r.got.level !== 'none');
const caught = scams.filter((r) => r.got.level !== 'none');
const tierExact = scams.filter((r) => r.got.level === r.c.expect);
const recall = caught.length / scams.length;
const past = (rs: typeof pages, when: string) => rs.filter((r) => r.when === when).length;
const split = (rs: typeof pages) => `on load ${past(rs, 'load')}, on first interaction ${past(rs, 'engage')}, on focus ${past(rs, 'focus')}`;
console.log(`\npages past the cheap gate: scam ${scams.filter((r) => r.gated).length}/${scams.length} (${split(scams)}), benign ${benign.filter((r) => r.gated).length}/${benign.length} (${split(benign)})`);
console.log(`false alarms on benign pages: ${falseAlarms.length}/${benign.length}`);
console.log(`recall on scam pages: ${caught.length}/${scams.length} (${pct(recall)}); exact tier: ${tierExact.length}/${scams.length}`);

const domains = evaluateDomains();
const wrong = domains.filter((d) => !d.ok);
console.log(`domain cases as expected: ${domains.length - wrong.length}/${domains.length}`);
for (const d of wrong) console.log(`  WRONG ${d.c.url}: got ${JSON.stringify(d.got)} want ${d.c.flags.join(',') || '(none)'}`);

if (falseAlarms.length > 0 || recall < 0.95 || wrong.length > 0) process.exitCode = 1;
import { runAmazonEval } from './amazon';
if (!runAmazonEval()) process.exitCode = 1;
