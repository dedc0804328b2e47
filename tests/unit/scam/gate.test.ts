// The cheap gate that runs on every page: ordinary pages fail it without any body-text read.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fieldGate, gate, pageGate } from '../../../src/scam/gate';
import { fieldHint, loadHint, loadSample, pageHint, titleHint } from '../../../src/scam/hints';
import { assessPage } from '../../../src/scam/score';
import { SCAM_CASES } from '../../fixtures/scam/cases';

const dir = join(__dirname, '../../fixtures/scam');

function load(html: string): void {
  document.open();
  document.write(html);
  document.close();
}

const ORDINARY = `<!DOCTYPE html><html><head><title>Trail Running Shoes | Northpeak</title>
<meta name="description" content="Lightweight trail shoes for every distance."></head><body>
<header><nav><a href="/">Home</a> <a href="/men">Men</a> <a href="/gift-cards">Gift Cards</a></nav>
<form role="search"><input type="search" name="q" aria-label="Search"></form></header>
<main><h1>Trail running shoes</h1><h2>Bestsellers</h2>
<ul>${Array.from({ length: 200 }, (_, i) => `<li><a href="/p/${i}">Shoe model ${i}</a> <span>$${90 + (i % 40)}.00</span></li>`).join('')}</ul>
<form><label for="email">Email</label><input id="email" name="email" type="email">
<label for="zip">ZIP code</label><input id="zip" name="zip"><label for="name">Your name</label><input id="name" name="name">
<button>Sign up</button></form></main><footer><p>© 2024 Northpeak</p></footer></body></html>`;

describe('cheap gate', () => {
  afterEach(() => vi.restoreAllMocks());

  it('an ordinary page fails the gate without reading innerText or walking the body text', () => {
    load(ORDINARY);
    const innerText = vi.spyOn(HTMLElement.prototype, 'innerText', 'get');
    const walker = vi.spyOn(document, 'createTreeWalker');
    expect(gate(document).pass).toBe(false);
    expect(innerText).not.toHaveBeenCalled();
    expect(walker).not.toHaveBeenCalled();
  });

  it('a scam page passes the gate, and only then is the body text read (never through innerText)', () => {
    load(readFileSync(join(dir, 'pages/s01-amaz0n-verify.html'), 'utf8'));
    const innerText = vi.spyOn(HTMLElement.prototype, 'innerText', 'get');
    const walker = vi.spyOn(document, 'createTreeWalker');
    expect(gate(document).pass).toBe(true);
    expect(walker).not.toHaveBeenCalled();
    expect(assessPage(document, 'https://amaz0n-giftcards.com/verify').level).not.toBe('none');
    expect(walker).toHaveBeenCalled();
    expect(innerText).not.toHaveBeenCalled();
  });

  it.each(SCAM_CASES.filter((c) => c.expect !== 'none').map((c) => [c.file, c] as const))('scam page %s passes the gate', (_f, c) => {
    load(readFileSync(join(dir, c.file), 'utf8'));
    expect(gate(document).pass).toBe(true);
  });

  it('a field shaped for a claim code passes even without gift words', () => {
    load('<html><head><title>Step 2</title></head><body><p>Enter it below.</p><input name="k" placeholder="XXXX-XXXXXX-XXXX"></body></html>');
    expect(gate(document)).toEqual({ pass: true, why: 'field', when: 'focus' });
    expect(titleHint(document)).toBe(false);
    expect(fieldHint(document)).toBe(true);
  });

  it('a postcode field with a code-like label does not pass, and nothing reads the page text', () => {
    load('<html><head><title>Delivery</title></head><body><form><label for="pc">Postal code</label><input id="pc" name="postal_code" maxlength="8"><input name="promo_code" placeholder="Promo code"></form></body></html>');
    expect(fieldHint(document)).toBe(false);
    expect(gate(document).pass).toBe(false);
  });
});

