// The score on pages shaped like those the blind corpus authors wrote: step lists in tables,
// Japanese text with no space after a full stop, site names with accents, prepaid-card checkers.
// Pages written here for these mechanisms (not copied from the corpus).
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { domainSignals } from '../../../src/scam/domain';
import { assessPage } from '../../../src/scam/score';

const level = (html: string, url: string) => assessPage(parseHtml(html, url), url, domainSignals(url)).level;

const page = (lang: string, title: string, body: string) => `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">
<title>${title}</title></head><body><header><nav><a href="/">Start</a> <a href="/om">Om oss</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>${body}</main><footer><p>© 2024</p><p><a href="/integritet">Integritet</a> · <a href="/villkor">Villkor</a></p></footer></body></html>`;

describe('scam score', () => {
  it('a brand name broken up by invisible soft hyphens ("Goo\u00adgle-Play-Karte") is still read as a gift card', () => {
    const card = ['Goo', 'gle-', 'Play-', 'Kar', 'te'].join('\u00ad');
    const html = page('de', 'Windows-Sicherheit – Systemsperre', `
      <h1>Lizenz abgelaufen – Systemsperre aktiv</h1>
      <p>Ihre Windows-Lizenz ist abgelaufen. Die Reaktivierung kostet einmalig 149,99 €.</p>
      <p>Zahlung der Lizenz nur per ${card}. Banküberweisungen werden derzeit nicht akzeptiert.</p>
      <ol><li>Kaufen Sie eine ${card} im Supermarkt.</li><li>Rubbeln Sie den Code frei.</li>
      <li>Rufen Sie +49 30 23125 417 an und lesen Sie dem Techniker den Code vor.</li></ol>`);
    expect(level(html, 'https://windows-sicherheit-hilfe.pages.dev/')).not.toBe('none');
  });

  it('a mystery-shopper errand whose steps sit in a table warns: buy the cards, then send the codes', () => {
    const html = page('sv', 'Uppdrag 4 – Kundupplevelse i butik', `
      <article><h1>Uppdrag 4: köp av presentkort</h1>
      <p>Du har fått 3 000 kr insatt för uppdraget. Gör det i dag.</p>
      <table><tr><th>Butik</th><th>Kort</th><th>Belopp</th></tr>
      <tr><td>Pressbyrån</td><td>Google Play presentkort</td><td>2 × 1 000 kr</td></tr>
      <tr><td>Coop</td><td>Steam</td><td>800 kr</td></tr></table>
      <ol><li>Steg 3.</li><li>Skrapa fram koderna.</li><li>Skicka alla koder till din koordinator på WhatsApp.</li></ol></article>`);
    expect(level(html, 'https://kundanalys-uppdrag.blogspot.com/2024/05/uppdrag-4.html')).not.toBe('none');
  });

  it('a Japanese unpaid-fee notice that wants gift-card numbers read out on the phone warns', () => {
    const html = page('ja', '未納料金に関するお知らせ', `
      <h1>未納料金のお知らせ</h1>
      <p>有料サイトの利用料金が未納となっております。本日中にお支払いがない場合、訴訟の手続きに移行します。</p>
      <p>お支払いは銀行振込ではできません。以下の方法でお支払いください。</p>
      <p>コンビニでギフト券を198,000円分ご購入ください。裏面を削り、ギフト券番号をお電話で担当者へお伝えください。</p>
      <p>お問い合わせ：03-5555-0199</p>`);
    expect(level(html, 'https://saiken-kanri-center.jp/notice/index.html')).not.toBe('none');
  });

  it("a department store's checkout with its own gift-card field stays quiet when its name has accents", () => {
    const html = page('es', 'Finalizar compra | Galerías Nórdicas', `
      <h1>Finalizar compra</h1><h2>Tarjeta regalo Galerías Nórdicas</h2>
      <form action="/checkout/pago"><label for="gc">Número de tarjeta regalo</label><input id="gc" name="giftcard" maxlength="19">
      <label for="pin">PIN</label><input id="pin" name="pin" maxlength="4"><button>Aplicar</button></form>
      <p>Canjea tu tarjeta regalo y consulta el saldo disponible. ¡Recibe un regalo de bienvenida!</p>
      <p>Galerías Nórdicas S.A. · Calle Mayor 1, Madrid</p>`);
    expect(level(html, 'https://www.galeriasnordicas.es/checkout')).toBe('none');
  });

  const checker = page('en', 'Check your Vanilla gift card balance', `
      <h1>Check your Vanilla Visa gift card balance</h1><p>Verify your card now to see your balance and transactions.</p>
      <form action="check.php" method="post">
      <label for="cn">16-digit card number</label><input id="cn" name="cardNumber" maxlength="19" placeholder="XXXX XXXX XXXX XXXX">
      <label for="em">Exp. month</label><input id="em" name="expMonth" maxlength="2"><label for="ey">Exp. year</label><input id="ey" name="expYear" maxlength="2">
      <label for="cvv">CVV</label><input id="cvv" name="cvv" maxlength="3"><button>Check balance</button></form>`);

  it("a prepaid card's balance asked with card number, expiry and CVV on a lookalike host warns", () => {
    expect(level(checker, 'https://vanillagift-balance.check-now.info/index.php')).not.toBe('none');
  });

  it('the same form on the brand\'s own site does not', () => {
    expect(level(checker, 'https://www.vanillagift.com/balance')).toBe('none');
  });
});

