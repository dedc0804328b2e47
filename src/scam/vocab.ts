// The scam guard's concepts, one pattern per idea, in every language of the Amazon marketplaces:
// en de fr es it pt nl pl sv tr ar ja. Written from how gift-card scams and the pages they
// imitate read, not from any one page. The score (score.ts) combines ideas within a sentence or
// two; no single word decides anything. Used past the every-page hints, in the scan script.
// Latin patterns use word-ish boundaries where a short stem would match inside other words;
// Arabic and Japanese have none, so theirs are written to be specific on their own.

/** A pattern compiled on first use: building a big regex costs time in a fresh page world, and
 * many checks stop before they need one. */
export interface Pattern {
  readonly source: string;
  test(s: string): boolean;
}

export interface Counted extends Pattern {
  /** How many times it occurs (at most `max`). */
  count(s: string, max?: number): number;
}

/**
 * Letters and digits of the marketplaces' scripts (Latin, Greek, Cyrillic, Hebrew, Arabic, kana,
 * CJK, Hangul, full-width forms) as plain ranges: \p{L} and the u flag made the first scan of a
 * page compile its patterns for 1.3 s in Chromium (1.9 s in Node); these ranges take a tenth.
 */
const LETTER =
  'A-Za-z0-9_\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u03FF\\u0400-\\u052F\\u0590-\\u05FF\\u0600-\\u06FF\\u0750-\\u077F' +
  '\\u08A0-\\u08FF\\u1E00-\\u1FFF\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uAC00-\\uD7AF\\uFB50-\\uFDFF\\uFE70-\\uFEFF\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\uFF66-\\uFF9F';
/** \b for letters beyond ASCII: JavaScript's \b sees no boundary before "ö" in "ile ödeyin". */
const WORD_EDGE = `(?:(?<![${LETTER}])(?=[${LETTER}])|(?<=[${LETTER}])(?![${LETTER}]))`;

/** Case-blind; the u flag only for a pattern that needs it (\p{...}): it costs its compile several times over. */
export const flagsFor = (source: string, extra = ''): string => `${extra}i${source.includes('\\p{') ? 'u' : ''}`;

const rx = (parts: string[], flags?: string): Counted => {
  let re: RegExp | undefined;
  let all: RegExp | undefined;
  const joined = parts.join('|');
  const source = flags === undefined ? joined.replace(/\\b/g, WORD_EDGE) : joined;
  flags ??= flagsFor(source);
  return {
    source,
    test: (s) => (re ??= new RegExp(source, flags)).test(s),
    count: (s, max = 20) => {
      all ??= new RegExp(source, `${flags.replace('g', '')}g`);
      all.lastIndex = 0;
      let n = 0;
      while (n < max && all.exec(s)) n++;
      return n;
    },
  };
};

/** Card brands and the gift-card products scammers name (brand plus card, code, PIN, wallet).
 * Apple Pay and Amazon Pay are ways to pay, not cards. */
const BRANDS =
  '(?:google[ -]?play|itunes|apple(?![ -]?(?:pay|wallet))|app store|steam|razer(?: gold)?|xbox|playstation|psn|nintendo(?: eshop)?|roblox|netflix|spotify|' +
  'ebay|target|walmart|best ?buy|sephora|nordstrom|home depot|starbucks|vanilla|one ?vanilla|amazon(?![ -]?pay)|bol(?:\\.com)?|' +
  'zalando|allegro|fnac|carrefour|media ?markt|ikea|uber|webmoney|nanaco|bitcash|アップル|グーグル ?プレイ|アマゾン|آيتونز|ايتونز|جوجل بلاي|غوغل بلاي|ستيم|أمازون|امازون|آبل|ابل)';
const CARDISH = '(?:(?:gift|recharge|top-?up|prepaid|store|wallet|e-?)[ -]?)?(?:cards?|codes?|vouchers?|pins?|wallet(?: codes?| cards?)?|credits?|guthaben|kart(?:e|en|a|ę|y|ı|ları)?|kort(?:et)?|carte?s?|tarjetas?|cart(?:ão|ões)|kaart(?:en)?|kodu|kodları|cüzdan(?: kodu)?|kuponu?|カード|ギフト|コード|بطاق(?:ة|ات))';

