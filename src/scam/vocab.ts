// Words the scam guard looks for, in en, de, fr, es, it and ja. One combined regex per idea.
// Used past the every-page hints (hints.ts), in the scan script. Latin patterns use word-ish
// boundaries; Japanese has none, so its patterns are written to be specific on their own.

/** A pattern compiled on first use: building a big regex costs time in a fresh page world, and
 * many checks stop before they need one. */
export interface Pattern {
  readonly source: string;
  test(s: string): boolean;
}

const rx = (parts: string[], flags = 'i'): Pattern => {
  let re: RegExp | undefined;
  const source = parts.join('|');
  return { source, test: (s) => (re ??= new RegExp(source, flags)).test(s) };
};

/** Gift-card context: the thing a claim code belongs to. */
export const GIFT = rx([
  // en
  '(?:gift|claim|redemption|voucher) ?codes?', 'gift ?(?:cards?|vouchers?|certificates?)', 'e-?gift', '(?:google play|itunes|steam) cards?',
  // de
  '(?:geschenk|guthaben)karten?', 'gutschein', '(?:einlöse|aktions)code', 'paysafecard',
  // fr
  '(?:cartes?|codes?|ch[eè]ques?)[- ]cadeaux?', 'codes? de recharge', "bons? d'achat", 'coupons? pcs', 'transcash',
  // es
  '(?:tarjetas? (?:de )?|cheques? )regalo', 'c[oó]digos? de (?:canje|regalo|reclamo)',
  // it
  '(?:cart[ae]|buon[oi]) regalo', 'codic[ei] (?:regalo|di riscatto)',
  // ja
  'ギフト(?:カード|券|コード)', 'アマゾンギフト', 'プリペイドカード', '電子マネー',
]);

/** A field that takes a gift-card code, read from its label, placeholder, name or id. */
export const CODE_FIELD = rx([
  'claim', 'redee?m', 'voucher', 'gift.?c(?:ar)?d', 'card.?(?:number|no\\b|num)', '\\bpin\\b', 'access.?(?:number|code)',
  'security.?code', 'scratch', '(?:\\b|_)code(?:\\b|_)', 'gutschein', 'einlöse', 'karten(?:nummer|-?code)', 'carte', 'c[oó]dig[oe]',
  'n[uú]mero de (?:la )?tarjeta', 'numero (?:della )?carta', 'コード', '番号', '暗証',
]);

/** Fields that look like code fields but are not (postcode, one-time passwords, coupons on a shop). */
export const NOT_CODE_FIELD = rx([
  'zip', 'post(?:al|.?code|leitzahl)', '\\bplz\\b', 'c[oó]d(?:e|igo) postal', 'cap\\b', '郵便', 'sms', 'otp', 'one.?time', '2fa',
  'two.?factor', 'authenticat', 'captcha', 'phone', 'country', 'area.?code', 'discount', 'promo', 'coupon', 'rabatt',
  'réduction', 'descuento', 'sconto', 'referral', 'invite', 'snippet',
]);

/** The label says the field wants a claim code specifically (S1). */
export const CLAIM_LABEL = rx([
  '(?:claim|redemption) ?code', 'gift ?card (?:code|number|pin)', 'card pin', 'scratch', '(?:gutschein|einlöse)code',
  'code (?:de la )?carte[- ]cadeau', 'c[oó]digo de (?:canje|reclamo)', 'codice (?:della )?carta regalo', 'ギフト(?:券|カード)番号', 'ギフトコード', '引換番号',
]);

/** A placeholder shaped like a claim code: XXXX-XXXXXX-XXXX. */
export const CLAIM_MASK = rx(['\\b[X0-9A-Z*•]{4}[- ][X0-9A-Z*•]{6}[- ][X0-9A-Z*•]{4,5}\\b'], '');

/** Amazon as a brand (not "Amazon Pay", a payment button on other shops). */
export const BRAND = rx(['amazon(?![-\\s]?pay)', '\\bamzn\\b', 'アマゾン', '亚马逊']);

/** Verify / activate / check balance / claim (S3). */
export const INTENT = rx([
  'verif', 'vérifi', 'valid', 'activ', 'attiva', 'unlock', 'conf[ie]rm', 'check (?:your |the )?(?:[a-z]+ ){0,3}balance', 'balance check',
  'claim (?:your |the )?(?:reward|prize|gift|card|bonus)', 'redeem now', 'authenticat', 'bestätig', 'aktivier', 'freischalt',
  'guthaben (?:prüfen|abfragen)', 'kontostand', 'débloqu', 'solde', 'desbloque', 'saldo', 'sblocc',
  '確認', '認証', '有効化', '残高', '照会',
]);

