// Words the scam guard looks for, in en, de, fr, es, it and ja. One combined regex per idea.
// Kept as plain data so the every-page script stays small. Latin patterns use word-ish
// boundaries; Japanese has none, so its patterns are written to be specific on their own.

const rx = (parts: string[], flags = 'i'): RegExp => new RegExp(parts.join('|'), flags);

/** Gift-card context: the thing a claim code belongs to. */
export const GIFT = rx([
  // en
  'gift ?cards?', 'e-?gift', 'claim ?codes?', 'redemption codes?', 'gift codes?', 'voucher codes?', 'gift vouchers?',
  'gift certificates?', 'google play cards?', 'itunes cards?', 'apple gift', 'steam (?:wallet )?cards?',
  // de
  'geschenkkarten?', 'gutschein', 'einlösecode', 'aktionscode', 'guthabenkarten?', 'paysafecard',
  // fr
  'cartes?[- ]cadeaux?', 'codes? cadeaux?', 'codes? de recharge', 'ch[eè]ques?[- ]cadeaux?', "bons? d'achat", 'coupons? pcs', 'transcash',
  // es
  'tarjetas? (?:de )?regalo', 'c[oó]digos? de (?:canje|regalo|reclamo)', 'cheques? regalo',
  // it
  'cart[ae] regalo', 'buon[oi] regalo', 'codic[ei] (?:regalo|di riscatto)',
  // ja
  'ギフトカード', 'ギフト券', 'ギフトコード', 'アマゾンギフト', 'プリペイドカード', '電子マネー',
]);

/** A field that takes a gift-card code, read from its label, placeholder, name or id. */
export const CODE_FIELD = rx([
  'claim', 'redeem', 'redemption', 'voucher', 'gift.?card', 'gift.?code', 'card.?(?:number|no\\b|num)', '\\bpin\\b',
  'access.?(?:number|code)', 'security.?code', 'scratch', '\\bcode\\b', '_code\\b', '\\bcode_',
  'gutschein', 'einlöse', 'kartennummer', '(?:karten|gutschein|einlöse)-?code', 'carte', 'numéro de (?:la )?carte', 'c[oó]digo',
  'n[uú]mero de (?:la )?tarjeta', 'codice', 'numero (?:della )?carta', 'コード', '番号', '暗証',
]);

/** Fields that look like code fields but are not (postcode, one-time passwords, coupons on a shop). */
export const NOT_CODE_FIELD = rx([
  'zip', 'postal', 'post.?code', 'postleitzahl', '\\bplz\\b', 'code postal', 'c[oó]digo postal', 'cap\\b', '郵便',
  'sms', 'otp', 'one.?time', '2fa', 'two.?factor', 'authenticat', 'captcha', 'phone', 'country', 'area.?code',
  'discount', 'promo', 'coupon', 'rabatt', 'réduction', 'descuento', 'sconto', 'referral', 'invite',
  'source.?code', 'code.?snippet', 'language',
]);

/** The label says the field wants a claim code specifically (S1). */
export const CLAIM_LABEL = rx([
  'claim ?code', 'redemption code', 'gift ?card (?:code|number|pin)', 'card pin', 'scratch',
  'gutscheincode', 'einlösecode', 'code (?:de la )?carte[- ]cadeau', 'c[oó]digo de (?:canje|reclamo)', 'codice (?:della )?carta regalo',
  'ギフト券番号', 'ギフトカード番号', 'ギフトコード', '引換番号',
]);

/** A placeholder shaped like a claim code: XXXX-XXXXXX-XXXX. */
export const CLAIM_MASK = /\b[X0-9A-Z*•]{4}[- ][X0-9A-Z*•]{6}[- ][X0-9A-Z*•]{4,5}\b/;

/** Amazon as a brand (not "Amazon Pay", a payment button on other shops). */
export const BRAND = /amazon(?![-\s]?pay)|\bamzn\b|アマゾン|亚马逊/i;

/** Verify / activate / check balance / claim (S3). */
export const INTENT = rx([
  'verif(?:y|ied|ication)', 'validat', 'activat', 'unlock', 'confirm', 'check (?:your |the )?(?:[a-z]+ ){0,3}balance', 'balance check',
  'claim (?:your |the )?(?:reward|prize|gift|card|bonus)', 'redeem now', 'authenticat',
  'verifizier', 'bestätig', 'aktivier', 'freischalt', 'guthaben (?:prüfen|abfragen)', 'kontostand',
  'vérifi', 'valid', 'activ', 'débloqu', 'solde',
  'verific', 'validar', 'activar', 'desbloque', 'confirmar', 'consultar (?:el )?saldo', 'saldo',
  'verifica', 'convalid', 'attiva', 'sblocc', 'conferma',
  '確認', '認証', '有効化', '残高', '照会',
]);