/** Gift-card context: the thing a claim code belongs to, or that scammers ask to be paid in. */
export const GIFT = rx([
  // en
  'gift ?(?:cards?|vouchers?|certificates?|codes?)', 'e-?gift', '\\be-?codes?\\b', '(?:claim|redemption|voucher) ?codes?', 'prepaid (?:cards?|vouchers?|codes?)',
  `${BRANDS}[ -]?(?:balance|credit|guthaben|solde|saldo|tegoed|bakiye)`, `(?:رصيد|شحن) ${BRANDS}`,
  'paysafe ?card', 'neosurf', 'transcash', '\\bpcs (?:coupons?|vouchers?|cards?|mastercard)', 'store cards?', `${BRANDS}[ -]?${CARDISH}`,
  // card word, then the brand (es fr it pt pl nl sv ar word order: "tarjetas Steam", "5 kart Google Play")
  `(?:\\b(?:tarjetas?|cartes?|carta|cart(?:ão|ões)|kart(?:a|ę|y|ami)?|kaart(?:en|je|jes)?|kort(?:et)?|codes?|c[oó]digos?|codici|kod(?:y|ów)?|bons?|buoni|vales?)|بطاق(?:ة|ات)|كود|رموز)\\s+(?:(?:de|di|do|da|des|du|regalo|cadeau|presente|podarunkow[ae]|prépayées?)\\s+)?${BRANDS}(?![a-z])`,
  // de
  '(?:geschenk|guthaben|gutschein|prepaid|wert)-?karten?', 'gutschein', '(?:einlöse|aktions|guthaben|auflade)-?codes?',
  // fr
  '(?:cartes?|codes?|ch[eè]ques?|bons?)[- ]cadeaux?', 'cartes? prépayées?', 'codes? de recharge', "bons? d'achat", 'coupons? (?:pcs|transcash|neosurf|prépayés?|de recharge)', 'tickets? prépayés?', 'tickets? (?:premium|neosurf)',
  // es
  '(?:tarjetas? (?:de )?|cheques? |bonos? )regalo', 'tarjetas? prepago', 'c[oó]digos? de (?:canje|regalo|reclamo|recarga)', 'cupones? de (?:recarga|regalo)',
  // it
  '(?:cart[ae]|buon[oi]) regalo', 'cart[ae] prepagat[ae]', 'codic[ei] (?:regalo|di riscatto|di ricarica)', 'ricaric(?:a|he) (?:prepagat|paysafe)',
  // pt
  'cart(?:ão|ões)[- ](?:de )?presente', 'cart(?:ão|ões) pré-pagos?', 'vales?[- ]presentes?',
  // pt-PT
  'cart(?:ão|ões)[- ]oferta', 'vales?[- ]oferta', 'c[oó]digos? de (?:resgate|presente)', 'gift ?cards?',
  // nl
  'cadeau(?:kaart|bon)(?:en|nen)?', 'waardebon(?:nen)?', 'tegoedbon(?:nen)?', 'giftcards?', 'tegoedkaart(?:en)?',
  // pl
  'kart(?:a|ę|y|ami|om|ach)? podarunkow', 'bon(?:y|ów)? podarunkow', 'kod(?:y|ów)? (?:doładowania|podarunkow)', 'kart(?:a|ę|y)? przedpłacon', 'voucher(?:y|ów)?',
  // sv
  'presentkort(?:et|en)?', 'värdebevis', 'kontantkort',
  // tr
  'hediye (?:kart|çek|kod)', 'ön ödemeli kart', '\\be-?pin\\b',
  // ar
  'بطاق(?:ة|ات) (?:ال)?(?:هدايا|هدية|شراء|مسبقة الدفع|شحن)', 'قسيم(?:ة|ات) (?:ال)?(?:شراء|هدايا|هدية)', 'كود (?:ال)?(?:هدية|بطاقة)', 'بطاقات? (?:آيتونز|ايتونز|جوجل|غوغل|ستيم|أمازون|امازون|آبل|ابل)',
  // ja
  'ギフト(?:カード|券|コード)', 'プリペイド(?:カード|番号)?', '電子マネー', '商品券', '(?:アップル|アマゾン|グーグル|iTunes|Apple|Google ?Play|ウェブマネー|WebMoney|ビットキャッシュ|Steam)(?:カード|ギフト|コード)',
]);

/** Card brands alone (impersonation, several brands on one page), as words: not "ابل" in "القابل"
 * (scratchable) or "bol" in "symbol". Japanese has no word edges, so a Japanese neighbour is fine. */
export const BRAND_NAMES = rx([`(?<![a-z\\u00C0-\\u024F\\u0600-\\u06FF])${BRANDS}(?![a-z\\u00C0-\\u024F\\u0600-\\u06FF])`]);

/** The secret of a card: code, PIN, card number, the numbers on the back, a photo of it. */
export const CODE = rx([
  '\\bcodes?\\b', '\\bpins?\\b', 'card ?numbers?', '(?<!\\b(?:order|tracking|phone|account|reference|case|customer|member|membership|invoice|booking|confirmation) )\\bnumbers?\\b', 'serial', 'scratch', 'back of (?:the |each |your )?cards?', '\\breceipts?\\b', '\\bphotos?\\b', '\\bpictures?\\b', 'digits',
  '\\bcode\\b', 'kartennummer', '\\bnummern?\\b', 'rückseite', 'rubbel', '\\bfotos?\\b', 'kassenbon', '\\bbeleg',
  'numéros?', 'dos de (?:la |chaque )?carte', 'gratt', 'reçu', '\\bticket',
  'c[oó]digos?', 'n[uú]meros?', 'reverso', 'rasp', 'recibo',
  'codic[ei]', 'numer[oi]', '\\bretro\\b', 'gratta', 'scontrino', 'ricevut',
  'verso do cart', 'comprovante',
  'pincode', 'nummers?', 'achterkant', '\\bkras', '\\bbonnetje',
  '\\bkod(?:y|u|ów|em)?\\b', '\\bnumer(?:y|u|em)?\\b', 'tył(?:u)? karty', 'zdrap', 'zdjęci', 'paragon',
  '\\bkod(?:en|erna|er)?\\b', 'pinkod', 'baksidan', 'skrap', '\\bbild(?:er)?\\b', 'kvitto',
  '\\bkod(?:u|unu|ları|larını|lar)?\\b', 'numara', 'arka yüz', '\\bkazı', 'fotoğraf', '\\bfiş',
  'رمز', 'رموز', 'كود', 'أكواد', 'اكواد', 'رقم', 'أرقام', 'ارقام', 'صورة', 'ظهر البطاقة', 'إيصال',
  'コード', '番号', '暗証', '裏面', '写真', '画像', 'レシート', 'スクラッチ',
]);

