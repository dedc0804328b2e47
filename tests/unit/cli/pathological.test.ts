// The audit command on input no saved page should hold: a verdict, or one line on stderr and
// exit 2. Never a stack trace, never "Maximum call stack size exceeded".
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_MARKUP, main, parseArgs } from '../../../src/cli/audit';
import { MAX_DEPTH, parseHtml } from '../../../src/cli/parse-html';

const dir = mkdtempSync(join(tmpdir(), 'gcg-audit-'));

function run(content: string | Buffer, ...args: string[]) {
  const file = join(dir, `p${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(file, content);
  const out: string[] = [];
  const err: string[] = [];
  const code = main([file, ...args], (s) => out.push(s), (s) => err.push(s));
  return { code, out, err };
}

/** A verdict (one JSON report) or exit 2 with exactly one stderr line. */
function expectVerdictOrOneLine(r: ReturnType<typeof run>) {
  if (r.code === 0) {
    expect(r.out).toHaveLength(1);
    expect(JSON.parse(r.out[0]!).scam.level).toMatch(/^(none|warn|high)$/);
  } else {
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).not.toMatch(/\n|at .*\(/);
  }
}

describe('audit on pathological input', () => {
  it.each([
    ['1 MB of random bytes', () => randomBytes(1 << 20)],
    ['10,000 nested elements', () => '<div>'.repeat(10_000) + 'x' + '</div>'.repeat(10_000)],
    ['10,000 unclosed spans', () => '<p>' + '<span>a'.repeat(10_000)],
    ['100,000 unclosed divs', () => '<div>'.repeat(100_000)],
    ['an empty file', () => ''],
  ])('%s: a verdict', { timeout: 30_000 }, (_name, make) => {
    const r = run(make(), '--url', 'https://example.com/');
    expect(r.code).toBe(0);
    expectVerdictOrOneLine(r);
  });

  it('a 20 MB page: a verdict within 30 s, and a line on stderr saying only the start was read', { timeout: 60_000 }, () => {
    const head = '<!doctype html><html lang="en"><head><title>Verify your Amazon gift card</title></head><body><h1>Enter your Amazon gift card claim code to verify the balance</h1><form><label>Claim code <input name="claim_code"></label></form>';
    const para = '<div class="post"><p>Lorem ipsum dolor sit amet, <a href="/x">consectetur</a> adipiscing elit, sed do eiusmod tempor.</p><ul><li>one</li><li>two</li></ul></div>\n';
    const page = head + para.repeat(Math.ceil((20 << 20) / para.length)) + '</body></html>';
    expect(page.length).toBeGreaterThan(20 << 20);
    const t0 = Date.now();
    const r = run(page, '--url', 'https://amaz0n-giftcards.com/verify');
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out[0]!).scam.level).toBe('high');
    expect(r.err).toEqual([expect.stringMatching(new RegExp(`first ${MAX_MARKUP / (1 << 20)} MB of 2\\d\\.\\d MB`))]);
  });

  it('a scam deep inside 5,000 wrappers is still read (nesting capped as browsers do, text kept)', () => {
    const page = `<title>Verify your Amazon gift card</title>${'<div>'.repeat(5000)}<h1>Enter your Amazon gift card claim code to verify the balance</h1><form><input name="claim_code" placeholder="Claim code"></form>`;
    const doc = parseHtml(page, 'https://amaz0n-giftcards.com/verify');
    expect(doc.querySelector('h1')?.textContent).toContain('claim code');
    let depth = 0;
    for (let n: Node | null = doc.querySelector('input'); n; n = n.parentNode) depth++;
    expect(depth).toBeLessThanOrEqual(MAX_DEPTH + 2);
    const r = run(page, '--url', 'https://amaz0n-giftcards.com/verify');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out[0]!).scam.level).toBe('high');
  });

  it('a missing file, a bad URL or an unknown option: one line, exit 2', () => {
    for (const args of [['--url', 'ftp://x'], ['--nope'], ['--url'], ['--url=']]) {
      const r = run('<p>x</p>', ...args);
      expect(r.code).toBe(2);
      expect(r.err).toHaveLength(1);
    }
    const out: string[] = [];
    const err: string[] = [];
    expect(main([join(dir, 'missing.html'), '--url', 'https://example.com/'], (s) => out.push(s), (s) => err.push(s))).toBe(2);
    expect(err).toHaveLength(1);
  });

  it('accepts --opt=value as well as --opt value', () => {
    expect(parseArgs(['p.html', '--url=https://www.amazon.com/gp/buy?x=1', '--known-balance=25.00'])).toEqual({
      file: 'p.html',
      url: 'https://www.amazon.com/gp/buy?x=1',
      knownBalance: '25.00',
    });
    expect(parseArgs(['p.html', '--url', 'https://www.amazon.com/'])).toEqual({ file: 'p.html', url: 'https://www.amazon.com/', knownBalance: null });
  });
});