// The every-page script only reads hints; the precise gate runs in the scan script. A page the
// hints let go must never be one the precise gate would pass: checked on every corpus page.
describe('every-page hints', () => {
  const pages = readdirSync(join(dir, 'pages')).filter((f) => f.endsWith('.html'));

  it.each(pages)('%s: the precise gate passes only where a hint does', (file) => {
    load(readFileSync(join(dir, 'pages', file), 'utf8'));
    expect(pageGate(document).pass).toBe(loadHint(document));
    for (const scope of [document, ...Array.from(document.forms)]) {
      if (fieldGate(scope).pass) expect(fieldHint(scope)).toBe(true);
    }
  });

  it('the first look on load sees the title, the start of the text, placeholders, alt text and frames', () => {
    load(`<html><head><title>Account notice</title></head><body><h1>Step 2</h1><p>Almost done.</p>
      <input placeholder="Steam wallet code"><img alt="Your Apple gift card is on hold" src="x.png">
      <iframe srcdoc="<p>Enter the claim code to release the funds</p>"></iframe></body></html>`);
    const sample = loadSample(document);
    for (const part of ['Account notice', 'Almost done.', 'Steam wallet code', 'Your Apple gift card is on hold', 'Enter the claim code']) expect(sample).toContain(part);
    expect(loadHint(document)).toBe(true);
  });

  it('on a long article the first look reads its first text nodes, never the whole body text', () => {
    const paras = Array.from({ length: 3000 }, (_, i) => `<p>Stage ${i}: the trail runs along the river past old mills and quiet farms.</p>`).join('\n');
    load(`<html><head><title>The long walk</title></head><body><h1>The long walk</h1>${paras}</body></html>`);
    const textContent = vi.spyOn(Element.prototype, 'textContent', 'get');
    const sample = loadSample(document);
    expect(textContent).not.toHaveBeenCalled();
    expect(sample).toContain('Stage 0: the trail runs');
    expect(sample).not.toContain('Stage 200:');
    expect(sample.length).toBeLessThanOrEqual(3100);
  });

  it('on load, buying the cards counts as the second idea; a soft hyphen inside a brand hides nothing', () => {
    load('<html><head><title>Primeira tarefa</title></head><body><p>O gerente pediu que você compre 5 cartões-presente Google Play de R$ 200 ainda hoje.</p></body></html>');
    expect(loadHint(document)).toBe(true);
    const card = ['Goo', 'gle ', 'Play'].join('\u00ad');
    load(`<html><head><title>Hinweis</title></head><body><p>Zahlung nur per ${card}-Karte. Lesen Sie den Code vor.</p></body></html>`);
    expect(loadHint(document)).toBe(true);
  });

  it('a form of many short labels is not taken for a sparse page: its placeholders and images are not read', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `<div><label for="f${i}">Town</label><input id="f${i}" placeholder="Town ${i}"></div>`).join('\n');
    load(`<html><head><title>Register</title></head><body><h1>Register</h1><form>${rows}</form></body></html>`);
    const query = vi.spyOn(document, 'querySelectorAll');
    expect(loadHint(document)).toBe(false);
    expect(query).not.toHaveBeenCalled();
  });

  it('a look after the page changed reads a dialog added at the end of a long page; the first look does not', () => {
    const story = '<p>The leave request is approved by the command and waits for the contribution of a family member before the flight.</p>'.repeat(40);
    load(`<html><head><title>Leave office</title></head><body><h1>Leave request 4471</h1>${story}
      <div role="dialog" aria-label="Contribution"><p>The only accepted way to pay is Apple or Steam gift cards. Enter the codes here.</p><input></div></body></html>`);
    expect(loadHint(document)).toBe(false);
    expect(loadHint(document, true)).toBe(true);
    expect(pageGate(document, true).pass).toBe(true);
  });

  it('on load, an ordinary shop with a "Gift Cards" menu link and a ZIP code field gets no closer look', () => {
    load(ORDINARY);
    expect(loadHint(document)).toBe(false);
    expect(titleHint(document)).toBe(false);
  });

  it('on load, gift-card words need a second idea (code, pay, verify, fee) close by', () => {
    load('<html><head><title>Gift ideas</title></head><body><p>Gift cards make great presents for teachers.</p></body></html>');
    expect(loadHint(document)).toBe(false);
    load('<html><head><title>Aviso</title></head><body><p>La multa debe pagarse con tarjetas Steam. Escriba los códigos abajo.</p></body></html>');
    expect(loadHint(document)).toBe(true);
    load('<html><head><title>Zadanie 3</title></head><body><p>Kup 5 kart Google Play i prześlij kody kierownikowi.</p></body></html>');
    expect(loadHint(document)).toBe(true);
  });

  it('finds a phone number in a heading, but not prices or model numbers', () => {
    load('<html><head><title>Support</title></head><body><h1>Call now: +1 (844) 555-0193</h1></body></html>');
    expect(pageHint(document)).toBe(true);
    load('<html><head><title>Jackets</title></head><body><h1>1,250 products</h1><h2>Model 4410 from £49.00</h2></body></html>');
    expect(pageHint(document)).toBe(false);
  });
});