/** Hand it over or type it in: enter, send, upload, photograph, read out, tell. */
export const ASK = rx([
  '\\b(?:enter|type|input|submit|send|text|e-?mail|upload|photograph|snap|read|tell|give|provide|share|forward|paste|reply with|call (?:us )?with|key in|fill in)\\b', 'take (?:a |clear )?(?:photo|picture)',
  'eingeben', '\\bgeben sie\\b', '\\bgib\\b', 'einreichen', '\\bsenden', '(?:schick|übermittel|hochlad|fotografier|vorles|durchgeb|mitteil)', '\\bnennen',
  'saisi', '\\bentrez', '\\bentrer', 'envoy', 'transmet', 'télévers', 'téléchargez', 'photographi', 'prenez (?:une |en )photo', 'communiqu', 'dictez', 'lisez', 'indiquez', 'renseignez',
  'introduc', 'ingres[ae]', 'escrib', 'env[ií](?:a|e|ar|en|anos|enos)', '\\bmand(?:a|e|ar)\\b', '\\bsub(?:e|a|ir)\\b', 'fotograf', 'toma una foto', 'd[ií]ct', '\\ble(?:a|e|er) (?:los|el|la)', 'proporcion', 'facilit', 'compart', 'indique',
  'inserisc', 'inserire', '\\bscriv(?:a|i|ete|ere|imi|eteci)\\b', 'immett', '\\bdigit(?:a|are|ate|i|ando)\\b', 'invia', '\\bmanda', 'carica', 'scatta', 'dett(?:a|are|ate)', '\\bleggi', 'comunic', 'fornisc',
  'insira', 'inserir', 'digite', 'digitar', '\\bescrev(?:a|er|e)\\b', 'informe', 'envie', 'mande', 'carregue', 'tire uma foto', 'leia', 'forneça', 'compartilhe',
  '\\bvoer\\b', 'invoer', '\\bvul\\b', 'invullen', '\\bstuur', '(?:op|door)sturen', 'versturen', 'verzend', 'upload', 'fotografe(?:er|ren)', 'maak een foto', '\\blees\\b', 'voorlezen', 'doorgeven', '\\bgeef\\b',
  'wpisz', 'wpisać', 'wprowadź', 'wprowadzić', 'podaj', 'wyślij', 'wysłać', 'prześlij', 'przesłać', 'załaduj', 'dołącz', 'zrób zdjęcie', 'zrobić zdjęcie', 'sfotografuj', 'sfotografować', 'przeczytaj', 'odczytać', 'podyktuj', 'podyktować',
  '\\bange\\b', 'fyll i', 'fylla i', 'skriv in', 'skriva in', 'mata in', 'skicka', 'ladda upp', 'fotografera', 'ta en bild', 'läs upp', 'läsa upp', 'uppge',
  '\\bgir(?:in|iniz|meniz|melisiniz|erek)?\\b', 'yaz(?:ın|manız|ınız)', 'gönder', 'ilet(?:in|meniz)', 'yükle', 'çek(?:in|meniz)', 'oku(?:yun|manız)', 'söyle(?:yin|meniz)', 'paylaş(?:ın|manız)', 'bildir(?:in|meniz)',
  'أدخل', 'ادخل', 'إدخال', 'ادخال', 'اكتب', 'أرسل', 'ارسل', 'إرسال', 'ارفع', 'حمّل', 'صوّر', 'صور ', 'التقط', 'اقرأ', 'أخبر', 'زودنا', 'تزويدنا', 'شارك',
  '入力', '送信', '送って', '送付', '教えて', '教え', '伝え', '読み上げ', 'アップロード', '撮影', '提出', 'お知らせ',
]);

/** To pay, settle or deposit. */
export const PAY = rx([
  '\\bpa(?:y|id|ys|ying|yment|yments|yable)\\b', '\\bsettle', '\\bclear (?:the|your|this)', '\\bcover (?:the|your|this)', '\\bremit', '\\bdeposit',
  'bezahl', '\\bzahl(?:en|ung|bar|st|t)\\b', 'begleich', 'überweis', 'entrichte', 'tilg',
  '\\bpa(?:yer|yez|yé|iement|ie)', 'régl(?:er|ez|ement)', 'acquitt', '\\bverse[rz]',
  '\\bpag(?:ar|ue|o|os|ado|ue|amento|amentos|are|ate|a|hi)\\b', '\\babon(?:ar|e|o)\\b', 'liquid(?:ar|e)', '\\bsald(?:ar|are)', '\\bversa(?:re|mento)', '\\bquit(?:ar|e)\\b',
  '\\bbetal', '\\bvoldoe', 'overmak',
  'zapłac', 'zapłat', 'opłac', 'płatnoś', 'ureguluj', 'wpłać', 'wpłat', 'wpłac',
  'erlägg',
  '\\böde(?:me|yin|yiniz|nmesi|meniz)?', 'yatır',
  'دفع', 'ادفع', 'سداد', 'سدد', 'تسديد',
  '支払', '払', '納付', '決済', '精算',
]);

