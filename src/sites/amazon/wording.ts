// Checkout wording per language, for reading Amazon's payment pages. Sources: research notes §3,
// §4 and §8. Rows marked GUESS there are guesses here too; the reader never relies on wording alone
// where structure can tell (see payment.ts). Languages without a table use English plus structure.
import type { Language } from '../../core/marketplaces';

export interface CheckoutWording {
  /** Heading of the payment page's balance section ("Your available balance"). */
  balanceSection: RegExp;
  /** Words that name the gift-card balance in a control's label or a payment line. */
  giftCard: RegExp;
  /** Order-summary label of the gift-card deduction ("Gift Card:", "Geschenkgutschein(e):"). */
  deduction: RegExp;
  /** Order-summary label of the total. */
  orderTotal: RegExp;
  /** Gift wrap and gift options: never payment, even though they say "gift". */
  giftWrap: RegExp;
}

const EN: CheckoutWording = {
  balanceSection: /your\s+available\s+balance|available\s+balances?/i,
  giftCard: /gift\s*cards?(?:\s+balance)?|gift\s+certificates?/i,
  deduction: /^\s*(?:amazon\s+)?gift\s*(?:cards?|certificates?)(?:\s+(?:balance|amount|applied))?\s*:?\s*$/i,
  orderTotal: /^\s*(?:order|grand)\s+total\s*:?\s*$/i,
  giftWrap: /gift\s*wrap|contains\s+a\s+gift|gift\s+options?|gift\s+receipt|gift\s+message/i,
};

const TABLES: Partial<Record<Language, CheckoutWording>> = {
  en: EN,
  de: {
    balanceSection: /(?:ihr|dein)\s+verfügbares\s+guthaben|verfügbares\s+guthaben/i,
    giftCard: /geschenk(?:gutschein|karte)(?:\(e\)|e|en|s)?(?:-?guthaben)?/i,
    deduction: /^\s*(?:amazon-?\s*)?geschenk(?:gutschein|karte)(?:\(e\)|e|en)?(?:-?guthaben)?\s*:?\s*$/i,
    orderTotal: /^\s*(?:gesamtsumme|gesamtbetrag|summe)\s*:?\s*$/i,
    giftWrap: /geschenkverpackung|als\s+geschenk|geschenkoptionen|geschenkbeleg/i,
  },
  fr: {
    balanceSection: /votre\s+solde\s+disponible|solde\s+disponible/i,
    giftCard: /cartes?[-\s]cadeaux?|ch[eè]ques?[-\s]cadeaux?/i,
    deduction: /^\s*(?:solde\s+(?:de\s+)?)?(?:cartes?[-\s]cadeaux?|ch[eè]ques?[-\s]cadeaux?)(?:\s+amazon)?\s*:?\s*$/i,
    orderTotal: /^\s*montant\s+total\s*:?\s*$|^\s*total\s+(?:de\s+la\s+commande|ttc)\s*:?\s*$/i,
    giftWrap: /emballage[-\s]cadeau|contient\s+un\s+cadeau|options?\s+cadeau/i,
  },
  it: {
    balanceSection: /(?:il\s+tuo\s+)?saldo\s+disponibile/i,
    giftCard: /buon[oi]\s+regalo|carta\s+regalo/i,
    deduction: /^\s*(?:importo\s+)?buon[oi]\s+regalo(?:\s+amazon)?\s*:?\s*$/i,
    orderTotal: /^\s*totale(?:\s+ordine)?\s*:?\s*$/i,
    giftWrap: /confezione\s+regalo|contiene\s+un\s+regalo|opzioni\s+regalo/i,
  },
  es: {
    balanceSection: /tu\s+saldo\s+disponible|saldo\s+disponible/i,
    giftCard: /cheques?\s+regalo|tarjetas?\s+regalo/i,
    deduction: /^\s*(?:cheques?|tarjetas?)\s+regalo(?:\s+de\s+amazon)?\s*:?\s*$/i,
    orderTotal: /^\s*(?:importe\s+)?total(?:\s+del\s+pedido)?\s*:?\s*$/i,
    giftWrap: /envolver\s+para\s+regalo|contiene\s+un\s+regalo|opciones\s+de\s+regalo|envoltorio/i,
  },
  ja: {
    balanceSection: /(?:ご)?利用可能な残高|利用可能残高/,
    giftCard: /ギフトカード|ギフト券/,
    deduction: /^\s*(?:amazon\s*)?(?:ギフトカード|ギフト券)(?:残高)?(?:の(?:ご)?利用)?\s*[:：]?\s*$/i,
    orderTotal: /^\s*(?:ご請求額|注文合計|合計)\s*[:：]?\s*$/,
    giftWrap: /ギフトラッピング|ギフト包装|ギフトの設定|ギフトオプション|ギフトとして/,
  },
  nl: {
    balanceSection: /(?:je|uw)\s+beschikbare?\s+(?:saldo|tegoed)|beschikbaar\s+(?:saldo|tegoed)/i,
    giftCard: /cadeau(?:kaart|bon)(?:en|s)?(?:tegoed|saldo)?/i,
    deduction: /^\s*(?:amazon(?:\.nl)?-?\s*)?cadeau(?:kaart|bon)(?:en|s)?(?:tegoed|saldo)?\s*:?\s*$/i,
    orderTotal: /^\s*(?:totaalbedrag|totaal(?:\s+bestelling)?)\s*:?\s*$/i,
    giftWrap: /cadeauverpakking|bevat\s+een\s+cadeau|cadeauopties/i,
  },
};

/** The wording tables to try for a market: its own (if any), then English. */
export function wordingFor(language: Language): CheckoutWording[] {
  const own = TABLES[language];
  return own && own !== EN ? [own, EN] : [EN];
}

/** True when the market has a wording table of its own (or is English). */
export function hasWording(language: Language): boolean {
  return TABLES[language] !== undefined;
}

export function matchesAny(text: string, tables: CheckoutWording[], key: keyof CheckoutWording): boolean {
  return tables.some((t) => t[key].test(text));
}
