// Checkout wording in every language Amazon's 23 marketplaces use (en, de, fr, it, es, pt-BR, nl, sv,
// pl, tr, ja, ar). Sources: research notes §3, §4 and §8; rows not there are our own wording (GUESS).
// A page may be in another language than its market's (amazon.ca in French, amazon.sa and amazon.ae
// in Arabic or English, amazon.com in Spanish), so the reader tries every language at once: the
// words are specific enough not to collide. Wording is how the reader recognises what a control or a
// line is about; what state it is in always comes from the markup (checked, aria-checked), never text.

type Rows = Record<string, string[]>;

/** A word list: tested against the lower-cased text, compiled on first use. */
export interface Words {
  test(text: string): boolean;
  /** Where the first match starts, or -1. */
  search(text: string): number;
}

/** "A letter" without the `u` flag: anything that is not space, digit or punctuation. */
const LETTER = '[^\\s\\d.,:;!?()\\[\\]"\'/]';

// Measured: the same lists as case-insensitive Unicode regexes (`iu`) cost about 18 ms to compile
// and first run on a checkout page; lower-cased text against flagless regexes about 4 ms. The
// patterns are written in lower case; \p{L} stands for LETTER.
// The source is joined on first use too: a page uses only some of the lists.
const table = (rows: Rows): Words => {
  let re: RegExp | null = null;
  const get = () => (re ??= new RegExp(Object.values(rows).flat().join('|').replace(/\\p\{L\}/g, LETTER)));
  return {
    test: (text) => get().test(text.toLowerCase()),
    search: (text) => text.toLowerCase().search(get()),
  };
};

/** The gift-card balance by name (never gift wrap: see giftWrap). */
export const GIFT_CARD = table({
  en: ['gift\\s*cards?', 'gift\\s+certificates?', 'amazon\\s+pay\\s+balance'],
  de: ['geschenk(?:gutschein|karte)', 'gutschein-?guthaben'],
  fr: ['cartes?[-\\s]cadeaux?', 'ch[eè]ques?[-\\s]cadeaux?'],
  it: ['buon[oi][-\\s]regalo', 'carte?\\s+regalo'],
  // es-MX and pt-BR put "de" between ("tarjeta de regalo", "cartão de presente").
  es: ['cheques?[-\\s](?:de\\s+)?regalo', 'tarjetas?[-\\s](?:de\\s+)?regalo'],
  pt: ['vales?[-\\s](?:de\\s+)?presentes?', 'cart(?:ão|ões)[-\\s](?:de\\s+)?presentes?'],
  nl: ['cadeau(?:kaart|bon)'],
  sv: ['presentkort'],
  pl: ['kart\\p{L}*\\s+podarunkow\\p{L}*', 'bon\\p{L}*\\s+podarunkow\\p{L}*'],
  tr: ['hediye\\s+(?:çek|kart)\\p{L}*'],
  ja: ['ギフトカード', 'ギフト券'],
  ar: ['بطاق\\p{L}*\\s+(?:ال)?هد(?:ايا|ية)', 'قسيم\\p{L}*\\s+(?:ال)?هد(?:ايا|ية)'],
});

/** "Balance" itself: a gift-card line that names a balance is the balance, not a single deduction. */
export const BALANCE = table({
  en: ['balance'],
  de: ['guthaben'],
  fr: ['solde'],
  it: ['saldo'],
  es: ['saldo'],
  pt: ['saldo'],
  nl: ['saldo', 'tegoed'],
  sv: ['saldo', 'presentkortssaldo'],
  pl: ['sald\\p{L}*', 'środki'],
  tr: ['bakiye\\p{L}*'],
  ja: ['残高'],
  ar: ['رصيد', 'الرصيد'],
});

/** Headings of the payment page's balance section ("Your available balance"). */
export const BALANCE_SECTION = table({
  en: ['(?:your\\s+)?available\\s+balances?', 'gift\\s+cards?\\s+(?:and|&)\\s+promotional\\s+codes'],
  de: ['verfügbares\\s+guthaben'],
  fr: ['solde\\s+disponible'],
  it: ['saldo\\s+disponibile'],
  es: ['saldo\\s+disponible'],
  pt: ['saldo\\s+disponível'],
  nl: ['beschikbare?\\s+(?:saldo|tegoed)', 'beschikbaar\\s+(?:saldo|tegoed)'],
  sv: ['tillgängligt\\s+saldo'],
  pl: ['dostępne\\s+saldo', 'dostępne\\s+środki'],
  tr: ['kullanılabilir\\s+bakiye\\p{L}*'],
  ja: ['(?:ご)?利用可能な残高', '利用可能残高'],
  ar: ['رصيدك\\s+المتاح', 'الرصيد\\s+المتاح'],
});