/** To buy or fetch cards somewhere. */
export const BUY = rx([
  '\\b(?:buy|bought|purchase(?! (?:receipt|history|date|price|order|confirmation|record|amount|value))|pick up|get (?:some|\\d+|[a-z]+ )?(?:gift|prepaid|google|apple|steam|itunes|amazon))', '\\bkauf', '\\bgekauft', 'besorg', 'erwerb',
  'achet', 'procur', '\\bcompr(?:a|e|en|ar|ad|ou|ei|ate|are|ando)\\b', 'compriamo', 'comprando', 'adquir', 'adquier', 'acquist', '\\bkoop', '\\bkopen', 'gekocht', 'aanschaf', '\\bkup', 'zakup', '\\bköp', 'satın al', '\\balın\\b', '\\balıp\\b',
  'اشتر', 'شراء', '購入', '買って', '買い',
]);

/** What the victim is told is owed, or the authority that says so. */
export const DEBT = rx([
  '\\bfees?\\b', '\\bfines?\\b', '\\btax(?:es)?\\b', '\\bbail\\b', '\\bbond\\b', 'customs', '\\bduty\\b', '\\bduties\\b', 'invoice', '\\bbills?\\b', 'arrears', 'penalt', 'warrant', '\\bcourt\\b',
  'settlement', 'release', 'clearance', 'reconnect', 'disconnect', '\\bdebts?\\b', '\\bloan', 'overdue', 'unpaid', 'outstanding', 'balance due', 'tech(?:nical)? support', 'repair', 'licen[cs]e', 'refund', 'overpa',
  'police', '\\birs\\b', 'hmrc', 'sheriff', 'marshal', 'government', 'social security', 'legal action', 'lawsuit', 'deposit', 'processing', 'insurance',
  'gebühr', 'strafe', 'bußgeld', 'steuer', '\\bzoll', 'rechnung', 'mahnung', 'schulden', 'kaution', 'säumnis', 'nachzahlung', 'freigabe', 'bearbeitung', 'finanzamt', 'polizei', 'gericht', 'haftbefehl', 'rückerstattung', 'sperr',
  '\\bfrais\\b', 'amende', 'impôt', '\\btaxes?\\b', 'douane', 'facture', '\\bdettes?\\b', 'caution', 'pénalit', 'arriéré', 'dédouanement', 'déblocage', 'gendarmerie', 'tribunal', 'remboursement', 'coupure',
  '\\btasas?\\b', '\\bmultas?\\b', 'impuesto', 'aduana', 'factura', 'deuda', 'fianza', 'penaliz', 'recargo', 'liberaci[oó]n', '\\bgastos\\b', 'hacienda', 'polic[ií]a', 'juzgado', 'reembolso', 'corte de',
  '\\btass[ae]\\b', 'impost', 'dogana', 'fattura', 'debito', 'cauzione', 'sanzion', '\\bspese\\b', 'sblocco', 'arretrat', 'rimborso', 'distacco',
  '\\btaxas?\\b', 'imposto', 'alfândega', 'fatura', 'boleto', 'dívida', 'fiança', 'penalidade', 'liberação', 'despesas', 'receita federal', 'polícia', 'reembolso',
  '\\bkosten\\b', '\\bboete', 'belasting', '\\bdouane', 'factuur', '\\bschuld', '\\bborg\\b', 'aanmaning', 'verzendkosten', 'inklaring', 'achterstand', 'politie', 'terugbetaling', 'afsluit',
  'opłat', 'grzywn', 'mandat', 'podat', '\\bcło\\b', '\\bcła\\b', 'faktur', '\\bdług', 'kaucj', 'zaległ', 'odpraw', 'policj', 'sąd', 'zwrot', 'odłącz',
  'avgift', 'böter', '\\bskatt', '\\btull', 'faktura', '\\bskuld', 'borgen', 'påminnelse', 'restskuld', 'polisen', 'återbetalning', 'avstängning',
  'ücret', '\\bbedel', '\\bceza', 'vergi', 'gümrük', 'fatura', '\\bborç', 'kefalet', '\\bharç', 'gecikme', 'polis', 'mahkeme', 'iade', 'kesinti',
  'رسوم', 'غرامة', 'ضريبة', 'جمارك', 'الجمارك', 'فاتورة', 'دين', 'كفالة', 'مستحقات', 'الشرطة', 'محكمة', 'استرداد', 'قطع',
  '料金', '罰金', '税', '関税', '請求', '未払', '未納', '訴訟', '債権', '差し押さえ', '差押', '滞納', '延滞', '保釈', '手数料', '送料', '違約金', '和解金', '修理', '警察', '裁判', 'サポート', '返金',
]);

/** Ways to pay other than cards (bank cards, transfers, wallets). */
const METHODS = `(?:card payments?|credit cards?|debit cards?|bank (?:transfers?|payments?|cards?)|tarjetas? bancarias?|bizum|carte (?:bancarie|di debito)|satispay|cart(?:ão|ões) bancári[oa]s?|mb way|bankkarte|girocard|bankpas|karty? bankow[aey]|bankkort|banka kart[ıi]|apple pay|google pay|paypal|wire transfers?|kreditkarte|überweisung|lastschrift|cartes? bancaires?|virement|tarjetas? de (?:cr[eé]dito|d[eé]bito)|transferencias?|carta di credito|bonifico|cart(?:ão|ões) de (?:crédito|débito)|transferência|multibanco|\\bpix\\b|boleto|overboeking|\\bideal\\b|przelew|\\bblik\\b|karta płatnicza|kortbetalning|swish|banköverföring|kredi kartı|havale|\\beft\\b|بطاقات? الائتمان|التحويل البنكي|クレジットカード|銀行振込)`;
/** "We do not accept", said before the way to pay. */
const REFUSED = `(?:we (?:do not|don't|cannot|can't|no longer) accept|not accepting|no (?:se )?acepta(?:n|mos)|ya no acepta|n'accept(?:e|ons)(?: plus| pas)|ne sont (?:pas|plus) accept|non (?:si )?accett|não (?:são )?aceit|wir (?:akzeptieren|nehmen) (?:keine|nicht)|werden (?:keine|nicht) akzeptiert|accepteren (?:geen|niet)|nie akceptujemy|nie są akceptowane|accepterar (?:inte|ej)|kabul (?:etmiyoruz|edilmiyor|edilmemektedir)|لا نقبل|لا يتم قبول|لا تقبل)`;