/** A demand to pay with gift cards (S4), in one sentence. */
export const PAY_DEMAND = rx([
  // en
  '\\b(?:pay|paid|settle|clear|cover|payment)\\b.{0,60}\\b(?:with|using|in|via|by|through)\\b.{0,40}gift ?cards?',
  '\\b(?:buy|purchase|get)\\b.{0,50}gift ?cards?.{0,80}\\b(?:send|read|give|text|email|share|provide|enter)\\b',
  '\\b(?:only|exclusively) accept.{0,40}gift ?cards?', 'gift ?cards? (?:are|is) the only (?:accepted )?payment',
  'payable (?:by|with|in) .{0,40}gift ?cards?', 'accepts? only .{0,30}gift ?cards?',
  // de
  '(?:bezahl|zahl|begleich|überweis).{0,60}\\b(?:mit|per|in form von|durch)\\b.{0,40}(?:geschenkkarten?|gutscheinkarten?|guthabenkarten?|gutscheinen|paysafecard)',
  '\\b(?:mit|per|in form von)\\b.{0,40}(?:geschenkkarten?|gutscheinkarten?|guthabenkarten?|gutscheinen|paysafecard).{0,40}(?:bezahl|zahl|begleich|überweis)',
  '(?:kauf|besorg).{0,50}(?:geschenkkarten?|gutscheinkarten?|guthabenkarten?|paysafecard).{0,80}(?:send|schick|nenn|übermittel|durchgeb)',
  // fr
  '(?:payer|régler|réglez|payez|paiement|vous acquitter).{0,60}\\b(?:avec|par|en|au moyen de)\\b.{0,40}(?:cartes?[- ]cadeaux?|coupons?|recharges?|pcs|transcash)',
  '(?:achet|procur).{0,50}(?:cartes?[- ]cadeaux?|coupons? pcs|recharges?).{0,80}(?:envoy|communiqu|transmet|donn)',
  // es
  '(?:pagar|pague|abonar|liquidar|pago).{0,60}\\b(?:con|mediante|en)\\b.{0,40}tarjetas? (?:de )?regalo',
  '(?:compr|adquier).{0,50}tarjetas? (?:de )?regalo.{0,80}(?:env[ií]|d[ií]ga|proporcion|facilit)',
  // it
  '(?:pagare|paghi|saldare|pagamento).{0,60}\\b(?:con|tramite|in|mediante)\\b.{0,40}(?:cart[ae]|buon[oi]) regalo',
  '(?:acquist|compr).{0,50}(?:cart[ae]|buon[oi]) regalo.{0,80}(?:invi|comunic|dett|fornisc)',
  // ja
  'ギフト(?:カード|券)で(?:の)?(?:支払|払|お支払|納付|決済)', '(?:支払|払い|お支払い|納付|決済).{0,20}ギフト(?:カード|券)',
  '電子マネーで(?:支払|払|お支払)', 'コンビニで.{0,20}(?:ギフト|電子マネー|プリペイド).{0,20}購入',
]);

/** Who scammers pretend to be, or what they say is owed (with S4). */
export const AUTHORITY = rx([
  '\\birs\\b', '\\btax', '\\bfines?\\b', 'penalt', 'warrant', '\\bbail\\b', 'police', 'social security', 'utilit',
  'invoice', 'overdue', 'tech(?:nical)? support', 'microsoft', 'apple support', 'windows', 'refund', 'arrest', 'court',
  'customs', '\\bfees?\\b', 'bill', 'debt', 'suspend', 'order', 'checkout', 'shipping',
  'finanzamt', 'steuer', 'strafe', 'bußgeld', 'polizei', 'haftbefehl', 'gericht', 'zoll', 'rechnung', 'mahnung', 'gebühr', 'schulden',
  'impôts?', 'amende', 'gendarmerie', 'tribunal', 'douane', 'facture', 'frais', 'support technique', 'dette',
  'hacienda', 'multa', 'impuesto', 'policía', 'arresto', 'juzgado', 'aduana', 'factura', 'soporte técnico', 'deuda', 'pedido',
  'agenzia delle entrate', 'tasse', 'polizia', 'tribunale', 'dogana', 'fattura', 'assistenza tecnica', 'debito', 'ordine',
  '未払', '料金', '延滞', '税', '罰金', '警察', '裁判', '法的措置', 'サポート', 'ウイルス', '請求', '注文',
]);