/** Gift wrap and gift options: never payment, even though they say "gift". */
export const GIFT_WRAP = table({
  en: ['gift\\s*wrap', 'gift\\s+options?', 'gift\\s+receipt', 'gift\\s+message', '(?:contains|is)\\s+a\\s+gift', 'send\\s+as\\s+a\\s+gift'],
  de: ['geschenkverpackung', 'als\\s+geschenk', 'geschenkoption', 'geschenkbeleg', 'ist\\s+ein\\s+geschenk'],
  fr: ['emballage[-\\s]cadeau', 'options?\\s+cadeau', '(?:contient|est)\\s+un\\s+cadeau'],
  it: ['confezione\\s+regalo', 'opzioni\\s+regalo', '(?:contiene|è)\\s+un\\s+regalo'],
  es: ['envolver\\s+para\\s+regalo', 'envoltorio', 'opciones\\s+de\\s+regalo', '(?:contiene|es)\\s+un\\s+regalo'],
  pt: ['embal\\p{L}*\\s+(?:para\\s+)?presente', 'embrulh\\p{L}*', 'opç(?:ão|ões)\\s+de\\s+presente', '(?:é|contém)\\s+um\\s+presente'],
  nl: ['cadeauverpakking', 'cadeauopties', '(?:bevat|is)\\s+een\\s+cadeau'],
  sv: ['presentinslag\\p{L}*', 'presentförpack\\p{L}*', 'presentalternativ', '(?:innehåller|är)\\s+en\\s+present'],
  pl: ['(?:o)?pakowa\\p{L}*\\s+(?:na\\s+)?prezent\\p{L}*', 'opcje\\s+prezentu', '(?:zawiera|to)\\s+prezent'],
  tr: ['hediye\\s+paket\\p{L}*', 'hediye\\s+seçenek\\p{L}*', 'hediye\\s+not\\p{L}*', 'bir\\s+hediye'],
  ja: ['ギフトラッピング', 'ギフト包装', 'ギフトの設定', 'ギフトオプション', 'ギフトとして'],
  ar: ['تغليف', 'خيارات\\s+(?:ال)?هدايا'],
});

/**
 * Things that sit beside the balance and are not it: points, coupons, instalments, currency
 * converters, reload offers and card sign-up offers, and the claim-code box.
 */
export const NOT_THE_BALANCE = table({
  points: ['\\bpoints?\\b', 'punkte', 'punti', 'puntos', 'pontos', 'poäng', 'punkt(?:y|ów)', '\\bpuan', 'ポイント', 'نقاط', '\\d\\s*pt\\b'],
  coupons: ['coupons?', 'cup(?:ón|ones|om|ons)\\b', 'kupong', 'kupon', 'クーポン', 'كوبون'],
  instalments: [
    'instal+ments?', 'monthly\\s+payments?', 'raten', 'mensualit', '\\d\\s*x\\b', 'en\\s+\\d+\\s+fois', '\\ba\\s+rate\\b', 'cuotas', 'meses\\s+sin',
    'parcel\\p{L}*', 'delbetal\\p{L}*', '\\braty\\b', 'taksit', '分割', 'تقسيط', 'دفعات', 'affirm', 'klarna', 'tabby', 'tamara',
  ],
  converters: [
    'currency\\s+conver', 'exchange\\s+rate', 'währungsumrechn', 'wechselkurs', 'convertisseur', 'taux\\s+de\\s+change', 'tasso\\s+di\\s+cambio',
    'tipo\\s+de\\s+cambio', 'câmbio', 'conversor', 'växelkurs', 'valutaomvandl', 'kurs\\s+wymiany', 'przelicz', 'döviz', '為替', '通貨', 'سعر\\s+الصرف', 'تحويل\\s+العملة',
    'pay\\s+in\\s+[a-z]{3}\\b',
  ],
  reload: [
    'reload', 'top[-\\s]?up', 'auflad', 'recharg', 'ricaric', 'recarg', 'recarreg', 'opwaarder', 'ladda', 'fyll\\s+på', 'doładow', 'doładuj', 'yükle', 'チャージ', 'شحن',
  ],
  offers: ['\\boffers?\\b', 'cash\\s*back', 'get\\s+\\S+\\s+back', '\\bbonus', 'angebot', '\\boffre\\b', 'offerta', '\\boferta', 'aanbieding', 'erbjudande', 'kampanya', 'عرض', 'approv', 'startgutschrift', 'prime\\s+visa', 'amazon\\s+visa', 'cobrand', 'sign\\s+up', 'earn\\s', 'buy\\s+a\\s+gift'],
  codes: ['\\bcodes?\\b', 'código', 'codice', '\\bkod', 'コード', 'رمز'],
});