/** "Prices include VAT": a checkout's note, not a tax to pay. */
export const TAX_INCLUDED = rx([
  '\\b(?:incl(?:uding|udes|\\.)?|inclusive of)\\s+(?:all\\s+)?(?:vat|gst|sales tax|taxes|tax)\\b', '\\b(?:vat|gst|taxes|tax) (?:included|incl\\.?)',
  'inkl\\.? (?:mwst|ust)', 'mwst\\.? inbegriffen', '\\bttc\\b', 'tva (?:incluse|comprise)', 'iva (?:incluid[oa]|inclus[oa]|incl\\.?)', '(?:impuestos|tasse|impostos) inclu[ií]d?[oa]s?',
  '(?:incl\\.?|inclusief) (?:btw|moms)', 'inkl\\.? moms', 'kdv dahil', 'z vat', 'brutto',
  'شامل(?:ة)? (?:ل)?ضريبة القيمة المضافة', 'شامل(?:ة)? الضريبة', '税込', '消費税込',
]);

/** Every other way to pay is said to be blocked or unavailable (so the cards are the only way). */
export const OTHER_BLOCKED = rx([
  `${METHODS}[^.!?。]{0,60}(?:not possible|not available|unavailable|disabled|blocked|suspended|not accepted|cannot be|can't be|won't work|nicht möglich|nicht verfügbar|gesperrt|deaktiviert|indisponible|impossible|bloqu|no disponible|no es posible|non disponibil|non è possibile|indisponíve|não é possível|demoram|niet mogelijk|niet beschikbaar|geblokkeerd|niemożliw|niedostępn|zablokowan|inte möjlig|spärrad|mümkün değil|kullanılamıyor|engellen|غير متاح|متوقف|محظور|利用できません|使えません|できません|受け付けておりません|停止)`,
  `${REFUSED}[^.!?。]{0,40}${METHODS}`,
]);

/** Me, us, the agent: who the codes are to go to. */
export const TO_US = rx([
  '\\b(?:us|me|agent|officer|technician|manager|handler)\\b', '\\b(?:mir|uns)\\b', '\\b(?:moi|nous)\\b', '-moi\\b', '\\b(?:nos|me)\\b', '-(?:me|nos)\\b', '\\b(?:mi|ci)\\b',
  '\\b(?:mij|ons)\\b', '\\b(?:mnie|nam)\\b', '\\b(?:mig|oss)\\b', '\\b(?:bana|bize)\\b', '\\b(?:إلي|إلينا|لنا|لي)\\b', '私', '担当',
]);

/** Gift cards as the one way to pay: "only", "exclusively". */
export const ONLY = rx([
  '\\bonly\\b', 'exclusively', 'solely', '\\bnur\\b', 'ausschließlich', 'uniquement', 'seulement', 'exclusivement', '\\bsolo\\b', 'únicamente', 'solamente', 'esclusivamente',
  '\\bapenas\\b', 'somente', '\\balleen\\b', 'uitsluitend', '\\btylko\\b', 'wyłącznie', '\\bendast\\b', '\\bbara\\b', '\\bsadece\\b', 'yalnızca', 'فقط', 'のみ', 'だけ',
]);

/** Verify, activate, unlock, confirm, check a balance, a card put on hold, a reward to claim. */
export const INTENT = rx([
  'verif', 'validat', '\\bactivat', 'unlock', 'confirm (?:your|the|it|now)', 'confirmation code', 'authenticat', 'check (?:your |the |card |gift card )?balance', 'balance check', '\\bon hold\\b', 'frozen', 'reactivat',
  'claim (?:your |the )?(?:reward|prize|gift|card|bonus|refund)', 'redeem now', '\\bclaim now',
  'bestätig', 'aktivier', 'freischalt', 'entsperr', 'guthaben (?:prüfen|abfragen)', 'kontostand', 'gesperrt',
  'vérifi', 'valider', 'activer', 'débloqu', 'solde', 'bloqué',
  'validar', 'activar', 'desbloque', '\\bsaldo', 'bloquead', 'retenid', 'confirme',
  'attiva', 'sblocc', 'conferm', 'bloccat', 'sospes',
  '\\bativa[rç]', 'retid',
  'activeer', 'ontgrendel', 'bevestig', 'geblokkeerd',
  'weryfik', 'aktywuj', 'odblokuj', 'potwierdź', 'zablokowan',
  'verifiera', 'validera', 'aktivera', 'lås upp', 'bekräfta', 'spärrad',
  'doğrula', 'aktif', 'etkinleştir', 'kilidini', 'onayla', 'bakiye', 'bloke',
  'تحقق', 'التحقق', 'تفعيل', 'فعّل', 'تأكيد', 'رصيد', 'موقوف', 'محظور',
  '確認', '認証', '有効化', '解除', '残高', '照会', '凍結',
]);

