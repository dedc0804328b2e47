// The every-page first look: literal stems, no regex, few elements touched.
// Measured in Chromium (npm run bench), what a content script costs an ordinary page is mostly
// first-use work in its fresh world: the first element it touches, each regex, every line of
// code it loads. So this file holds only lower-cased text and `includes`. A hint is not a verdict:
// past it, the scan script (src/scam/scan.ts) runs the precise gate (gate.ts) and the score.
// gate.ts builds on these, so a page the hints let go never passes the precise gate either.

/** Gift-card stems: every pattern in GIFT and PAY_DEMAND (vocab.ts) contains one. */
export const GIFT_STEMS = [
  'gift', 'claim', 'redeem', 'redemption', 'voucher', 'gutschein', 'geschenk', 'guthaben', 'paysafe', 'cadeau', 'recharge',
  'coupon', "d'achat", 'transcash', 'regalo', 'canje', 'reclamo', 'riscatto', 'itunes', 'google play', 'google-play', 'googleplay', 'steam', 'einlöse', 'aktionscode',
  'ギフト', 'プリペイド', '電子マネー', 'アマゾン',
];
/** Field stems: every pattern in CODE_FIELD contains one. */
export const FIELD_STEMS = [
  'claim', 'rede', 'voucher', 'gift', 'card', 'pin', 'access', 'security', 'scratch', 'code', 'gutschein', 'einlöse', 'karten',
  'carte', 'codig', 'códig', 'codice', 'tarjeta', 'carta', 'コード', '番号', '暗証',
];
/** Always "not a claim-code field": NOT_CODE_FIELD matches each of these too. */
export const NOT_STEMS = [
  'zip', 'postal', 'postcode', 'post code', 'post-code', 'post_code', 'postleitzahl', 'sms', 'otp', 'one time', 'one-time',
  'onetime', '2fa', 'authenticat', 'captcha', 'phone', 'country', 'discount', 'promo', 'coupon', 'rabatt', 'descuento',
  'sconto', 'referral', 'invite', 'snippet', '郵便',
];
/** Payment-card words: a 16-digit card field, not a claim code. */
export const CC_STEMS = [
  'cvv', 'cvc', 'csc', 'expir', 'exp date', 'exp-date', 'exp_date', 'mm/yy', 'mm / yy', 'name on card', 'cardholder',
  'karteninhaber', 'ablaufdatum', 'prüfnummer', 'cryptogramme', "date d'expiration", 'titular', 'caducidad', 'scadenza',
  'titolare', '有効期限', 'セキュリティコード',
];
/** Inputs that never take a code: hidden, buttons, e-mail, phone, dates. */
const SKIP_TYPES = ' hidden checkbox radio submit button reset file image range color date datetime-local month week time email url tel number ';
const ATTRS = ['placeholder', 'aria-label', 'title', 'name', 'id'];
export const MAX_FIELDS = 400;

export function has(text: string, stems: readonly string[]): boolean {
  for (let i = 0; i < stems.length; i++) if (text.includes(stems[i] as string)) return true;
  return false;
}

/** A run of 8 or more digits with only phone separators between them. */
export function phoneLike(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits >= 8) return true;
    } else if (c !== 32 && c !== 45 && c !== 46 && c !== 40 && c !== 41 && c !== 43) digits = 0;
  }
  return false;
}

/** Six mask characters in a row (X, capitals, digits, * or •), as in XXXX-XXXXXX-XXXX. */
export function maskRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    run = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 42 || c === 0x2022 ? run + 1 : 0;
    if (run >= 6) return true;
  }
  return false;
}

/** Text of the first `max` elements with this tag, one per line. */
export function texts(root: Document | Element, tag: string, max: number): string {
  const els = root.getElementsByTagName(tag);
  let out = '';
  for (let i = 0; i < max; i++) {
    const el = els[i];
    if (!el) break;
    out += `\n${(el.textContent ?? '').slice(0, 300)}`;
  }
  return out;
}

/** The title and top headings: what the page gate reads on load. */
export function headline(doc: Document): string {
  return `${doc.title}${texts(doc, 'h1', 3)}${texts(doc, 'h2', 10)}`;
}

/** A field's own words: placeholder, aria-label, title, name, id. */
export function attrText(el: Element): string {
  let out = '';
  for (const a of ATTRS) {
    const v = el.getAttribute(a);
    if (v) out += ` ${v}`;
  }
  return out;
}

