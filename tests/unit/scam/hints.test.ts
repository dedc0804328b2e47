// The first look's stem scan searches for a piece of each stem (LOAD_GIFT_KEYS) and checks the
// whole stem in place. It must say exactly what a plain search for each whole stem says.
import { describe, expect, it } from 'vitest';
import { has, LOAD_GIFT_KEYS, LOAD_GIFT_STEMS, LOAD_NEAR_STEMS, loadSample, sampleHint, withoutInvisible } from '../../../src/scam/hints';
import { html, loadCorpus } from '../../eval/corpus';

/** Letters from most to least common in text of the marketplaces' Latin-script languages;
 * anything not listed (accented letters, other scripts) counts as rarer still. */
const COMMON = " eaintorsludcmphg'-bvfkzwyjqx";
const rarity = (c: string) => (COMMON.includes(c) ? COMMON.indexOf(c) : COMMON.length);

/** Three characters from the stem's least common one (not its last, so a key has two or more). */
function keyOf(stem: string): string {
  let best = 0;
  for (let p = 1; p < stem.length - 1; p++) if (rarity(stem[p]!) > rarity(stem[best]!)) best = p;
  return stem.slice(best, best + 3);
}

/** The plain scan: every whole stem searched for, each hit looked around. */
function plainHint(sample: string): boolean {
  const low = withoutInvisible(sample.toLowerCase());
  let hits = 0;
  for (const stem of LOAD_GIFT_STEMS) {
    for (let i = low.indexOf(stem); i >= 0 && hits < 24; i = low.indexOf(stem, i + 1)) {
      hits++;
      if (has(low.slice(Math.max(0, i - 220), i + stem.length + 220), LOAD_NEAR_STEMS)) return true;
    }
  }
  return false;
}

function load(text: string): void {
  document.open();
  document.write(text);
  document.close();
}

describe('stem scan', () => {
  it('has one key per stem, each from the stem\'s least common letter', () => {
    expect(LOAD_GIFT_KEYS).toEqual(LOAD_GIFT_STEMS.map(keyOf));
  });

  it('finds every stem at the very start and end of the text, and only with a second idea near it', () => {
    const filler = 'the trail runs along the river past old mills '.repeat(12);
    for (const stem of LOAD_GIFT_STEMS) {
      expect(sampleHint(`${stem} code`), stem).toBe(true);
      expect(sampleHint(`${filler}enter the ${stem}`), stem).toBe(true);
      expect(sampleHint(`${stem.toUpperCase()} ${'x'.repeat(200)} pin`), stem).toBe(true);
      // The second idea 240 characters away is too far.
      expect(sampleHint(`${stem}${' '.repeat(240)}code`), stem).toBe(plainHint(`${stem}${' '.repeat(240)}code`));
    }
    expect(sampleHint(`${filler}walkers stop for tea`)).toBe(false);
    expect(sampleHint('Gi\u00adft card: enter the code')).toBe(true);
  });

  it('agrees with the plain scan on every corpus page', () => {
    let hinted = 0;
    const pages = loadCorpus();
    for (const p of pages) {
      load(html(p));
      const sample = loadSample(document);
      const want = plainHint(sample);
      expect(sampleHint(sample), p.id).toBe(want);
      if (want) hinted++;
    }
    // Not a vacuous comparison: both sides of it occur.
    expect(hinted).toBeGreaterThan(50);
    expect(pages.length - hinted).toBeGreaterThan(5);
  });
});

describe('first look', () => {
  it('reads the title once and the words on the page, not style sheets, scripts or noscript markup', () => {
    const css = `body{margin:0}${'.card{border:1px solid #ccc;padding:4px}'.repeat(200)}`;
    load(`<!DOCTYPE html><html><head><title>Card balance check</title><style>${css}</style>
<script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}</script>
<noscript><img src="/px.gif" alt=""></noscript></head><body>
<h1>Card balance check</h1><script type="application/ld+json">{"@type":"WebPage","name":"x"}</script>
<p>Enter the claim code of your gift card below to see what is left on it.</p>
<script>const msg = { text: 'Type the codes in the chat' };</script></body></html>`);
    const sample = loadSample(document);
    // Past the first words a script is read as before: a chat's inline script holds its ask.
    expect(sample).toBe("Card balance check | Enter the claim code of your gift card below to see what is left on it. const msg = { text: 'Type the codes in the chat' };");
  });
});
