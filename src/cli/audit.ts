// npm run -s audit -- <saved-page.html> --url <url> [--known-balance <amount>]
// Prints one JSON object. Bad arguments, an unreadable file or a page it cannot analyse: exit 2
// with one line on stderr saying why, never a stack trace. `--opt value` and `--opt=value` both work.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { analyzePage } from '../audit/analyze';
import { marketplaceForHost } from '../core/marketplaces';
import { parseMoney, type Money } from '../core/money';
import type { AuditReport } from '../core/types';
import { parseHtml } from './parse-html';

export class UsageError extends Error {}

const USAGE = 'usage: audit <saved-page.html> --url <url> [--known-balance <amount>]';

export interface AuditArgs {
  file: string;
  url: string;
  knownBalance: string | null;
}

export function parseArgs(argv: string[]): AuditArgs {
  let file: string | null = null;
  let url: string | null = null;
  let knownBalance: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i] as string;
    let inline: string | undefined;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    if (eq > 2) {
      inline = arg.slice(eq + 1); // --url=https://…
      arg = arg.slice(0, eq);
    }
    if (arg === '--url' || arg === '--known-balance') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${arg} needs a value; ${USAGE}`);
      if (arg === '--url') url = value;
      else knownBalance = value;
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}; ${USAGE}`);
    } else if (file === null) {
      file = arg;
    } else {
      throw new UsageError(`only one page at a time; ${USAGE}`);
    }
  }
  if (file === null) throw new UsageError(`no page given; ${USAGE}`);
  if (url === null) throw new UsageError(`--url is required; ${USAGE}`);
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error();
  } catch {
    throw new UsageError(`not an http(s) URL: ${url}`);
  }
  return { file, url, knownBalance };
}

/** Read "25", "$25.00" or "25,00 €" in the URL's market. */
export function parseKnownBalance(text: string, url: string): Money {
  const market = marketplaceForHost(new URL(url).hostname);
  if (!market) throw new UsageError('--known-balance only makes sense for an Amazon URL');
  const money = parseMoney(text, { currency: market.currency, decimal: market.decimal }) ??
    parseMoney(text, { currency: market.currency, decimal: '.' });
  if (!money || money.currency !== market.currency || money.minor < 0) {
    throw new UsageError(`cannot read --known-balance ${JSON.stringify(text)} as ${market.currency}`);
  }
  return money;
}

const MB = 1 << 20;
/**
 * Markup read at most (characters): any input gives a verdict within 30 s on a slow machine
 * (happy-dom takes about 6 s a MB of ordinary markup, longer for deep unclosed nesting).
 */
export const MAX_MARKUP = 2 * MB;

export function audit(html: string, args: AuditArgs): AuditReport {
  const knownBalance = args.knownBalance === null ? null : parseKnownBalance(args.knownBalance, args.url);
  return analyzePage(parseHtml(html, args.url), args.url, { knownBalance });
}

export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  try {
    const args = parseArgs(argv);
    let html: string;
    try {
      html = readFileSync(args.file, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read ${args.file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    if (html.length > MAX_MARKUP) {
      // The DOM library parses a few MB a second: past the cap, what a scam page shows first
      // (and a saved Amazon page's order summary) is read, and the rest said to be left out.
      err(`audit: read the first ${MAX_MARKUP / MB} MB of ${(html.length / MB).toFixed(1)} MB of markup; the rest was left out`);
      html = html.slice(0, Math.max(html.lastIndexOf('<', MAX_MARKUP), 0) || MAX_MARKUP);
    }
    out(JSON.stringify(audit(html, args)));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      err(`audit: ${oneLine(e.message)}`);
      return 2;
    }
    err(`audit: cannot analyse this page: ${oneLine(e instanceof Error ? e.message : String(e))}`);
    return 2;
  }
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 300);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // Whatever escapes (a timer in the DOM library, say) is still one line and exit 2.
  const fatal = (e: unknown) => {
    process.stderr.write(`audit: cannot analyse this page: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    process.exit(2);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  process.exitCode = main(
    process.argv.slice(2),
    (s) => process.stdout.write(`${s}\n`),
    (s) => process.stderr.write(`${s}\n`),
  );
}