/** The text fields of a scope worth a look (no hidden or typed-for-something-else inputs). */
export function scopeFields(scope: Document | Element): Element[] {
  const out: Element[] = [];
  for (const tag of ['input', 'textarea']) {
    const all = scope.getElementsByTagName(tag);
    for (let i = 0; out.length < MAX_FIELDS; i++) {
      const el = all[i];
      if (!el) break;
      if (tag === 'input' && SKIP_TYPES.includes(` ${(el.getAttribute('type') ?? 'text').toLowerCase()} `)) continue;
      if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') continue;
      out.push(el);
    }
  }
  return out;
}

/** Legends and headings of a field's form (or page), and its labels. */
export function scopeText(scope: Document | Element): { heads: string; labels: string[] } {
  const heads = `${texts(scope, 'legend', 20)}${texts(scope, 'h1', 20)}${texts(scope, 'h2', 20)}${texts(scope, 'h3', 20)}`;
  const labels: string[] = [];
  const els = scope.getElementsByTagName('label');
  for (let i = 0; i < MAX_FIELDS; i++) {
    const l = els[i];
    if (!l) break;
    labels.push((l.textContent ?? '').slice(0, 120));
  }
  return { heads, labels };
}

/** The scope a field's check covers: its form, or the whole page for a field outside any form. */
export function fieldScope(field: Element): Document | Element {
  return field.closest('form') ?? field.ownerDocument;
}

export function maxLengthSized(el: Element): boolean {
  const max = Number(el.getAttribute('maxlength') ?? '0');
  return max >= 14 && max <= 19;
}

/**
 * Gift-card stems in every language of the Amazon marketplaces (en de fr es it pt nl pl sv tr ar
 * ja) and the gift-card brands scammers name. Lower-case literals for `includes`: a hint, not a
 * verdict. Past it the scan script scores the page.
 */
export const LOAD_GIFT_STEMS = [
  ...GIFT_STEMS,
  'e-code', 'ecode', 'prepaid', 'razer', 'neosurf', 'vanilla', 'pcs ', 'ebay card', 'store card',
  'carte prépayée', 'tarjeta prepago', 'cupón', 'ricarica',
  'cartão presente', 'cartão-presente', 'cartões presente', 'vale-presente', 'vale presente', 'pré-pago', 'resgate',
  'cartão-oferta', 'cartão oferta', 'cartões-oferta', 'cartões oferta', 'vale-oferta',
  'waardebon', 'tegoed', 'podarunk', 'doładowa', 'presentkort', 'värdebevis', 'hediye', 'ön ödemeli',
  'هدايا', 'هدية', 'قسيمة', 'قسائم', 'آيتونز', 'ايتونز', 'جوجل بلاي', 'ستيم',
  '商品券', 'ウェブマネー', 'ビットキャッシュ', 'グーグルプレイ',
];

/** The second idea that must stand near a gift stem: a code or PIN, an ask, a payment or a fee. */
export const LOAD_NEAR_STEMS = [
  'code', 'pin', 'claim', 'redeem', 'number', 'balance', 'verif', 'activ', 'unlock', 'scratch', 'photo', 'picture', 'send', 'read',
  'enter', 'pay', 'fee', 'fine', 'tax', 'bail', 'custom', 'bill', 'support', 'refund', 'debt', 'prize', 'won', 'winner', 'release',
  // Buying the cards: the errand and "pay the fee" scams start there (a shop selling cards passes
  // too: this is a hint, the scan decides).
  'buy', 'purchas', 'compr', 'kauf', 'achet', 'acquist', 'koop', 'kopen', 'kup', 'köp', 'satın', 'اشتر', '購入', '買',
  'nummer', 'guthaben', 'prüf', 'bestätig', 'aktiv', 'zahl', 'gebühr', 'strafe', 'steuer', 'zoll', 'foto', 'schick', 'gewinn',
  'numéro', 'solde', 'vérif', 'paie', 'frais', 'amende', 'impôt', 'douane', 'envoy', 'gagn',
  'código', 'codigo', 'número', 'saldo', 'pag', 'multa', 'impuesto', 'aduana', 'envi', 'ganad', 'premio',
  'codice', 'tassa', 'dogana', 'invia', 'vinto',
  'resgat', 'imposto', 'alfândega', 'prêmio',
  'kod', 'numer', 'betal', 'boete', 'belasting', 'stuur', 'opłat', 'podatek', 'cło', 'wyślij', 'grzywn', 'nagrod',
  'avgift', 'skatt', 'tull', 'skicka', 'böter', 'vinst', 'numara', 'bakiye', 'öde', 'vergi', 'gümrük', 'ceza', 'gönder', 'ödül',
  'رمز', 'كود', 'رقم', 'رصيد', 'دفع', 'رسوم', 'غرامة', 'ضريب', 'جمارك', 'أرسل', 'ارسل', 'جائزة',
  'コード', '番号', '残高', '確認', '払', '料金', '税', '罰金', '送', '当選', '入力',
];

