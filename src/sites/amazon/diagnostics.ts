// A diagnostic report for a checkout page we could not read: the payment section's structure
// (tags, classes, labels, amounts) with names, addresses and card digits masked. The shopper copies
// it from the popup and sends it to us themselves; nothing is sent by the extension.
import { parseMoney, type MoneyHint } from '../../core/money';
import type { PageInfo } from './pages';
import type { PaymentReading } from './payment';
import { SEL } from './selectors';

const MAX_LINES = 400;
const MAX_DEPTH = 30;

/** Capitalised words that are interface wording or brands, not names. Everything else capitalised is masked. */
const KEEP_WORDS_TEXT = (
  `Amazon Prime Visa Mastercard MasterCard Amex American Express Discover JCB Diners Maestro RuPay Apple Google
  Use Using Your You Enter Apply Applied Pay Paying Payment Payments Method Methods Order Orders Total Items Item
  Shipping Handling Gift Card Cards Certificate Balance Balances Available Credit Debit Change Add Continue Place
  Promotional Promo Code Voucher Vouchers Tax Estimated Subtotal Free Name Expires Ending Delete Close Buy Now Deliver
  Delivering Delivery Arriving Review Secure Checkout Summary Help Conditions Privacy Notice Select Edit Save
  Ihr Ihre Dein Deine Verwenden Zahlungsart Zahlung Bezahlen Einlösen Geschenkgutschein Geschenkgutscheine Geschenkkarte
  Guthaben Gesamtsumme Summe Gutschein Aktionscode Kreditkarte Debitkarte Kredit Ändern Jetzt Kaufen Lieferung Versand Verpackung
  Votre Vos Utiliser Appliquer Payer Paiement Carte Cartes Chèque Chèques Montant Modifier Acheter Livraison Articles Solde
  Il Tuo Usa Buono Buoni Applica Totale Pagamento Modifica Acquista Consegna Articoli Saldo Spedizione Carta
  Tu Tus Usar Cheque Tarjeta Aplicar Pagar Pago Cambiar Comprar Envío Productos Método Introduce
  Je Uw Cadeaubon Cadeaukaart Toepassen Betalen Betaalmethode Totaalbedrag Wijzigen Bestelling Plaatsen Verzending Artikelen Saldo Tegoed
  Użyj Karta Zastosuj Suma Płatność Zmień`
);
/** Made when a report is first asked for (the popup), not on every checkout page. */
let keepWords: Set<string> | null = null;

/** Japanese interface wording kept in reports; other CJK text is masked (names and addresses). */
const KEEP_CJK = /ギフトカード|ギフト券|利用可能な残高|残高|お支払い方法|お支払い|支払い方法|使用|適用|変更|注文を確定する|注文|ご請求額|合計|小計|商品|配送料|手数料|クレジットカード|デビットカード|末尾|有効期限|カード|追加|入力|コード|クーポン|プロモーション|利用|税込|レジ/g;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

/** Containers that hold an address or a name: their text is masked whole. */
const PERSONAL = [
  '#deliver-to-address-text',
  '#checkout-addressPanel',
  '.displayAddressDiv',
  '[class*="address" i]',
  '[id*="address" i]',
  '#glow-ingress-line1',
  '#glow-ingress-line2',
  '#nav-link-accountList-nav-line-1',
].join(', ');

const AMOUNT_CANDIDATE =
  /-?\s?(?:[A-Z]{3}|CDN\$|C\$|US\$|A\$|R\$|Rs\.?|[$£€¥￥₹])\s?-?\d[\d.,\u00a0\u202f ]*\d|-?\s?(?:[A-Z]{3}|[$£€¥￥₹])\s?\d|-?\d[\d.,\u00a0\u202f ]*\d?\s?(?:€|zł|kr|TL|円|[A-Z]{3})(?![A-Za-z])/g;