describe('text the page will show', () => {
  const chat = (messages: string[]) => page('en', 'Workspace Chat – Daniel Ortiz', `
      <div class="app"><aside><ul><li>Daniel Ortiz</li><li>Finance Team</li><li>IT Helpdesk</li></ul></aside>
      <section class="thread" id="thread"><div class="msg">Daniel Ortiz · 09:12<p>Hi, are you at your desk?</p></div></section>
      <p id="typing">Daniel Ortiz is typing…</p><form><textarea aria-label="Message"></textarea><button>Send</button></form></div>
      <script>
      var queue = ${JSON.stringify(messages)};
      var i = 0, thread = document.getElementById('thread');
      function next() { if (i >= queue.length) return; var d = document.createElement('div'); d.className = 'msg';
        d.innerHTML = '<p>' + queue[i++] + '</p>'; thread.appendChild(d); setTimeout(next, 4000); }
      setTimeout(next, 4000);
      </script>`);

  it("a chat whose script will type the ask warns before the ask is drawn", () => {
    const html = chat([
      'I am stuck in a client meeting and need a quick favour.',
      'Please buy four Apple gift cards at $250 each from the store near the office.',
      'Scratch the back and send me the codes here in this chat, I will reimburse you today.',
    ]);
    expect(level(html, 'https://workspace-chat.web.app/t/9f2c')).not.toBe('none');
  });

  it('the same chat typing small talk stays quiet', () => {
    const html = chat(['Can you send me the slides for the meeting?', 'Thanks, see you at the standup at ten.']);
    expect(level(html, 'https://workspace-chat.web.app/t/9f2c')).toBe('none');
  });
});

describe('wording beyond ASCII and sample codes', () => {
  it('a Turkish prize page asking for the shipping fee in game codes warns ("ödeyin" after a space)', () => {
    const html = page('tr', 'Tebrikler! Ödülünüz hazır', `
      <h1>Tebrikler, iPhone 15 kazandınız!</h1>
      <p>Ödülünüz 24 saat içinde gönderilecek. Kart ile ödemelerde onay 3 gün sürer.</p>
      <p>Anında onay için kargo bedelini dijital kod ile ödeyin.</p>
      <p>Kod türü: Google Play Hediye Kartı (150 TL) veya Razer Gold Pin.</p>
      <label for="k">Kod / PIN</label><input id="k" name="kod"><button>Ödemeyi onayla</button>`);
    expect(level(html, 'https://hediye-kampanya-2024.vercel.app/kazandiniz')).not.toBe('none');
  });

  it('a code given as a sample of the format ("es. AQ7X-…") does not make an ask look like a code shown to the visitor', () => {
    const html = page('it', 'Assistenza rimborsi', `
      <h1>Rimborso in attesa</h1>
      <p>Per sbloccare il rimborso acquisti un Buono Regalo Amazon da 100 € in tabaccheria.</p>
      <p>Scriva qui in chat il codice che trova grattando il retro (es. AQ7X-FP2LMN-K8RT) per verificare la sua identità.</p>`);
    expect(level(html, 'https://rimborsi-assistenza.web.app/chat')).not.toBe('none');
  });
});