const NEAR = 220;
const MAX_GIFT_HITS = 24;

/** Characters that show nothing: a page can put them inside a brand name ("Goo\u00adgle Play")
 * so that it reads the same but matches no word. Taken out before matching. */
export const INVISIBLE = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];

/** `text` without INVISIBLE characters (no regex: see the top of this file). */
export function withoutInvisible(text: string): string {
  let out = text;
  for (const c of INVISIBLE) if (out.includes(c)) out = out.split(c).join('');
  return out;
}

/**
 * For each of LOAD_GIFT_STEMS, in order, a piece of it that starts at its least common letter
 * (tests/unit/scam/hints.test.ts recomputes them). indexOf walks the text from one occurrence of
 * a pattern's first character to the next, so a search for "redeem" stops at every r and e of
 * the page, "dee" only at each d: measured in Chromium, this made the scan of the long-article
 * bench page 0.2-0.45 ms cheaper. Each piece found is checked in place for its whole stem.
 */
export const LOAD_GIFT_KEYS = [
  'ft', 'cla', 'dee', 'pti', 'vou', 'gut', 'ges', 'ben', 'ysa', 'cad', 'ge', 'pon', "'ac", 'cas', 'gal', 'je', 'mo', 'cat', 'une',
  'goo', '-pl', 'goo', 'ste', 'öse', 'kti', 'ギフト', 'プリペ', '電子マ', 'アマゾ', '-co', 'cod', 'pre', 'zer', 'urf', 'van', 'pcs',
  'y c', 'car', 'épa', 'jet', 'ón', 'car', 'ão ', 'ão-', 'ões', 'val', 'val', 'é-p', 'gat', 'ão-', 'ão ', 'ões', 'ões', 'fer',
  'waa', 'goe', 'pod', 'ład', 'kor', 'ärd', 'ye', 'ön ', 'هدا', 'هدي', 'قسي', 'قسا', 'آيت', 'ايت', 'جوج', 'ستي', '商品券', 'ウェブ',
  'ビット', 'グーグ',
];

/** One pass over the stems: a gift stem with a second idea near it (`hint`), or any gift stem at all. */
function stemScan(sample: string): { hint: boolean; gift: boolean } {
  const low = withoutInvisible(sample.toLowerCase());
  let hits = 0;
  for (let s = 0; s < LOAD_GIFT_STEMS.length && hits < MAX_GIFT_HITS; s++) {
    const stem = LOAD_GIFT_STEMS[s] as string;
    const key = LOAD_GIFT_KEYS[s] as string;
    let off = -1;
    for (let k = low.indexOf(key); k >= 0 && hits < MAX_GIFT_HITS; k = low.indexOf(key, k + 1)) {
      if (off < 0) off = stem.indexOf(key);
      const i = k - off;
      if (i < 0 || !low.startsWith(stem, i)) continue;
      hits++;
      if (has(low.slice(Math.max(0, i - NEAR), i + stem.length + NEAR), LOAD_NEAR_STEMS)) return { hint: true, gift: true };
    }
  }
  return { hint: false, gift: hits > 0 };
}

/** A gift stem with a second idea within NEAR characters of it. */
export function sampleHint(sample: string): boolean {
  return stemScan(sample).hint;
}

/** How much of the body text the first look reads (chosen on the train split: all but 2 of its
 * static scam pages hint within their first 2,000 characters; 3,000 costs a large page less). */
export const SAMPLE_CHARS = 3000;
/** Placeholders, alt text and frames are read only where the text alone cannot tell: a gift stem
 * with nothing near it, or a sparse page (little text, few elements: the words may be in images). */
export const SPARSE_TEXT = 1500;
export const SPARSE_ELEMENTS = 1500;

const nth = (path: string, attr: string, n: number, len = 300): string[] =>
  Array.from({ length: n }, (_, i) => `substring(string((${path})[${i + 1}]/@${attr}), 1, ${len})`);

/** At most this many of the body's text nodes are read on a look (a catalogue has thousands of
 * short ones: its first 120 hold more than a screenful). */
export const MAX_TEXT_NODES = 120;