/** Urgency and threat. */
export const URGENCY = rx([
  'expires? in', 'within \\d+ (?:hours?|minutes?|days?)', 'in \\d+ minutes', 'by (?:today|tonight|midnight)', 'account (?:has been |is |will be )?(?:suspended|locked|blocked|closed)',
  'final notice', 'last warning', 'act now', 'imm?[eé]diat', 'inmediat', 'urgen', 'arrest', 'disconnect', 'deadline',
  'innerhalb von \\d+', 'sofort', 'letzte mahnung', 'gesperrt', 'dringend', 'noch heute',
  'dans les \\d+', 'dernier avis', 'bloqu', 'suspendu', "avant ce soir",
  'en (?:las próximas )?\\d+ (?:horas|minutos)', '[uú]ltim[oa] av(?:is|vis)o', 'suspendid', 'hoy mismo',
  'entro \\d+', 'bloccat', 'sospes', 'entro oggi',
  'em \\d+ (?:horas|minutos)', 'ainda hoje', 'último aviso',
  'binnen \\d+', 'onmiddellijk', 'vandaag nog', 'laatste (?:kans|waarschuwing|herinnering)',
  'w ciągu \\d+', 'natychmiast', 'pilne', 'jeszcze dziś', 'ostateczn',
  'inom \\d+', 'omedelbart', 'senast idag', 'sista påminnelse',
  '\\d+ saat içinde', 'derhal', 'acil', 'bugün içinde', 'son uyarı',
  'خلال \\d+', 'فورا', 'فوراً', 'عاجل', 'إنذار نهائي',
  '\\d+(?:時間|分)以内', '至急', '直ちに', '今すぐ', '本日中', '最終通告', '停止', 'ロック',
]);

/** Prize and reward bait. */
export const REWARD = rx([
  "you(?:'ve| have)? won", 'winner', 'congratulations', '\\bprize', '\\bfree\\b', 'claim your', 'selected', 'reward',
  'gewonnen', 'gewinn', 'glückwunsch', 'gratis', 'kostenlos', 'gagné', 'gagnant', 'félicitations', 'gratuit', 'ganado', 'ganador', 'felicidades', 'enhorabuena', 'premio',
  'vinto', 'vincitore', 'congratulazioni', 'complimenti', 'ganhou', 'parabéns', 'prêmio', 'gewonnen', 'winnaar', 'gefeliciteerd', 'wygra', 'gratulacje', 'nagrod',
  'vunnit', 'vinnare', 'grattis', 'kazandınız', 'tebrikler', 'ödül', 'فزت', 'مبروك', 'جائزة', '当選', 'おめでとう', '無料', 'プレゼント',
]);

/** The sentence warns about the scam instead of running it. */
export const PROTECTIVE = rx([
  '\\bnever\\b', '\\bscam', '\\bfraud', '\\bwarning', '\\bbeware', '\\bftc\\b', '\\breport', "\\bdon'?t\\b", '\\bdo not\\b', '\\bwon\'?t\\b', '\\bwill not\\b', 'not accept', 'no legitimate',
  'hang up', 'gift cards are for gifts', '\\bif (?:anyone|someone|somebody|a caller|they|you(?:\'re| are) asked)\\b', '\\banyone who\\b', '\\bno (?:genuine|real|legitimate|honest|official)\\b', 'will (?:never|not) ask', 'keep (?:it|your code|the code|your card) (?:private|secret|safe)',
  'red flag', '\\bfake\\b', 'phishing', 'impost[eo]r', 'scammer', 'legitimate', 'real (?:business|agency)', 'criminal', 'crook', 'con artist', 'trick',
  'wenn (?:jemand|ein anrufer|sie aufgefordert)', 'kein (?:seriöses|echtes)', 'niemals', '\\bnie\\b', 'betrug', 'betrüger', 'warnung', 'vorsicht', 'achtung', 'melden', 'abzocke', 'masche', 'seriös', 'kriminell', '\\bkeine?\\b',
  "si (?:quelqu'un|on vous|un inconnu)", 'aucun(?:e)? (?:organisme|administration|entreprise)', 'jamais', 'arnaque', 'escroqu', 'fraude', 'méfiez', 'signalez', 'ne (?:pas|jamais)', '\\bfaux', 'n\'acceptons pas',
  'si (?:alguien|le piden|te piden)', 'ning[uú]n(?:a)? (?:organismo|empresa|entidad)', 'nunca', 'estafa', '\\btimo', 'cuidado', 'denunci', 'no (?:lo )?haga', '\\bfalso', 'no acept', 'delincuente',
  'se qualcuno', 'nessun(?:a|o)? (?:ente|azienda|banca)', '\\bmai\\b', 'truffa', 'truffator', 'frode', 'diffid', 'segnal', 'non (?:fate|date|pagate|accett)', 'attenzione',
  'se alguém', 'nenhum(?:a)? (?:empresa|órgão|banco)', 'golpe', 'golpista', 'não (?:pague|envie|compartilhe|aceit|forneça)', 'denuncie',
  'als iemand', 'geen (?:enkele |echte )?(?:organisatie|bank|bedrijf)', '\\bnooit\\b', 'oplicht', 'fraudeur', 'pas op', '\\bmeld', '\\bnep', 'niet accept',
  'je(?:śli|żeli) ktoś', 'żadna (?:instytucja|firma)', 'nigdy', 'oszust', 'uwaga', 'zgłoś', 'nie (?:podawaj|płać|wysyłaj|akcept)', 'fałszyw',
  'om någon', 'ingen (?:seriös|myndighet)', '\\baldrig\\b', 'bedrägeri', 'bedragare', 'varning', 'se upp', 'anmäl', '\\bfalsk', 'bluff',
  'eğer biri', 'hiçbir (?:kurum|şirket|banka)', '\\basla\\b', 'dolandırıcı', 'sahte', 'dikkat', 'uyarı', 'vermeyin', 'göndermeyin', 'ödemeyin', 'kabul etmez', 'hiçbir zaman', 'istemez', 'itibar etme', 'meyiniz\\b', 'mayınız\\b', 'paylaşmayın', 'kimseyle',
  'إذا طلب', 'إذا اتصل', 'لا توجد جهة', 'لن يطلب', 'لا تطلب', 'لا يطلب', 'تنبيه', 'احتيال', 'نصب', 'محتال', 'أبدا', 'أبداً', 'لا تدفع', 'لا ترسل', 'لا تشارك', 'تحذير', 'احذر', 'بلغ', 'مزيف',
  'と言われたら', '求められたら', '場合は', '詐欺', '絶対に', '決して', '注意', '警告', 'しないで', 'ありません', '偽', 'ご注意',
]);