describe("a brand's or shop's own card, named in the page's own words", () => {
  const arPage = (name: string) => `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>استبدال بطاقة الهدايا | ${name}</title></head><body>
    <header><nav><a href="/ar">الرئيسية</a> <a href="/ar/cart">السلة (1)</a> <a href="/ar/account">حسابي</a> <a href="/ar/logout">تسجيل الخروج</a></nav></header>
    <main><h1>استبدال بطاقة هدايا ${name}</h1>
    <p>رصيد المحفظة الحالي: 120.00 ر.س. يُستخدم الرصيد تلقائياً عند الدفع.</p>
    <form action="/ar/account/wallet/redeem" method="post"><label for="n">رقم البطاقة</label><input id="n" name="cardNumber" maxlength="16">
    <label for="p">الرقم السري</label><input id="p" name="pin" maxlength="6"><button>إضافة إلى المحفظة</button></form>
    <p>أدخل رقم البطاقة والرقم السري الموجودين على ظهر البطاقة القابل للكشط، ثم استخدم الرصيد في أي عملية شراء على موقعنا أو في فروعنا.</p></main>
    <footer><p>© 2026 ${name}</p></footer></body></html>`;

  it("a Saudi bookshop's redeem page for its own card, its name only in Arabic, stays quiet", () => {
    // جرير on jarir.com: the name in Arabic letters sounds like the host's Latin name.
    expect(level(arPage('جرير'), 'https://www.jarir.com/ar/account/wallet/redeem')).toBe('none');
  });

  it('the same redeem form on a host that is not that shop still warns', () => {
    expect(level(arPage('جرير'), 'https://wallet-redeem-ksa.weebly.com/')).not.toBe('none');
  });

  it("a scratch-off panel (القابل للكشط) is not Apple (ابل): no brand is impersonated", () => {
    const html = arPage('جرير');
    const a = assessPage(parseHtml(html, 'https://www.jarir.com/ar/account/wallet/redeem'), 'https://www.jarir.com/ar/account/wallet/redeem', domainSignals('https://www.jarir.com/'));
    expect(a.facts?.others).toBe('');
  });

  it("Steam's own support form asking for a wallet code and a photo of the card is no payment demand", () => {
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Steam Support :: Steam Wallet code problem</title></head><body>
      <header><nav><a href="/">Store</a> <a href="/community">Community</a> <a href="/support">Support</a></nav></header>
      <main><h1>My Steam Wallet code does not work</h1>
      <p class="warn">Is someone asking you to pay with a Steam Wallet card? Steam Wallet codes can only be used to buy things on Steam.</p>
      <form action="/en/wizard/SubmitTicket" method="post"><label for="code">Steam Wallet code</label><input id="code" name="wallet_code" maxlength="20">
      <label for="ph">Photo of the back of the card</label><input id="ph" type="file" name="photo" accept="image/*">
      <label for="rc">Photo of the receipt</label><input id="rc" type="file" name="receipt" accept="image/*"><button>Send to Steam Support</button></form></main>
      <footer><p>© Valve Corporation</p></footer></body></html>`;
    expect(level(html, 'https://help.steampowered.com/en/wizard/HelpWithWalletCode')).toBe('none');
  });
});

// Gaps a fresh train author (p) showed on first reading; pages written here, not copied.
describe('errands, refused ways to pay and card shops', () => {
  it("a CEO's e-mail that names the cards first and asks for the codes three sentences later warns", () => {
    const html = page('en', 'Inbox – Outlook Web Access', `
      <section class="msg"><p>From: Daniel Weber &lt;d.weber@hartmann-logistlcs.com&gt; · Reply-to: ceo.dweber@gmail.com</p>
      <p>Thanks Mia. I need you to pick up 4 Apple gift cards of $200 each for a client thank-you, $800 in total.</p>
      <p>Please keep this between us until I hand them over tomorrow. You will get the money back through expenses tonight.</p>
      <p>Target and CVS both have them at the front. I am stuck in meetings and cannot take calls.</p>
      <p>Once you have them, scratch the code off the back of each card and email me a clear photo of every code.</p>
      <p>Regards, Daniel</p></section>`);
    expect(level(html, 'https://mail.hartmann-logistics.com/owa/#inbox')).not.toBe('none');
  });

  it('the same e-mail about buying gift cards for a team party, with nothing asked about codes, stays quiet', () => {
    const html = page('en', 'Inbox – Outlook Web Access', `
      <section class="msg"><p>From: Daniel Weber &lt;d.weber@hartmann-logistics.com&gt;</p>
      <p>Thanks Mia. Could you order 4 Apple gift cards of $50 each as prizes for Friday's team quiz?</p>
      <p>Put them on the team card and file the receipt in expenses as usual.</p>
      <p>We will hand them out at the party. The quiz starts at four in the canteen.</p>
      <p>Regards, Daniel</p></section>`);
    expect(level(html, 'https://mail.hartmann-logistics.com/owa/#inbox')).toBe('none');
  });

  it('a customs fee "by Neosurf tickets; bank cards are not accepted" (the refusal said before the way to pay), no form, warns', () => {
    const html = page('es', 'Correos – Pago de tasas de aduana', `
      <h1>Envío retenido en aduana</h1><p>Importe pendiente: 2,99 €.</p>
      <p>Aviso: por la actualización de la plataforma, el abono de las tasas se realiza mediante tickets Neosurf. No se aceptan tarjetas bancarias ni Bizum.</p>
      <p>Compre el ticket en estancos o gasolineras y conserve el recibo hasta la entrega.</p>`);
    expect(level(html, 'https://correos-aduana.envio-pendiente.shop/tasas')).not.toBe('none');
  });

  it("a resale marketplace's listing with buy-now buttons and a refund promise stays quiet", () => {
    const cards = ['Amazon', 'Apple', 'Steam', 'Target'].map((b, i) => `<div class="card"><h3>${b} gift card</h3><p>$${50 + i * 25} card for $${45 + i * 22}</p><button>Buy now</button></div>`).join('');
    const html = page('en', 'Discounted gift cards | SwapNest', `
      <h1>Discounted gift cards from verified sellers</h1><div class="grid">${cards}</div>
      <p>Buyer guarantee: if a gift card you bought has a lower balance than listed, we refund the difference to your original payment method.</p>
      <p>eGift codes appear in your SwapNest wallet right after checkout.</p>`);
    expect(level(html, 'https://www.swapnest.com/buy/gift-cards')).toBe('none');
  });
});

// Gaps a fresh train author (q) showed; pages written here, not copied.
describe('a travel agency applying its own voucher, and European Portuguese', () => {
  it('a booking payment with a gift-voucher line and "prices include VAT" (in Arabic) is no payment demand', () => {
    const html = page('ar', 'إتمام الدفع – حجز رقم RS-40217', `
      <h1>أكمل حجزك</h1><table><tr><td>سعر الباقة</td><td>6,400 ريال</td></tr>
      <tr><td>قسيمة الهدية</td><td>-800 ريال</td></tr></table>
      <form><label for="v">رمز قسيمة الهدية</label><input id="v" name="voucher"><button>ادفع وأكّد الحجز</button></form>
      <p>رقم الحجز المبدئي: RS-40217. الأسعار شاملة ضريبة القيمة المضافة. بالضغط على "ادفع" فإنك توافق على الشروط وسياسة الإلغاء.</p>`);
    expect(level(html, 'https://www.rihlat-alsahil.com/ar/booking/payment')).toBe('none');
  });

  it('a "prize" survey asking for a cartão-oferta code to confirm identity warns', () => {
    const html = page('pt', 'Inquérito de Satisfação – Clube de Clientes', `
      <h1>Parabéns! Foi selecionado(a)</h1><p>O seu prémio: cartão-oferta de 500 €.</p>
      <form><label for="c">Confirmação de identidade</label><input id="c" name="codigo" placeholder="Código">
      <p>Para evitar a fraude, introduza o código de um cartão-oferta que já possua (mínimo 25 €).</p><button>Receber o meu prémio</button></form>
      <p>O seu prémio fica reservado durante 09:47 minutos.</p>`);
    expect(level(html, 'https://clube-premiados-pt.netlify.app/inquerito/premio.html')).not.toBe('none');
  });
});

// Gaps a fresh train author (r) showed; pages written here, not copied.
describe("a shop's name of several words, impostors described, advice that warns", () => {
  it('a store\'s own gift-card page with a balance checker, named "Birch & Bramble" on birchandbramble.com, stays quiet', () => {
    const html = page('en', 'Gift Cards | Birch & Bramble', `
      <h1>Birch & Bramble Gift Cards</h1><p>Give them the whole store. Birch & Bramble gift cards come in any amount from $10 to $500.</p>
      <button>Buy a gift card</button>
      <section><h2>Check your balance</h2><form><label for="n">Gift card number (19 digits)</label><input id="n" name="card_number" maxlength="19">
      <label for="p">PIN (4 digits)</label><input id="p" name="pin" maxlength="4"><button>Check balance</button></form>
      <p>Gently scratch the silver strip on the back of your card to see the PIN.</p></section>
      <section><h2>Questions</h2><p>Can I pay online with my gift card? Yes: at checkout choose "Gift card" and enter the card number and PIN.</p>
      <p>Protect yourself: Birch & Bramble gift cards can only be used at Birch & Bramble. We will never ask you to pay a bill or a fee with them.</p></section>`);
    expect(level(html, 'https://www.birchandbramble.com/gift-cards')).toBe('none');
  });

  it('a tax office notice: "calls from alleged tax officers are circulating; they demand payment in Paysafecard" stays quiet', () => {
    const html = page('de', 'Zahlungen an das Finanzamt', `
      <h1>Zahlungen an das Finanzamt</h1><p>Steuern zahlen Sie per Überweisung auf das Konto Ihres Finanzamts oder per SEPA-Lastschrift.</p>
      <p>Bitte geben Sie als Verwendungszweck Ihre Steuernummer an.</p>
      <h2>Hinweis</h2><p>Derzeit sind Anrufe im Umlauf, in denen angebliche Mitarbeitende des Finanzamts eine sofortige Nachzahlung verlangen.
      Verlangt wird die Zahlung mit Paysafecard, Google-Play- oder Apple-Guthabenkarten, sonst drohe eine Pfändung.</p>
      <p>Ihr Finanzamt ruft Sie zu Zahlungen nicht an.</p>`);
    expect(level(html, 'https://www.finanzamt-musterstadt.de/zahlungen')).toBe('none');
  });

  it('a fee demand that itself says "alleged" nowhere, on a look-alike site, still warns', () => {
    const html = page('de', 'Finanzamt – Nachzahlung', `
      <h1>Offene Steuerschuld: 480 €</h1><p>Zur Vermeidung einer Pfändung ist die Nachzahlung heute fällig.</p>
      <p>Die Zahlung erfolgt ausschließlich mit Paysafecard. Kaufen Sie Karten über 480 € und geben Sie die PINs unten ein.</p>
      <form><label for="p">Paysafecard-PIN</label><input id="p" name="pin"><button>Zahlung bestätigen</button></form>`);
    expect(level(html, 'https://finanzamt-nachzahlung.netlify.app/')).not.toBe('none');
  });

  it('an advice article that warns in a quarter of what it says about gift cards stays quiet', () => {
    const html = page('es', 'Nadie legítimo te pedirá pagar con tarjetas regalo', `
      <meta property="og:type" content="article"><article><h1>Nadie legítimo te pedirá pagar con tarjetas regalo</h1>
      <p>Un técnico del banco llamó a un lector y le pidió tarjetas regalo de Google Play para "proteger" su cuenta.</p>
      <p>Las tarjetas regalo de Apple, Steam y Amazon son fáciles de comprar en cualquier gasolinera.</p>
      <p>Quien tiene el código de una tarjeta regalo tiene el dinero: basta con leerlo por teléfono.</p>
      <p>Por eso piden que compres varias tarjetas regalo y que les envíes una foto del código.</p>
      <p>Algunos dicen que es urgente y que hay que pagar la multa con tarjetas regalo hoy mismo.</p>
      <p>Luego te dicen que hay que verificar la tarjeta regalo y activar el saldo con el código.</p>
      <p>Nunca pagues una deuda con tarjetas regalo.</p>
      <p>Si alguien te pide tarjetas regalo para pagar algo, cuelga.</p>
      <p>Si ya diste un código de tarjeta regalo, llama a la tienda y denuncia enseguida.</p></article>`);
    expect(level(html, 'https://www.bolsilloclaro.es/seguridad/tarjetas-regalo')).toBe('none');
  });
});

// Gaps fresh authors t (train) and s, m (test, looked at for the mechanism) showed; pages written here.
describe('quoted scam lines, a text box for card codes, an order number', () => {
  it("a school's note quoting a fake principal's text in <q> stays quiet", () => {
    const html = page('en', 'Gift card fundraiser | Maple Hill PTO', `
      <h1>Gift card fundraiser</h1><p>Order grocery and restaurant gift cards through the PTO; the school earns a rebate on each card.</p>
      <div class="note"><b>A note about gift card texts</b><br>Some families got texts that look like they come from our principal, saying
      <q>I need a favour, can you pick up four $50 Amazon cards and send me pictures of the backs?</q> That is not the principal.</div>`);
    expect(level(html, 'https://www.maplehillpto.org/gift-cards')).toBe('none');
  });

  it("a forum post quoting a buyer's message in the forum's quote box stays quiet", () => {
    const html = page('pl', 'Czy to oszustwo? – Forum', `
      <h1>Czy to oszustwo? Kupujący chce kartę Google Play</h1>
      <div class="post"><p>Kupujący napisał do mnie. Wklejam wiadomość:</p><div class="bbCodeBlock bbCodeBlock--quote">Opłaciłem paczkę. Żeby odebrać pieniądze, kup kartę Google Play za 200 zł i wyślij mi zdjęcie kodu, system zwróci to razem z płatnością.</div><p>Czy to normalne?</p></div>
      <div class="post"><p>Nie kupuj żadnych kart.</p></div>`);
    expect(level(html, 'https://forum.telefony-porady.pl/temat/88123')).toBe('none');
  });

  it('a blog "landlord" asking for the deposit as paysafecard codes in a text box, sent by infinitive ("przesłać mi"), warns', () => {
    const html = page('pl', 'Mieszkanie do wynajęcia – Mokotów', `
      <h1>2 pokoje do wynajęcia, bez prowizji</h1><p>Pracuję za granicą, więc klucze wysyłam kurierem.</p>
      <p>Rezerwacja następuje po wpłacie kaucji 1 200 zł. Najprościej jest kupić karty paysafecard w kiosku i przesłać mi 16-cyfrowe kody.</p>
      <div class="form"><label>Imię i nazwisko</label><input><label>Kody paysafecard (kaucja 1 200 zł)</label><textarea rows="3"></textarea><button>Zarezerwuj</button></div>`);
    expect(level(html, 'https://mieszkanie-mokotow-wynajem.blogspot.com/2024/09/2-pokoje.html')).not.toBe('none');
  });

  it('a store\'s balance page saying "contact us with your order number" and "purchase receipt" is no demand', () => {
    const html = page('en', 'Check your gift card balance | Fern & Lantern', `
      <h1>Check your gift card balance</h1><form><label for="n">Card number</label><input id="n" name="card" maxlength="16">
      <label for="p">PIN</label><input id="p" name="pin" maxlength="4"><button>Check balance</button></form>
      <p>Online you can apply up to five gift cards at checkout and pay any remaining amount by card or PayPal.</p>
      <p>E-gift cards usually arrive within 15 minutes. If you cannot find yours, contact us with your order number and we will resend it.</p>
      <p>If you still have the purchase receipt, we can move the remaining balance to a new card.</p>
      <footer>© Fern & Lantern Ltd</footer>`);
    expect(level(html, 'https://www.fernandlantern.co.uk/gift-cards/balance')).toBe('none');
  });
});