/**
 * The first look reads the title and the page's first text nodes one by one until it has
 * SAMPLE_CHARS characters, then (only where needed) the words people read in fields, buttons,
 * images and frames as one XPath string. A tree walker from the document stops where the look
 * stops and makes no element object: string() of the whole body costs about 3.5 ns per
 * character of the page's text (0.6 ms on the long-article bench page) however little is kept,
 * an XPath node iterator gathers every text node before handing out the first, the first XPath
 * call costs a fresh world 0.25-0.4 ms and the first element (document.body) about as much
 * (measured side by side, tests/bench/variants.ts). No regex: the first one a fresh world runs
 * costs more than this whole look.
 */
/** Built when first needed (most pages never need it). */
const xpAttrs = () =>
  `normalize-space(concat(${[
    ...nth('//*[@placeholder]', 'placeholder', 6), ...nth('//img[@alt]', 'alt', 6), ...nth('//*[@aria-label]', 'aria-label', 4),
    ...nth("//input[@type='submit' or @type='button']", 'value', 3), ...nth('//iframe[@srcdoc]', 'srcdoc', 2, 4000),
  ].join(", ' | ', ")}))`;
const XP_COUNT = 'count(//*)';
/** A dialog's text (the last one: a modal is added at the end of the page, past the first
 * 3,000 characters). Read on re-looks only: a page that changes may have just opened one. */
const XP_DIALOG = `normalize-space(substring(string((//*[@role='dialog' or @role='alertdialog' or @aria-modal='true' or self::dialog])[last()]), 1, ${SAMPLE_CHARS}))`;
const domDialog = (doc: Document) => {
  const all = doc.querySelectorAll('[role="dialog"], [role="alertdialog"], [aria-modal="true"], dialog');
  return squashSpace(all[all.length - 1]?.textContent ?? '').trim().slice(0, SAMPLE_CHARS);
};

/**
 * A method of the document's own prototype chain (Document.prototype.evaluate and the like): a
 * page's `<img name="evaluate">` shadows document.evaluate (named properties win on documents).
 * Found up the document's prototype chain, not through the global `Document`: the first touch
 * of an interface object costs a fresh world a fraction of a millisecond (measured), and this
 * runs on every page.
 */
function protoMethod<K extends 'evaluate' | 'createTreeWalker'>(doc: Document, name: K): Document[K] | undefined {
  for (let p = Object.getPrototypeOf(doc) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    if (Object.prototype.hasOwnProperty.call(p, name)) {
      const fn = (p as Document)[name];
      return typeof fn === 'function' ? fn : undefined;
    }
  }
  return undefined;
}

function xpath(doc: Document, expr: string, type: number): XPathResult | null {
  const evaluate = protoMethod(doc, 'evaluate');
  if (!evaluate) return null;
  return evaluate.call(doc, expr, doc, null, type, null);
}

function elementCount(doc: Document): number {
  const r = xpath(doc, XP_COUNT, 1);
  return r ? r.numberValue : doc.getElementsByTagName('*').length;
}

/** One text node's words on a line of their own: trimmed, inner line breaks joined (no regex). */
function squashNode(t: string): string {
  const s = t.trim();
  return s.includes('\n') ? s.split('\n').map((x) => x.trim()).join(' ') : s;
}

interface Leading {
  text: string;
  /** Every text node of the body was read: the page has no more text than this. */
  all: boolean;
}

/** The title and the page's first text nodes, up to SAMPLE_CHARS characters. */
function leadingText(title: string, nodes: { iterateNext(): Node | null }): Leading {
  let out = `${title} |`;
  const end = title.length + 2 + SAMPLE_CHARS;
  let all = false;
  for (let n = 0; n < MAX_TEXT_NODES && out.length < end; n++) {
    const node = nodes.iterateNext();
    if (!node) {
      all = true;
      break;
    }
    const t = squashNode((node as Text).data ?? '');
    if (t) out += ` ${t}`;
  }
  return { text: out.slice(0, end), all };
}

/** Text nodes nobody reads as words: style sheets, scripts and JSON (a brace), markup inside
 * <noscript> (read as text where scripts run). The head's text is these, white space and the
 * title, so a walk from the document steps over them until the first words and needs no
 * element to find where the body starts. Past the first words they are read as before: a
 * chat's or wizard's inline script holds its ask. */
const unread = (t: string) => t.includes('{') || t.trimStart().startsWith('<');
/** Nodes stepped over before the first words, at most (white space counts). */
const MAX_UNREAD = 200;