/** Someone retelling what happened to them: a forum post or a news quote, not the scam itself. */
export const REPORTED = rx([
  '\\b(?:told|asked|wanted|made|instructed|convinced|forced) (?:me|him|her|us|them|my)\\b', '\\b(?:he|she|they|caller|man|woman) (?:said|claimed|kept)\\b', '\\bi was told\\b', '\\bmy (?:mom|mum|dad|mother|father|grandma|grandmother|grandpa|grandfather|aunt|uncle|wife|husband|friend|neighbou?r)',
  '\\bi (?:bought|sent|paid|gave|called|lost|read)\\b', '\\bvictims?\\b', 'according to',
  'hat mir gesagt', 'sagte mir', 'wollte(?:n)? (?:dass|von)', 'ich habe .{0,40}gekauft', 'opfer',
  "m'a dit", "m'a demandé", "on m'a", "j'ai acheté", 'victime',
  'me dijo', 'me pidi[oó]', 'me dijeron', 'compré', 'v[ií]ctima',
  'mi ha detto', 'mi ha chiesto', 'ho comprato', 'vittim',
  'me disse', 'me pediu', 'comprei', 'vítima',
  'zei (?:dat|me)', 'vroeg me', 'ik heb .{0,40}gekocht', 'slachtoffer',
  'powiedział', 'kazał', 'kupił(?:em|am)', 'ofiar',
  'sa att', 'bad mig', 'jag köpte', 'offer',
  'dedi', 'istedi', 'aldım', 'mağdur',
  'قال لي', 'طلب مني', 'اشتريت', 'ضحي',
  'と言われ', '言われて', '頼まれ', '購入しました', '被害',
  // "these messages ask for...": describing someone else's messages, not sending one
  '\\bthese (?:messages|e-?mails|calls|texts)\\b', 'diese[nr]? (?:nachrichten|e-mails|anrufe)', 'ces (?:messages|appels|courriels)', 'estos (?:mensajes|correos)',
  'questi (?:messaggi|sms)', 'ess?as? mensagens', 'deze (?:berichten|mails)', 'te (?:wiadomości|maile)', 'dessa (?:meddelanden|mejl|samtal)',
  'bu mesajlar', 'tespit edildi', 'هذه الرسائل', 'このような(?:メール|メッセージ|電話)',
]);

/** Describing impostors ("alleged tax officers", "calls posing as the bank", "messages in
 * circulation"): a warning's retelling, and so is the sentence after it. */
export const IMPOSTOR = rx([
  'so-called', '\\bsupposed(?:ly)?\\b', '\\balleged(?:ly)?\\b', 'purport', '\\bpos(?:e|es|ing) as\\b', 'pretend(?:s|ing)? to be', 'claiming to be', 'in circulation',
  'angeblich', 'vermeintlich', 'sogenannt', 'im umlauf', 'geben sich .{0,40}als', 'gibt sich .{0,40}als',
  'prétendu', 'soi-disant', 'se faisant passer', 'se font passer',
  'supuest', 'haci[eé]ndose pasar', 'se hacen pasar',
  'sedicent', 'presunt', 'spacciandosi', 'si spacciano',
  'suposto', 'supostos', 'supostas', 'se passando por', 'se fazem passar', 'fazendo-se passar',
  'zogenaamd', 'doen zich voor', 'zich voordoen', 'in omloop',
  'rzekom', 'podszywa', 'podając się za', 'podają się za',
  'påstådd', 'så kallad', 'utger sig', 'utge sig',
  'sözde', 'kendini .{0,30} olarak tanıt', 'gibi davran',
  'مزعوم', 'يدعي', 'يدّعي', 'ينتحل', 'منتحل', 'انتحال',
  '装った', '装う', '名乗る', 'かたる', '騙る', 'と称する',
]);