/** A sentence about what will be left over after this order (its amount is not the balance). */
export const REMAINDER = table({
  en: ['remain', 'left\\s+(?:on|after|over)', 'after\\s+this\\s+(?:order|purchase)'],
  de: ['verbleib', 'restguthaben', 'übrig'],
  fr: ['restant', 'restera'],
  it: ['rimanente', 'residuo', 'resterà'],
  es: ['restante', 'quedará', 'sobrante'],
  pt: ['restante', 'sobrará', 'ficará'],
  nl: ['resterend', 'overblijft', 'over\\s+na'],
  sv: ['återstå', 'kvar\\s+efter', 'kvarvarande'],
  pl: ['pozosta'],
  tr: ['kalan', 'kalacak'],
  ja: ['残り', '残額', '差額'],
  ar: ['المتبقي', 'سيتبقى', 'المتبقية'],
});

/** A line that says the balance is used for this order (review pages, the Buy Now overlay). */
export const APPLIED = table({
  en: ['\\b(?:is|are|will\\s+be|been|being)\\s+(?:applied|used)', '\\bapplied\\b', 'paying\\s+with', 'pay\\s+with', '\\busing\\b'],
  de: ['verwendet', 'angerechnet', 'eingesetzt', 'genutzt', 'eingelöst', 'zahlen\\s+mit', 'bezahlt\\s+mit'],
  fr: ['appliqu', 'utilisé', 'payer\\s+avec', 'payé\\s+avec'],
  it: ['applicat', 'utilizzat', 'pagare\\s+con', 'pagato\\s+con'],
  es: ['aplicad', 'aplicará', 'utilizad', 'utilizará', 'usará', 'usando', 'utilizando', 'pagar\\s+con', 'pagado\\s+con'],
  pt: ['aplicad', 'utilizad', 'usad[oa]', 'usando', 'utilizando', 'pagar\\s+com', 'pago\\s+com'],
  nl: ['gebruikt', 'toegepast', 'verrekend', 'betalen\\s+met', 'betaald\\s+met'],
  sv: ['används', 'tillämpa', 'dras\\s+av', 'betala\\s+med', 'betalas\\s+med'],
  pl: ['użyt', 'wykorzyst', 'zastosowan', 'płatność\\s+(?:kartą|za\\s+pomocą)', 'zapłać\\s+z'],
  tr: ['kullanıl', 'uygulan', 'ile\\s+öde'],
  ja: ['使用され', '利用され', '適用', 'で支払'],
  ar: ['سيتم\\s+(?:استخدام|تطبيق|خصم)', 'تم\\s+(?:استخدام|تطبيق|خصم)', 'مطبق', 'الدفع\\s+(?:باستخدام|ب)'],
});

/** "Not": a line that says the balance is not used, cannot be used, and so on. */
export const NEGATION = table({
  en: ['\\bnot\\b', "n't\\b", '\\bcannot\\b', '\\bno\\b'],
  de: ['\\bnicht\\b', '\\bkein'],
  fr: ['\\bpas\\b', '\\bne\\b', "\\bn['’]", '\\baucun'],
  it: ['\\bnon\\b', '\\bnessun'],
  es: ['\\bno\\b', '\\bsin\\b', '\\bningún'],
  pt: ['\\bnão\\b', '\\bsem\\b', '\\bnenhum'],
  nl: ['\\bniet\\b', '\\bgeen\\b'],
  sv: ['\\binte\\b', '\\bej\\b', '\\binget\\b', '\\bingen\\b'],
  pl: ['\\bnie\\b', '\\bbrak\\b'],
  tr: ['değil', 'yok', 'bulunmamakta', 'kullanılmay', 'uygulanmay', 'edilmey', '\\p{L}m[ıiuü]yor', '\\p{L}m[ae]m[ıi]ş'],
  ja: ['ません', 'できない', 'しない', 'なし', 'ていない', 'されない', '未使用', '未適用'],
  ar: ['\\bلا\\b', '\\bلن\\b', '\\bليس', '\\bلم\\b', 'غير'],
});