/** The title and the page's first text nodes, through a tree walker from the document: the
 * head's nodes and the title's own text node are stepped over. */
function walkedText(doc: Document): Leading | null {
  const create = protoMethod(doc, 'createTreeWalker');
  if (!create) return null;
  const title = doc.title ?? '';
  const walker = create.call(doc, doc, 4 /* NodeFilter.SHOW_TEXT */);
  let started = false;
  let skipped = 0;
  return leadingText(title, {
    iterateNext: () => {
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (started) return node;
        const t = (node as Text).data ?? '';
        const s = t.trim();
        if ((s && !unread(t) && s !== title) || skipped++ >= MAX_UNREAD) {
          started = true;
          return node;
        }
      }
      return null;
    },
  });
}

function domAttrs(doc: Document): string {
  let out = '';
  const pick = (sel: string, attr: string, n: number, len = 300) => {
    const els = doc.querySelectorAll(sel);
    for (let i = 0; i < n && i < els.length; i++) out += ` | ${(els[i]?.getAttribute(attr) ?? '').slice(0, len)}`;
  };
  pick('[placeholder]', 'placeholder', 6);
  pick('img[alt]', 'alt', 6);
  pick('[aria-label]', 'aria-label', 4);
  pick('input[type="submit"], input[type="button"]', 'value', 3);
  pick('iframe[srcdoc]', 'srcdoc', 2, 4000);
  return out;
}

const squashSpace = (s: string) => s.replace(/\s+/g, ' ');

/**
 * What a person sees first on a page, as one bounded string (the text; and the attribute words
 * too where the text alone cannot tell, see SPARSE_TEXT), and whether it hints at gift cards.
 * Each part is scanned for stems once.
 */
export function firstLook(doc: Document, relook = false): { sample: string; hint: boolean } {
  const leading = walkedText(doc) ?? { text: `${doc.title} |`, all: false };
  let text = leading.text;
  if (relook) {
    const dialog = xpath(doc, XP_DIALOG, 2)?.stringValue ?? domDialog(doc);
    if (dialog) text = `${text} | ${dialog}`;
  }
  const scan = stemScan(text);
  if (scan.hint) return { sample: text, hint: true };
  // Sparse: the look read all of the page's text and it is short (a page that stopped at
  // MAX_TEXT_NODES has more), and it has few elements.
  const sparse = leading.all && text.length < SPARSE_TEXT && elementCount(doc) <= SPARSE_ELEMENTS;
  if (!sparse && !scan.gift) return { sample: text, hint: false };
  const attrs = xpath(doc, xpAttrs(), 2)?.stringValue ?? squashSpace(domAttrs(doc));
  const sample = `${text} | ${attrs}`;
  return { sample, hint: sampleHint(sample) };
}

/** What a person sees first, as one bounded string (see firstLook). */
export function loadSample(doc: Document): string {
  return firstLook(doc).sample;
}

/** On load, and when the page changes: does what a person sees first hint at gift cards? */
export function loadHint(doc: Document, relook = false): boolean {
  return firstLook(doc, relook).hint;
}

function textHint(text: string): boolean {
  return has(text.toLowerCase(), GIFT_STEMS) || phoneLike(text);
}

/**
 * On load: a gift-card stem or a phone number in the title. Reading the title touches no element;
 * the first element a script touches costs about as much as a whole one-line content script.
 */
export function titleHint(doc: Document): boolean {
  return textHint(doc.title);
}

/** On the shopper's first click, key or scroll, and when headings appear: the title and top headings. */
export function pageHint(doc: Document): boolean {
  return textHint(headline(doc));
}

/**
 * When a field is first focused: a gift-card stem in its form's headings, labels or fields, a
 * field or label with a code stem (and no postcode-like stem), a 14–19 character limit or a
 * code-shaped mask.
 */
export function fieldHint(scope: Document | Element): boolean {
  const { heads, labels } = scopeText(scope);
  if (has(heads.toLowerCase(), GIFT_STEMS)) return true;
  for (const l of labels) {
    const low = l.toLowerCase();
    if (has(low, GIFT_STEMS) || (has(low, FIELD_STEMS) && !has(low, NOT_STEMS))) return true;
  }
  for (const el of scopeFields(scope)) {
    const a = attrText(el);
    const low = a.toLowerCase();
    if (has(low, GIFT_STEMS) || maskRun(a) || maxLengthSized(el)) return true;
    if (has(low, FIELD_STEMS) && !has(low, NOT_STEMS)) return true;
  }
  return false;
}