// Gift cards as a means of payment, per language (shared by the patterns below).
const C_EN = 'gift ?cards?';
const C_DE = '(?:(?:geschenk|gutschein|guthaben)karten?|gutscheinen|paysafecard)';
const C_FR = '(?:cartes?[- ]cadeaux?|coupons?(?: pcs)?|recharges?|transcash)';
const C_ES = 'tarjetas? (?:de )?regalo';
const C_IT = '(?:cart[ae]|buon[oi]) regalo';
const C_JA = '(?:ギフト(?:カード|券)|電子マネー|プリペイド)';
const near = (a: string, b: string, n = 60) => `${a}.{0,${n}}${b}`;

/** A demand to pay with gift cards (S4), in one sentence. */
export const PAY_DEMAND = rx([
  near('\\b(?:pay|paid|settle|clear|cover|payment)\\b', `\\b(?:with|using|in|via|by|through)\\b.{0,40}${C_EN}`),
  near(`\\b(?:buy|purchase|get)\\b.{0,50}${C_EN}`, '\\b(?:send|read|give|text|email|share|provide|enter)\\b', 80),
  `(?:only|exclusively) accepts?.{0,40}${C_EN}`, `${C_EN} (?:are|is) the only (?:accepted )?payment`, `payable (?:by|with|in) .{0,40}${C_EN}`,
  near('(?:bezahl|zahl|begleich|überweis)', `\\b(?:mit|per|in form von|durch)\\b.{0,40}${C_DE}`),
  near(`\\b(?:mit|per|in form von)\\b.{0,40}${C_DE}`, '(?:bezahl|zahl|begleich|überweis)', 40),
  near(`(?:kauf|besorg).{0,50}${C_DE}`, '(?:send|schick|nenn|übermittel|durchgeb)', 80),
  near('(?:payer|régle[rz]|payez|paiement|vous acquitter)', `\\b(?:avec|par|en|au moyen de)\\b.{0,40}${C_FR}`),
  near(`(?:achet|procur).{0,50}${C_FR}`, '(?:envoy|communiqu|transmet|donn)', 80),
  near('(?:pag(?:ar|ue|o)|abonar|liquidar)', `\\b(?:con|mediante|en)\\b.{0,40}${C_ES}`),
  near(`(?:compr|adquier).{0,50}${C_ES}`, '(?:env[ií]|d[ií]ga|proporcion|facilit)', 80),
  near('(?:pag(?:are|hi|amento)|saldare)', `\\b(?:con|tramite|in|mediante)\\b.{0,40}${C_IT}`),
  near(`(?:acquist|compr).{0,50}${C_IT}`, '(?:invi|comunic|dett|fornisc)', 80),
  `${C_JA}で(?:の)?(?:お?支払|払|納付|決済)`, near('(?:お?支払|払い|納付|決済)', C_JA, 20), near(`コンビニで.{0,20}${C_JA}`, '購入', 20),
]);

/** Who scammers pretend to be, or what they say is owed (with S4). */
export const AUTHORITY = rx([
  '\\birs\\b', '\\btax', '\\bfines?\\b', 'penalt', 'warrant', '\\bbail\\b', 'police', 'social security', 'utilit',
  'invoice', 'overdue', 'tech(?:nical)? support', 'microsoft', 'apple support', 'windows', 'refund', 'arrest', 'court',
  'customs', '\\bfees?\\b', 'bill', 'debt', 'suspend', 'order', 'checkout', 'shipping',
  'finanzamt', 'steuer', 'strafe', 'bußgeld', 'polizei', 'haftbefehl', 'gericht', 'zoll', 'rechnung', 'mahnung', 'gebühr', 'schulden',
  'impôts?', 'amende', 'gendarmerie', 'tribunal', 'douane', 'facture', 'frais', 'support technique', 'dette',
  'hacienda', 'multa', 'impuesto', 'policía', 'arresto', 'juzgado', 'aduana', 'factura', 'soporte técnico', 'deuda', 'pedido',
  'tasse', 'polizia', 'tribunale', 'dogana', 'fattura', 'assistenza tecnica', 'debito', 'ordine',
  '未払', '料金', '延滞', '税', '罰金', '警察', '裁判', '法的措置', 'サポート', 'ウイルス', '請求', '注文',
]);