/** A line that says the balance is not used on this order (not that it cannot be). */
export const NOT_APPLIED = table({
  en: ['\\b(?:is|are|was|will)\\s*(?:not|n[\'’]t)\\s+(?:be\\s+|being\\s+)?(?:applied|used)', '\\bnot\\s+applied\\b', '\\bunused\\b'],
  de: ['nicht\\s+(?:verwendet|angewendet|eingelöst|angerechnet)'],
  fr: ["n['’](?:est|a)\\s+pas\\s+(?:été\\s+)?(?:appliqué|utilisé)", 'non\\s+(?:appliqué|utilisé)'],
  it: ['non\\s+(?:è\\s+|viene\\s+|verrà\\s+)?(?:stato\\s+)?(?:applicat|utilizzat)', 'non\\s+utilizzato'],
  es: ['no\\s+(?:se\\s+)?(?:ha\\s+|está\\s+|será\\s+)?(?:aplicad|utilizad|usad|aplicará|utilizará|usará|aplicando|utilizando|usando)'],
  pt: ['não\\s+(?:foi\\s+|está\\s+|será\\s+)?(?:aplicad|utilizad|usad)'],
  nl: ['niet\\s+(?:gebruikt|toegepast|verrekend)'],
  sv: ['används\\s+inte', 'inte\\s+(?:använt|används|tillämpat)'],
  pl: ['nie\\s+(?:został\\p{L}*\\s+|zostanie\\s+)?(?:użyt|zastosowan|wykorzystan)'],
  tr: ['(?:kullanıl|uygulan|düşül)m(?:adı|ayacak|ıyor|amış|az)'],
  ja: ['(?:使用|適用|利用)されて(?:いません|いない)', '(?:使用|適用|利用)されません'],
  ar: ['لم\\s+يتم\\s+(?:استخدام|تطبيق)', 'لن\\s+يتم\\s+(?:استخدام|تطبيق)'],
});

/**
 * The whole label of a link or button beside a balance row that applies it ("Apply", "Aplicar",
 * "Uygula"): the balance is offered, not used.
 */
export const APPLY_ACTION = table({
  en: ['^\\s*(?:apply|use)(?:\\s+(?:it|this|balance|your\\s+balance))?\\s*$'],
  de: ['^\\s*(?:anwenden|einlösen|verwenden|nutzen)\\s*$'],
  fr: ['^\\s*(?:appliquer|utiliser)\\s*$'],
  it: ['^\\s*(?:applica|utilizza|usa)\\s*$'],
  es: ['^\\s*(?:aplicar|usar|utilizar)\\s*$'],
  pt: ['^\\s*(?:aplicar|usar|utilizar)\\s*$'],
  nl: ['^\\s*(?:toepassen|gebruiken|gebruik)\\s*$'],
  sv: ['^\\s*(?:använd|tillämpa|använda)\\s*$'],
  pl: ['^\\s*(?:zastosuj|użyj|wykorzystaj)\\s*$'],
  tr: ['^\\s*(?:uygula|kullan)\\s*$'],
  ja: ['^\\s*(?:適用(?:する)?|使用する|利用する|使う)\\s*$'],
  ar: ['^\\s*(?:تطبيق|استخدام|استخدم|طبّق|طبق)\\s*$'],
});

/** The whole label of a link or button beside a balance row that takes it off the order ("Remove"). */
export const REMOVE_ACTION = table({
  en: ["^\\s*(?:remove|don['’]t\\s+use|do\\s+not\\s+use)\\s*$"],
  de: ['^\\s*(?:entfernen|nicht\\s+verwenden)\\s*$'],
  fr: ['^\\s*(?:retirer|supprimer|ne\\s+pas\\s+utiliser)\\s*$'],
  it: ['^\\s*(?:rimuovi|elimina|non\\s+utilizzare)\\s*$'],
  es: ['^\\s*(?:eliminar|quitar|no\\s+usar)\\s*$'],
  pt: ['^\\s*(?:remover|excluir|não\\s+usar)\\s*$'],
  nl: ['^\\s*(?:verwijderen|verwijder|niet\\s+gebruiken)\\s*$'],
  sv: ['^\\s*(?:ta\\s+bort|använd\\s+inte)\\s*$'],
  pl: ['^\\s*(?:usuń|nie\\s+używaj)\\s*$'],
  tr: ['^\\s*(?:kaldır|kullanma)\\s*$'],
  ja: ['^\\s*(?:削除|取り消す|解除|使用しない)\\s*$'],
  ar: ['^\\s*(?:إزالة|ازالة|حذف|إلغاء)\\s*$'],
});