/** An instruction to hand over codes (G3, second form). */
export const HAND_OVER = rx([
  '\\b(?:send|text|email|read|upload|share|give|tell|provide|submit)\\b.{0,40}\\b(?:claim )?(?:codes?|numbers?|pins?|photos? of|pictures? of|the back)',
  '(?:senden|schicken|nennen|mitteilen|übermitteln|durchgeben|fotografieren).{0,40}(?:code|nummer|pin|rückseite)',
  '(?:code|nummer|pin|rückseite).{0,40}(?:senden|schicken|nennen|mitteilen|übermitteln|durchgeben)',
  '(?:envoy|communiqu|transmet|donnez|photographi).{0,40}(?:codes?|numéros?|pin|dos de la carte)',
  '(?:env[ií]|d[ií]ga|proporcion|facilit|fotograf).{0,40}(?:c[oó]digos?|n[uú]meros?|pin|reverso)',
  '(?:invi|comunic|dett|fornisc|fotograf).{0,40}(?:codic[ei]|numer[oi]|pin|retro)',
  '(?:番号|コード).{0,20}(?:教え|送|伝え|入力|撮影)', '(?:写真|画像).{0,10}(?:送|撮)',
]);

/** Urgency (S7). */
export const URGENCY = rx([
  'expires? in', 'within \\d+ (?:hours?|minutes?|days?)', 'in \\d+ minutes', 'account (?:has been |is |will be )?(?:suspended|locked|blocked|closed)',
  'final notice', 'last warning', 'act now', 'immediately', 'urgent', 'before midnight', 'arrest',
  'innerhalb von \\d+ (?:stunden|minuten)', 'sofort', 'letzte mahnung', 'gesperrt', 'dringend',
  'dans les \\d+ (?:heures|minutes)', 'immédiatement', 'dernier avis', 'bloqué', 'suspendu', 'urgent',
  'en \\d+ (?:horas|minutos)', 'inmediatamente', 'último aviso', 'bloquead', 'suspendid', 'urgente',
  'entro \\d+ (?:ore|minuti)', 'immediatamente', 'ultimo avviso', 'bloccat', 'sospes', 'urgente',
  '\\d+(?:時間|分)以内', '至急', '直ちに', '今すぐ', '最終通告', '停止', 'ロック',
]);

/** Prize bait (R3). */
export const REWARD = rx([
  "you(?:'ve| have)? won", 'winner', 'congratulations', '\\bfree\\b.{0,30}gift ?card', 'claim your', 'selected to receive', "you've been selected",
  'gewonnen', 'gewinner', 'glückwunsch', 'gratis', 'kostenlos',
  'gagné', 'gagnant', 'félicitations', 'gratuit',
  'ganado', 'ganador', 'felicidades', 'enhorabuena',
  'vinto', 'vincitore', 'congratulazioni', 'complimenti',
  '当選', 'おめでとう', '無料', 'プレゼント',
]);

/** Protective language (N2): the sentence warns about the scam instead of running it. */
export const PROTECTIVE = rx([
  '\\bnever\\b', '\\bscam', '\\bfraud', '\\bwarning', '\\bbeware', '\\bftc\\b', '\\breport', "\\bdon'?t\\b", '\\bdo not\\b',
  'red flag', '\\bfake\\b', 'phishing', '\\bcon artists?', 'impostor', 'imposter', 'scammer', 'legitimate', 'real (?:business|agency|company)',
  'niemals', '\\bnie\\b', 'betrug', 'betrüger', 'warnung', 'vorsicht', 'achtung', 'melden', 'abzocke', 'masche', 'seriös',
  'jamais', 'arnaque', 'escroqu', 'fraude', 'méfiez', 'signalez', 'ne (?:pas|jamais)', 'faux',
  'nunca', 'estafa', 'timo', 'cuidado', 'denunci', 'no (?:lo )?haga', 'falso',
  '\\bmai\\b', 'truffa', 'frode', 'diffid', 'segnal', 'non (?:fate|date|pagate)', 'falso',
  '詐欺', '絶対に', '決して', '注意', '警告', 'しないで', 'ありません', '偽',
]);

/** A phone number, for scareware "call this number" pages. */
export const PHONE = /(?:\+?\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\+\d{2}[\s\d]{8,14}\d|0\d{2,4}-\d{2,4}-\d{3,4}/;

/** Fields that belong to a comment box, a search box or a newsletter signup (N3). */
export const HARMLESS_FIELD = rx([
  'comment', 'reply', 'search', 'query', '\\bq\\b', 'newsletter', 'subscribe', 'message', 'post', 'kommentar', 'suche',
  'commentaire', 'recherche', 'comentario', 'buscar', 'commento', 'cerca', 'コメント', '検索',
]);

/** A quick first look for the gate: any of the above ideas at all. */
export const GATE_WORDS = new RegExp(`${GIFT.source}|${PAY_DEMAND.source}`, 'i');