/** Mask a piece of page text: amounts stay; digits, capitalised names, e-mail addresses and CJK names go. */
export function maskText(text: string, hint: MoneyHint = {}): string {
  const kept: string[] = [];
  // Placeholders use private-use characters, so the digit and word masks below cannot touch them.
  const hold = (s: string) => `\ue000${String.fromCharCode(0xe100 + kept.push(s) - 1)}`;
  let t = text.replace(/\s+/g, ' ').trim();
  t = t.replace(/\S+@\S+/g, '[email]');
  t = t.replace(AMOUNT_CANDIDATE, (m) => (parseMoney(m.trim(), hint) ? hold(m) : m));
  t = t.replace(/\d/g, '#');
  t = t.replace(/\p{Lu}[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}'’]*/gu, (w) => ((keepWords ??= new Set(KEEP_WORDS_TEXT.split(/\s+/))).has(w) ? w : 'X'.padEnd(Math.min(w.length, 8), 'x')));
  if (CJK.test(t)) {
    t = t.replace(KEEP_CJK, (m) => hold(m));
    t = t.replace(new RegExp(CJK.source, 'g'), '〇');
  }
  return t.replace(/\ue000([\ue100-\uefff])/g, (_, c: string) => kept[c.charCodeAt(0) - 0xe100] ?? '');
}

/** Classes as Amazon's code sees them, with hashed and random parts generalised. */
function classesOf(el: Element): string {
  const out: string[] = [];
  for (const c of Array.from(el.classList)) {
    if (/^pmts-class-[0-9a-f]+$/.test(c)) out.push('pmts-class-*');
    else if (/^pmts-portal-components-pp-/.test(c)) out.push('pmts-portal-components-*');
    else out.push(c.replace(/\d{3,}/g, '#'));
  }
  return out.length ? `.${out.join('.')}` : '';
}

function idOf(el: Element): string {
  const id = el.id;
  if (!id) return '';
  if (/^pp-[A-Za-z0-9]+-\d+/.test(id)) return '#pp-*';
  return `#${id.replace(/\d{3,}/g, '#')}`;
}

const ATTRS = ['name', 'type', 'role', 'data-testid', 'data-a-input-name', 'data-csa-c-slot-id', 'aria-checked', 'aria-selected', 'for'];

function attrsOf(el: Element, hint: MoneyHint): string {
  const parts: string[] = [];
  for (const a of ATTRS) {
    const v = el.getAttribute(a);
    if (v === null) continue;
    if (a === 'for') parts.push('for');
    else parts.push(`${a}=${JSON.stringify(v.replace(/^pp-[A-Za-z0-9]+-\d+/, 'pp-*').replace(/\d{3,}/g, '#'))}`);
  }
  if (el.tagName === 'INPUT') {
    const input = el as HTMLInputElement;
    if (input.type === 'checkbox' || input.type === 'radio') parts.push(input.checked ? 'checked' : 'unchecked');
    if (input.disabled) parts.push('disabled');
  }
  for (const a of ['aria-label', 'title', 'placeholder']) {
    const v = el.getAttribute(a);
    if (v) parts.push(`${a}=${JSON.stringify(maskText(v, hint))}`);
  }
  return parts.length ? ` [${parts.join(' ')}]` : '';
}

function outline(root: Element, hint: MoneyHint, lines: string[]): void {
  const walk = (el: Element, depth: number, personal: boolean) => {
    if (lines.length >= MAX_LINES || depth > MAX_DEPTH) return;
    const tag = el.tagName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'svg') return;
    const isPersonal = personal || el.matches(PERSONAL);
    lines.push(`${'  '.repeat(depth)}${tag}${idOf(el)}${classesOf(el)}${attrsOf(el, hint)}`);
    for (const node of Array.from(el.childNodes)) {
      if (lines.length >= MAX_LINES) return;
      if (node.nodeType === 3) {
        const text = (node.textContent ?? '').trim();
        if (!text) continue;
        lines.push(`${'  '.repeat(depth + 1)}"${isPersonal ? '[masked]' : maskText(text, hint).slice(0, 160)}"`);
      } else if (node.nodeType === 1) {
        walk(node as Element, depth + 1, isPersonal);
      }
    }
  };
  walk(root, 0, false);
}

/** The parts of the page worth reporting: the payment section, else the checkout's main column. */
function reportRoots(doc: Document, reading: PaymentReading | null): Element[] {
  const picks = [
    reading?.section ?? null,
    doc.querySelector(SEL.paymentPanel),
    doc.querySelector(SEL.paymentForm),
    doc.querySelector(SEL.turboPanel),
    doc.querySelector(SEL.payingWithContainer),
    doc.querySelector(SEL.summary),
  ].filter((e): e is Element => e !== null);
  const roots: Element[] = [];
  for (const el of picks) {
    if (roots.some((r) => r.contains(el))) continue;
    for (let i = roots.length - 1; i >= 0; i--) if (el.contains(roots[i] as Element)) roots.splice(i, 1);
    roots.push(el);
  }
  if (roots.length === 0) {
    const fallback =
      doc.querySelector('#checkout-experience-left-column') ??
      doc.querySelector('#checkout-experience-container') ??
      doc.querySelector('main, [role="main"]') ??
      doc.body;
    if (fallback) roots.push(fallback);
  }
  return roots;
}

export function buildDiagnosticReport(doc: Document, url: string, info: PageInfo, reading: PaymentReading | null): string {
  const hint: MoneyHint = info.market ? { currency: info.market.currency, decimal: info.market.decimal } : {};
  let path = '';
  try {
    path = new URL(url).pathname.replace(/p-[0-9-]+/, 'p-#').replace(/\d{3,}/g, '#');
  } catch {
    path = '';
  }
  const lines = [
    'Gift Card Guard diagnostic report (names, addresses and card digits masked)',
    `marketplace: ${info.market?.domain ?? 'none'}`,
    `page: ${info.page} step: ${info.step ?? 'none'} buyNow: ${info.buyNow}`,
    `path: ${path}`,
    `verdict: ${reading?.state ?? 'none'}`,
    ...(reading?.evidence ?? []).map((e) => `evidence: ${maskText(e, hint)}`),
    '---',
  ];
  for (const root of reportRoots(doc, reading)) {
    outline(root, hint, lines);
    lines.push('---');
  }
  return lines.slice(0, MAX_LINES + 20).join('\n');
}