/** The balance cannot be used here at all (gift-card purchases, some sellers): not a choice left undone. */
export const UNUSABLE = table({
  en: ['\\bcannot\\b', "\\bcan['’]t\\b", '\\bunable\\b', 'not\\s+eligible', 'ineligible', 'not\\s+available'],
  de: ['kann\\s+nicht', 'können\\s+nicht', 'nicht\\s+möglich', 'nicht\\s+verfügbar'],
  fr: ['ne\\s+peut', 'ne\\s+peuvent', 'impossible', 'non\\s+éligible'],
  it: ['non\\s+può', 'non\\s+possono', 'non\\s+idone'],
  es: ['no\\s+se\\s+puede', 'no\\s+puede', 'no\\s+es\\s+posible'],
  pt: ['não\\s+pode', 'não\\s+é\\s+possível'],
  nl: ['kan\\s+niet', 'niet\\s+mogelijk'],
  sv: ['kan\\s+inte'],
  pl: ['nie\\s+można', 'nie\\s+może'],
  tr: ['kullanılamaz', 'mümkün\\s+değil'],
  ja: ['できません', '利用できない', '使用できない'],
  ar: ['لا\\s+يمكن'],
});

/** A line that says outright there is no balance ("You have no gift card balance"). */
export const NO_BALANCE = table({
  en: ['\\bno\\s+(?:gift\\s*cards?\\s+)?balance', 'balance\\s*:?\\s*none\\b', "(?:do|does)\\s*(?:not|n['’]t)\\s+have\\s+(?:a|any)\\s+(?:gift\\s*cards?\\s+)?balance", 'balance\\s+is\\s+(?:zero|empty)'],
  de: ['kein\\p{L}*\\s+(?:\\p{L}+-)?guthaben'],
  fr: ['aucun\\s+solde', 'pas\\s+de\\s+solde'],
  it: ['nessun\\s+saldo', 'non\\s+hai\\s+(?:alcun\\s+)?saldo'],
  es: ['no\\s+tienes\\s+saldo', 'sin\\s+saldo'],
  pt: ['não\\s+(?:tem|possui)\\s+saldo', 'sem\\s+saldo', 'nenhum\\s+saldo'],
  nl: ['geen\\s+\\p{L}*(?:saldo|tegoed)'],
  sv: ['inget\\s+(?:\\p{L}*)?saldo', 'har\\s+inget\\s+presentkort'],
  pl: ['brak\\s+(?:środków|salda)', 'nie\\s+masz\\s+(?:żadnego\\s+)?salda'],
  tr: ['bakiyeniz\\s+(?:bulunmamaktadır|yok)', 'bakiye\\s+yok'],
  ja: ['残高は?ありません', '残高がありません'],
  ar: ['لا\\s+يوجد\\s+(?:لديك\\s+)?رصيد', 'ليس\\s+لديك\\s+رصيد'],
});

/** Promotional credits (No-Rush and the like): separate from the gift-card balance, with an expiry. */
export const PROMO_CREDIT = table({
  en: ['promo(?:tional)?\\s+(?:credit|balance|cashback)', 'no-rush\\s+(?:\\p{L}+\\s+)?(?:reward|credit)', 'digital\\s+(?:reward|credit)', 'amazon\\s+day\\s+(?:reward|credit)', 'reward\\s+(?:credit|balance)', '\\bcredits?\\b(?!\\s+(?:card|or\\s+debit))'],
  de: ['aktionsguthaben', 'promotionsguthaben', 'werbegutschrift', 'aktionsgutschrift'],
  fr: ['crédits?\\s+promotionnel', 'soldes?\\s+promotionnel'],
  it: ['credit[oi]\\s+promozional', 'saldo\\s+promozional'],
  es: ['créditos?\\s+promocional', 'saldos?\\s+promocional'],
  pt: ['créditos?\\s+promocional', 'saldos?\\s+promocional'],
  nl: ['promotietegoed', 'promotiekrediet'],
  sv: ['kampanjkredit', 'kampanjsaldo', 'kampanjtillgodohavande'],
  pl: ['środki\\s+promocyjne', 'kredyt\\p{L}*\\s+promocyjn'],
  tr: ['promosyon\\s+(?:kredi|bakiye)\\p{L}*'],
  ja: ['プロモーションクレジット', 'キャンペーンクレジット'],
  ar: ['رصيد\\s+ترويجي', 'رصيد\\s+العروض', 'الرصيد\\s+الترويجي'],
});

