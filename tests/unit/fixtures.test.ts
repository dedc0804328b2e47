// Every fixture in the table gives its expected verdict, through the core and through the
// audit command's own entry point.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../src/audit/analyze';
import { main, parseKnownBalance } from '../../src/cli/audit';
import { parseHtml } from '../../src/cli/parse-html';
import { FIXTURES } from '../fixtures/table';

const dir = join(__dirname, '../fixtures');

describe.each(FIXTURES)('$file', (fx) => {
  const html = readFileSync(join(dir, fx.file), 'utf8');

  it(`core: ${fx.note}`, () => {
    const known = fx.knownBalance ? parseKnownBalance(fx.knownBalance, fx.url) : null;
    const report = analyzePage(parseHtml(html, fx.url), fx.url, { knownBalance: known });
    expect({ page: report.page, marketplace: report.marketplace, giftCard: report.giftCard }).toEqual({
      page: fx.expect.page,
      marketplace: fx.expect.marketplace,
      giftCard: fx.expect.giftCard,
    });
    if (fx.expect.balances) expect(report.balances).toEqual(fx.expect.balances);
  });

  it('audit command', () => {
    const out: string[] = [];
    const args = [join(dir, fx.file), '--url', fx.url];
    if (fx.knownBalance) args.push('--known-balance', fx.knownBalance);
    const code = main(args, (s) => out.push(s), (s) => out.push(s));
    expect(code).toBe(0);
    const report = JSON.parse(out.join('\n'));
    expect(report.giftCard).toBe(fx.expect.giftCard);
    expect(report.page).toBe(fx.expect.page);
    if (fx.expect.balances) expect(report.balances).toEqual(fx.expect.balances);
  });
});