/** An instruction to hand over codes (G3, second form). */
export const HAND_OVER = rx([
  '\\b(?:send|text|email|read|upload|share|give|tell|provide|submit)\\b.{0,40}\\b(?:claim )?(?:codes?|numbers?|pins?|photos? of|pictures? of|the back)',
  '(?:send|schick|nenn|mitteil|übermittel|durchgeb|fotografier).{0,40}(?:code|nummer|pin|rückseite)',
  '(?:code|nummer|pin|rückseite).{0,40}(?:send|schick|nenn|mitteil|übermittel|durchgeb)',
  '(?:envoy|communiqu|transmet|donnez|photographi).{0,40}(?:codes?|numéros?|pin|dos de la carte)',
  '(?:env[ií]|d[ií]ga|proporcion|facilit|fotograf).{0,40}(?:c[oó]digos?|n[uú]meros?|pin|reverso)',
  '(?:invi|comunic|dett|fornisc|fotograf).{0,40}(?:codic[ei]|numer[oi]|pin|retro)',
  '(?:番号|コード).{0,20}(?:教え|送|伝え|入力|撮影)', '(?:写真|画像).{0,10}(?:送|撮)',
]);

/** Urgency (S7). */
export const URGENCY = rx([
  'expires? in', 'within \\d+ (?:hours?|minutes?|days?)', 'in \\d+ minutes', 'account (?:has been |is |will be )?(?:suspended|locked|blocked|closed)',
  'final notice', 'last warning', 'act now', 'imm?[eé]diat', 'inmediat', 'urgen', 'arrest',
  'innerhalb von \\d+ (?:stunden|minuten)', 'sofort', 'letzte mahnung', 'gesperrt', 'dringend', 'dans les \\d+ (?:heures|minutes)',
  'dernier avis', 'bloqu', 'suspendu', 'en \\d+ (?:horas|minutos)', '[uú]ltim[oa] av(?:is|vis)o', 'suspendid', 'entro \\d+ (?:ore|minuti)',
  'bloccat', 'sospes',
  '\\d+(?:時間|分)以内', '至急', '直ちに', '今すぐ', '最終通告', '停止', 'ロック',
]);

/** Prize bait (R3). */
export const REWARD = rx([
  "you(?:'ve| have)? won", 'winner', 'congratulations', '\\bfree\\b.{0,30}gift ?card', 'claim your', 'selected',
  'gewonnen', 'gewinner', 'glückwunsch', 'gratis', 'kostenlos',
  'gagné', 'gagnant', 'félicitations', 'gratuit',
  'ganado', 'ganador', 'felicidades', 'enhorabuena',
  'vinto', 'vincitore', 'congratulazioni', 'complimenti',
  '当選', 'おめでとう', '無料', 'プレゼント',
]);

/** Protective language (N2): the sentence warns about the scam instead of running it. */
export const PROTECTIVE = rx([
  '\\bnever\\b', '\\bscam', '\\bfraud', '\\bwarning', '\\bbeware', '\\bftc\\b', '\\breport', "\\bdon'?t\\b", '\\bdo not\\b',
  'red flag', '\\bfake\\b', 'phishing', 'impost[eo]r', 'scammer', 'legitimate', 'real (?:business|agency)',
  'niemals', '\\bnie\\b', 'betrug', 'betrüger', 'warnung', 'vorsicht', 'achtung', 'melden', 'abzocke', 'masche', 'seriös',
  'jamais', 'arnaque', 'escroqu', 'fraude', 'méfiez', 'signalez', 'ne (?:pas|jamais)', 'faux',
  'nunca', 'estafa', 'timo', 'cuidado', 'denunci', 'no (?:lo )?haga', 'falso',
  '\\bmai\\b', 'truffa', 'frode', 'diffid', 'segnal', 'non (?:fate|date|pagate)', 'falso',
  '詐欺', '絶対に', '決して', '注意', '警告', 'しないで', 'ありません', '偽',
]);

/** A phone number, for scareware "call this number" pages. */
export const PHONE = rx(['(?:\\+?\\d{1,3}[\\s.-]?)?\\(?\\d{3}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4}\\b', '\\+\\d{2}[\\s\\d]{8,14}\\d', '0\\d{2,4}-\\d{2,4}-\\d{3,4}'], '');

/** Fields that belong to a comment box, a search box or a newsletter signup (N3). */
export const HARMLESS_FIELD = rx([
  'comment', 'reply', 'search', '\\bq\\b', 'newsletter', 'subscribe', 'message', 'post', 'kommentar', 'suche',
  'commentaire', 'recherche', 'comentario', 'buscar', 'commento', 'cerca', 'コメント', '検索',
]);

/** A quick first look for the gate: any of the above ideas at all. */
export const GATE_WORDS = rx([GIFT.source, PAY_DEMAND.source]);