/**
 * "Expires" next to a promotional credit or a balance lot, and the ways a credit says until when it
 * can be used ("valid until", "use by", "einlösbar bis", "da utilizzare entro il", "úsalo antes del").
 */
export const EXPIRY = table({
  en: ['expir', 'valid\\s+(?:until|till|through|thru)', 'use\\s+(?:it\\s+)?(?:by|before)', 'good\\s+(?:until|through)'],
  de: ['läuft', 'gültig\\s+bis', 'verfällt', 'ablauf', '(?:einlösbar|verwendbar|nutzbar|einzulösen)\\s+bis'],
  fr: ['expire', 'valable\\s+jusqu', "date\\s+d['’]expiration", 'à\\s+utiliser\\s+avant', 'utilisable\\s+jusqu'],
  it: ['scad', 'valid[oa]\\s+fino', 'utilizzare\\s+entro', 'usare\\s+entro', 'utilizzabile\\s+fino'],
  es: ['caduca', 'vence', 'válid[oa]\\s+hasta', 'vencimiento', '(?:úsal[oa]|usar|utilízal[oa]|utilizar|canjéal[oa])\\s+antes'],
  pt: ['expira', 'válid[oa]\\s+até', 'vence', 'validade', '(?:use|usar|utilize|utilizar)\\s+até'],
  nl: ['verloopt', 'geldig\\s+(?:tot|t/m)', 'vervaldatum', 'vervalt', 'te\\s+gebruiken\\s+tot'],
  sv: ['upphör', 'giltig\\s+(?:till|t\\.\\s?o\\.\\s?m)', 'gäller\\s+(?:till|t\\.\\s?o\\.\\s?m)', 'går\\s+ut', 'förfall'],
  pl: ['wygasa', 'ważn\\p{L}*\\s+do', 'termin\\s+ważności', 'wygaśnięcia', 'do\\s+wykorzystania\\s+do', 'wykorzystaj\\s+do'],
  tr: ['son\\s+kullanma', 'son\\s+kullanım', 'sona\\s+er', 'geçerlilik', 'kadar\\s+geçerli'],
  ja: ['有効期限', '期限', 'まで有効'],
  ar: ['تنتهي', 'صالح\\p{L}*\\s+حتى', 'تاريخ\\s+(?:ال)?انتهاء', 'ينتهي'],
});

/** A credits table's column head for what is left of each credit ("Verfügbar", "Remaining"),
 * where another column gives the amount first granted. */
export const LEFT_COLUMN = table({
  en: ['available', 'remaining', '\\bleft\\b', 'balance'],
  de: ['verfügbar', 'restbetrag', 'verbleibend', 'restguthaben'],
  fr: ['disponible', 'restant', 'solde'],
  it: ['disponibil', 'residu', 'rimanent', 'saldo'],
  es: ['disponible', 'restante', 'saldo'],
  pt: ['disponível', 'restante', 'saldo'],
  nl: ['beschikbaar', 'resterend', 'saldo'],
  sv: ['tillgänglig', '\\bkvar', 'saldo'],
  pl: ['dostępn', 'pozosta', 'saldo'],
  tr: ['kullanılabilir', 'kalan', 'bakiye'],
  ja: ['残高', '残り', '残額', '利用可能'],
  ar: ['المتاح', 'المتبقي', 'الرصيد'],
});

/** A credit that has run out: expired ("expired on 30 September 2026", "Abgelaufen", "Vencido", "Utgick"). */
export const EXPIRED = table({
  en: ['expired'],
  de: ['abgelaufen', 'verfallen'],
  fr: ['expiré'],
  it: ['scadut'],
  es: ['caducad', 'vencid[oa]'],
  pt: ['expirad', 'vencid[oa]'],
  nl: ['verlopen'],
  sv: ['utgånge?n', 'utgick', 'har\\s+gått\\s+ut'],
  pl: ['wygasł'],
  tr: ['sona\\s+erdi', 'süresi\\s+dol'],
  ja: ['期限切れ', '失効済', '失効しました'],
  ar: ['منتهي', 'انتهت'],
});

/**
 * A credit that has been used up ("Entièrement utilisé", "Used on 4 October 2025", "Wykorzystano"):
 * history, not a balance. "Used on" and the like only count before a date ("can be used on Kindle
 * books" says nothing of the kind).
 */
