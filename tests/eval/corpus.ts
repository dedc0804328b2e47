// The scam-guard corpus: the project's own fixtures (author "core", tests/fixtures/scam) and the
// pages written by helpers briefed only with a page kind (tests/corpus/scam/<author>/, metadata on
// each page's first line). The split is frozen by author in tests/corpus/scam/splits.json; a train
// page that shares a site family or a benign site with a test page is left out of train, so no
// rule is tuned on a sibling of a test page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScamLevel } from '../../src/core/types';
import { SCAM_CASES } from '../fixtures/scam/cases';

const ROOT = join(import.meta.dirname, '../..');
const CORPUS = join(ROOT, 'tests/corpus/scam');
const FIXTURES = join(ROOT, 'tests/fixtures/scam');

export type Split = 'train' | 'test';

export interface CorpusPage {
  /** author/file, unique. */
  id: string;
  author: string;
  split: Split;
  path: string;
  url: string;
  label: 'scam' | 'benign';
  /** Expected level where the page says (core pages); helpers' scam pages accept warn or high. */
  expect: ScamLevel | null;
  kind: string;
  lang: string;
  family: string;
  /** Key content built by script after load: the static audit cannot see it. */
  dynamic: boolean;
  note: string;
}

interface Meta {
  url: string;
  label: 'scam' | 'benign';
  kind?: string;
  lang?: string;
  family?: string;
  dynamic?: boolean;
  note?: string;
}

const META = /^\s*(?:<!doctype[^>]*>\s*)?<!--\s*gcg-corpus:\s*(\{.*?\})\s*-->/is;

export function readMeta(html: string): Meta | null {
  const m = META.exec(html.slice(0, 4000));
  if (!m) return null;
  try {
    const meta = JSON.parse(m[1]!) as Meta;
    return typeof meta.url === 'string' && (meta.label === 'scam' || meta.label === 'benign') ? meta : null;
  } catch {
    return null;
  }
}

function site(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '').split('.').slice(-2).join('.');
  } catch {
    return url;
  }
}

let cached: CorpusPage[] | null = null;

export function loadCorpus(): CorpusPage[] {
  if (cached) return cached;
  const splits = JSON.parse(readFileSync(join(CORPUS, 'splits.json'), 'utf8')) as { train: string[]; test: string[] };
  const splitOf = (author: string): Split | null => (splits.test.includes(author) ? 'test' : splits.train.includes(author) ? 'train' : null);
  const pages: CorpusPage[] = SCAM_CASES.map((c) => ({
    id: `core/${c.file.replace(/^pages\//, '')}`,
    author: 'core',
    split: 'train',
    path: join(FIXTURES, c.file),
    url: c.url,
    label: c.expect === 'none' ? 'benign' : 'scam',
    expect: c.expect,
    kind: c.rule ?? 'benign',
    lang: 'en',
    family: `core:${site(c.url)}`,
    dynamic: false,
    note: c.note,
  }));
  for (const author of readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const split = splitOf(author);
    if (!split) throw new Error(`tests/corpus/scam/${author}: not in splits.json`);
    for (const file of readdirSync(join(CORPUS, author)).filter((f) => f.endsWith('.html')).sort()) {
      const path = join(CORPUS, author, file);
      const meta = readMeta(readFileSync(path, 'utf8'));
      if (!meta) throw new Error(`${path}: no gcg-corpus metadata on the first line`);
      pages.push({
        id: `${author}/${file}`,
        author,
        split,
        path,
        url: meta.url,
        label: meta.label,
        expect: null,
        kind: meta.kind ?? '',
        lang: meta.lang ?? '',
        family: `${author}:${meta.family ?? site(meta.url)}`,
        dynamic: !!meta.dynamic,
        note: meta.note ?? '',
      });
    }
  }
  // Site families shared with a test page never train.
  const testKeys = new Set<string>();
  const keys = (p: CorpusPage) => [p.family.replace(/^[^:]*:/, ''), ...(p.label === 'benign' ? [`site:${site(p.url)}`] : [])];
  for (const p of pages) if (p.split === 'test') for (const k of keys(p)) testKeys.add(k);
  cached = pages.filter((p) => p.split === 'test' || !keys(p).some((k) => testKeys.has(k)));
  return cached;
}

export function html(p: CorpusPage): string {
  return readFileSync(p.path, 'utf8');
}