/** A field that takes a gift-card code, read from its label, placeholder, name or id. */
export const CODE_FIELD = rx([
  'claim', 'redee?m', 'voucher', 'gift.?c(?:ar)?d', 'card.?(?:number|no\\b|num)', '\\bpin\\b', 'access.?(?:number|code)', 'security.?code', 'scratch', '(?:\\b|_)codes?(?:\\b|_)', 'serial',
  'gutschein', 'einlöse', 'karten(?:nummer|-?code)', 'carte', 'c[oó]dig[oe]', 'n[uú]mero de (?:la )?tarjeta', 'numero (?:della )?carta', 'codice', 'n[uú]mero do cart', 'cart[aã]o',
  'kaartnummer', 'pincode', 'cadeau', 'kod', 'numer karty', 'podarunk', 'kortnummer', 'presentkort', 'kart numarası', 'hediye', 'رمز', 'كود', 'رقم البطاقة', 'الرقم السري', 'コード', '番号', '暗証',
]);

/** Fields that look like code fields but are not (postcode, one-time passwords, coupons on a shop). */
export const NOT_CODE_FIELD = rx([
  'zip', 'post(?:al|.?code|leitzahl)', '\\bplz\\b', 'c[oó]d(?:e|igo) postal', '\\bcap\\b', 'postcode', 'kod pocztowy', 'postnummer', 'posta kodu', 'cep\\b', '郵便', 'الرمز البريدي',
  'sms', 'otp', 'one.?time', '2fa', 'two.?factor', 'authenticat', 'captcha', 'phone', 'country', 'area.?code', 'discount', 'promo', 'coupon', 'rabatt',
  'réduction', 'descuento', 'sconto', 'desconto', 'korting', '\\brabat', 'indirim', 'referral', 'invite', 'snippet', '\\bvat\\b', '\\biban\\b', '\\bswift\\b', '\\bbic\\b', 'tracking', 'sendungsnummer', 'order.?(?:number|no|id)',
]);

/** The label says the field wants a claim code specifically. */
export const CLAIM_LABEL = rx([
  '(?:claim|redemption) ?code', 'gift ?card (?:code|number|pin)', 'card pin', 'scratch', '(?:gutschein|einlöse)code', 'code (?:de la )?carte[- ]cadeau', 'c[oó]digo de (?:canje|reclamo|resgate)',
  'codice (?:della )?carta regalo', 'ギフト(?:券|カード)番号', 'ギフトコード', '引換番号', 'cadeaukaartcode', 'kod karty podarunkowej', 'presentkortskod', 'hediye kartı kodu', 'رمز (?:ال)?بطاقة',
]);

/** A placeholder shaped like a claim code: XXXX-XXXXXX-XXXX. */
export const CLAIM_MASK = rx(['\\b[X0-9A-Z*•]{4}[- ][X0-9A-Z*•]{6}[- ][X0-9A-Z*•]{4,5}\\b'], '');

/** A claim code shown as text (a reward page handing one out). */
export const SHOWN_CODE = rx(['\\b(?=[A-Z0-9-]*\\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{4}-[A-Z0-9]{6}-[A-Z0-9]{4,5}\\b', '\\b(?=[A-Z0-9]*\\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{14,16}\\b'], '');

/** Amazon as a brand (not "Amazon Pay", a payment button on other shops). */
export const BRAND = rx(['amazon(?![-\\s]?pay)', '\\bamzn\\b', 'アマゾン', '亚马逊', 'أمازون', 'امازون']);

/** A phone number, for scareware "call this number" pages. */
export const PHONE = rx(['(?:\\+?\\d{1,3}[\\s.-]?)?\\(?\\d{3}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4}\\b', '\\+\\d{2}[\\s\\d]{8,14}\\d', '0\\d{2,4}-\\d{2,4}-\\d{3,4}'], '');

/** Fields that belong to a comment box, a search box or a newsletter signup. */
export const HARMLESS_FIELD = rx([
  'comment', 'reply', 'search', '\\bq\\b', 'newsletter', 'subscribe', 'message', '\\bpost\\b', 'kommentar', 'suche', 'commentaire', 'recherche', 'comentario', 'buscar', 'commento', 'cerca',
  'pesquis', 'zoek', 'reactie', 'szukaj', 'komentarz', 'sök', 'kommentera', '\\bara\\b', 'yorum', 'بحث', 'تعليق', 'コメント', '検索',
]);

/** A shop's add-to-cart: a page selling cards to the visitor, not collecting theirs. */
export const CART = rx([
  'add to (?:cart|basket|bag)', 'in den (?:warenkorb|einkaufswagen)', 'ajouter au panier', 'a[ñn]adir (?:a la cesta|al carrito)', 'agregar al carrito',
  'aggiungi al carrello', 'adicionar (?:ao|à) (?:carrinho|sacola)', 'in (?:de )?winkelwagen', 'do koszyka', 'lägg i (?:varukorg|kundvagn)', 'sepete ekle',
  'أضف إلى (?:السلة|عربة)', 'カートに(?:入れる|追加)',
  // "Buy now" buttons: a shop's listing too.
  'buy (?:it )?now', 'jetzt kaufen', 'acheter maintenant', 'comprar (?:ahora|agora|já)', 'compra (?:ora|subito)', 'nu kopen', 'kup teraz', 'köp nu',
  'hemen al', 'اشتر(?:ِ)? الآن', '今すぐ(?:買う|購入)',
]);

/** Marketplaces that buy cards: "sell your gift card", not "verify" it. */
export const SELL = rx(['\\bsell', '\\btrade', 'get cash', 'cash (?:for|out)', 'verkauf', 'vendre', 'vender', 'vendere', 'verkopen', 'sprzeda', 'sälj', 'sat(?:ın|ış)', 'بيع', '買取', '売']);

/** A quick first look for the field gate: any gift or payment word at all. */
export const GATE_WORDS = rx([GIFT.source]);