export const USED_UP = table({
  en: ['used\\s+up', 'fully\\s+(?:used|redeemed)', 'used\\s+on\\s+(?:\\d|\\p{L}{3,9}\\.?\\s+\\d)'],
  de: ['aufgebraucht', 'vollständig\\s+(?:genutzt|verwendet|eingelöst|verbraucht)', '(?:verwendet|genutzt|verbraucht)\\s+am\\s+\\d'],
  fr: ['entièrement\\s+utilisé', 'utilisé\\p{L}*\\s+le\\s+\\d', 'épuisé'],
  it: ['interamente\\s+utilizzat', 'utilizzat[oi]\\s+il\\s+\\d', 'esaurit'],
  es: ['(?:usad|utilizad)[oa]\\s+el\\s+\\d', 'agotad[oa]'],
  pt: ['(?:usad|utilizad)[oa]\\s+em\\s+\\d', 'esgotad[oa]'],
  nl: ['gebruikt\\s+op\\s+\\d', 'volledig\\s+gebruikt', 'opgebruikt'],
  sv: ['förbrukad', 'använd[ast]?\\s+den\\s+\\d', 'utnyttjad'],
  pl: ['wykorzystano', 'w\\s+pełni\\s+wykorzystan', 'zużyt[oey](?!\\p{L})'],
  tr: ['kullanıldı(?!\\p{L})', 'tükendi'],
  ja: ['使用済', '利用済'],
  ar: ['(?:^|\\s)تم\\s+(?:ال)?استخدام', 'مستخدم\\p{L}*\\s+بالكامل'],
});

/**
 * A reload or spend offer ("Reload $100 or more and get $10", "Fyll på 500 kr, få 50 kr"): beside
 * the credits, never one of them. Its conditions count together with a second amount in the same
 * line; its own end date ("Offer ends", "Erbjudandet gäller till") counts alone.
 */
export const OFFER = table({
  en: ['or\\s+more', 'at\\s+least', '\\bget\\s', '\\bearn\\s'],
  de: ['oder\\s+mehr', 'mindestens', 'erhalte'],
  fr: ['ou\\s+plus', 'au\\s+moins', 'recevez', 'obtenez'],
  it: ['o\\s+più', 'almeno', 'ricevi', 'ottieni'],
  es: ['o\\s+más', 'al\\s+menos', 'obtén', 'recibe', 'te\\s+regalamos'],
  pt: ['ou\\s+mais', 'pelo\\s+menos', 'receba', 'ganhe'],
  nl: ['of\\s+meer', 'minstens', 'ontvang'],
  sv: ['eller\\s+mer', 'minst\\s+\\d', '\\bfå\\s'],
  pl: ['co\\s+najmniej', 'otrzymaj', 'zyskaj'],
  tr: ['veya\\s+üzeri', 'en\\s+az', 'kazanın', 'kazan(?!\\p{L})'],
  ja: ['もらえる'],
  ar: ['أو\\s+أكثر', 'على\\s+الأقل', 'احصل'],
});

/** The end of an offer, not of a credit ("Offer valid till 31 December", "Erbjudandet gäller till"). */
export const OFFER_ENDS = table({
  en: ['offer\\s+(?:ends|expires|valid)'],
  de: ['angebot\\s+(?:gültig|endet|läuft)'],
  fr: ['offre\\s+(?:valable|expire|se\\s+termine)'],
  it: ['offerta\\s+(?:valida|scade|termina)'],
  es: ['oferta\\s+(?:válida|vence|termina|caduca)'],
  pt: ['oferta\\s+(?:válida|termina|expira)'],
  nl: ['aanbieding\\s+(?:geldig|loopt|eindigt)'],
  sv: ['erbjudandet\\s+(?:gäller|upphör|går\\s+ut)'],
  pl: ['oferta\\s+(?:ważna|trwa|kończy)'],
  tr: ['teklif\\p{L}*\\s+(?:geçerli|sona)'],
  ja: ['キャンペーン期間'],
  ar: ['العرض\\s+(?:صالح|ساري|ينتهي)'],
});

/**
 * A line of balance history: the balance after the entry ("Balance: $64.20", "Saldo efter: 1 312,00
 * kr", "Solde après"), read together with a second amount in the same line.
 */
export const BALANCE_AFTER = table({
  en: ['balance\\s*(?:after\\b|:)', 'new\\s+balance', 'running\\s+balance'],
  de: ['(?:saldo|guthaben)\\s*(?:danach|nachher|:)', 'neues\\s+guthaben', 'neuer\\s+saldo'],
  fr: ['solde\\s*(?:après|:)', 'nouveau\\s+solde'],
  it: ['saldo\\s*(?:dopo|:)', 'nuovo\\s+saldo'],
  es: ['saldo\\s*(?:después|tras|:)', 'nuevo\\s+saldo'],
  pt: ['saldo\\s*(?:após|depois|:)', 'novo\\s+saldo'],
  nl: ['(?:saldo|tegoed)\\s*(?:na\\b|daarna|:)', 'nieuw\\s+saldo'],
  sv: ['saldo\\s*(?:efter|:)', 'nytt\\s+saldo'],
  pl: ['saldo\\s*(?:po\\b|:)', 'nowe\\s+saldo'],
  tr: ['(?:yeni|sonraki)\\s+bakiye', 'bakiye\\s*:'],
  ja: ['(?:利用|使用)後(?:の)?残高', '残高\\s*[:：]'],
  ar: ['الرصيد\\s+(?:بعد|الجديد)', 'الرصيد\\s*:'],
});

/** A condition of use, not the credit ("minsta köp 300 kr", "minimum purchase $25"). */
export const CONDITION = table({
  en: ['min(?:imum|\\.)\\s+(?:order|purchase|spend)', 'orders?\\s+(?:of|over)\\s'],
  de: ['mindest(?:bestellwert|einkauf|umsatz)'],
  fr: ['(?:achat|commande)\\s+minimum', 'minimum\\s+d[\'’]achat'],
  it: ['(?:acquisto|spesa|ordine)\\s+minim'],
  es: ['(?:compra|pedido)\\s+mínim'],
  pt: ['(?:compra|pedido)\\s+mínim', 'valor\\s+mínimo'],
  nl: ['minimale\\s+(?:besteding|bestelling)', 'minimum\\s*bestel'],
  sv: ['minsta\\s+(?:köp|order|belopp)'],
  pl: ['minimaln\\p{L}*\\s+(?:wartoś|kwot)'],
  tr: ['minimum\\s+(?:sepet|sipariş|alışveriş)'],
  ja: ['最低', '以上のご注文'],
  ar: ['الحد\\s+الأدنى'],
});

/** Order-summary label of the total. */
export const ORDER_TOTAL = table({
  en: ['^\\s*(?:order|grand)\\s+total\\s*:?\\s*$'],
  de: ['^\\s*(?:gesamtsumme|gesamtbetrag|zu\\s+zahlen)\\s*:?\\s*$'],
  fr: ['^\\s*montant\\s+total\\s*:?\\s*$', '^\\s*total\\s+(?:de\\s+la\\s+commande|ttc)\\s*:?\\s*$'],
  it: ['^\\s*totale(?:\\s+ordine)?\\s*:?\\s*$'],
  es: ['^\\s*(?:importe\\s+)?total(?:\\s+del\\s+pedido)?\\s*:?\\s*$'],
  pt: ['^\\s*total(?:\\s+do\\s+pedido)?\\s*:?\\s*$'],
  nl: ['^\\s*(?:totaalbedrag|totaal(?:\\s+bestelling)?)\\s*:?\\s*$'],
  sv: ['^\\s*(?:totalt|ordersumma|summa\\s+att\\s+betala)\\s*:?\\s*$'],
  pl: ['^\\s*(?:suma\\s+zamówienia|łączna\\s+kwota|razem\\s+do\\s+zapłaty)\\s*:?\\s*$'],
  tr: ['^\\s*sipariş\\s+toplamı\\s*:?\\s*$'],
  ja: ['^\\s*(?:ご請求額|注文合計)\\s*[:：]?\\s*$'],
  ar: ['^\\s*(?:إجمالي\\s+الطلب|الإجمالي)\\s*:?\\s*$'],
});

/** Card words: a payment line naming a card, not the balance. */
export const CARD = table({
  all: [String.raw`\b(?:visa|mastercard|master\s*card|amex|american\s+express|discover|jcb|diners|maestro|rupay|mada|troy|elo|hipercard|carte\s+bancaire|bancontact|ideal|blik|debit|credit)\b|(?:ending\s+in|endet\s+auf|mit\s+endziffern|se\s+terminant\s+par|termina(?:nte)?\s+(?:in|en|con)|terminado\s+em|terminando\s+em|eindigend\s+op|slutar\s+på|kończąca\s+się|ile\s+biten|تنتهي|末尾)\s*[:：]?\s*\d{2,4}|[•*·]{2,}\s*\d{4}`],
});

