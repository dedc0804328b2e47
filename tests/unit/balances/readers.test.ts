// Details of the balance readers that the fixture table does not pin down on its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { findDates, readAccountName } from '../../../src/sites/amazon/balance-pages';
import { readBalances } from '../../../src/sites/amazon/balances';
import { recognizePage } from '../../../src/sites/amazon/pages';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/balances', name), 'utf8');

function read(html: string, url: string) {
  const doc = parseHtml(html, url);
  return readBalances(doc, recognizePage(doc, url));
}

describe('account name from the nav', () => {
  it.each([
    ['us-balance.html', 'https://www.amazon.com/gc/balance', 'en', 'Sam'],
    ['de-balance.html', 'https://www.amazon.de/gc/balance', 'de', 'Jana'],
    ['fr-balance.html', 'https://www.amazon.fr/gc/balance', 'fr', 'Camille'],
    ['jp-balance.html', 'https://www.amazon.co.jp/gc/balance', 'ja', '山田'],
  ] as const)('%s → %s', (file, url, lang, name) => {
    expect(readAccountName(parseHtml(fixture(file), url), lang)).toBe(name);
  });

  it('is null when nobody is signed in', () => {
    const html = fixture('us-balance.html').replace('>Hello, Sam<', '>Hello, sign in<');
    expect(readAccountName(parseHtml(html, 'https://www.amazon.com/'), 'en')).toBeNull();
  });
});

describe('dates', () => {
  it('reads the formats Amazon prints', () => {
    expect(findDates('$1.50 expires in 6 days on December 1, 2026')).toEqual(['2026-12-01']);
    expect(findDates('expires on 3 Jan 2027')).toEqual(['2027-01-03']);
    expect(findDates('有効期限：2034/03/31 と 2036年5月14日')).toEqual(['2034-03-31', '2036-05-14']);
    expect(findDates('February 30, 2027')).toEqual([]);
  });

  it.each([
    ['gültig bis 31. Januar 2027', '2027-01-31'],
    ['Expire le 28 février 2027', '2027-02-28'],
    ['scade il 1 marzo 2027', '2027-03-01'],
    ['caduca el 3 de abril de 2027', '2027-04-03'],
    ['expira em 5 de maio de 2027', '2027-05-05'],
    ['verloopt op 6 juni 2027', '2027-06-06'],
    ['upphör 7 juli 2027', '2027-07-07'],
    ['wygasa 8 sierpnia 2027', '2027-08-08'],
    ['Son kullanma tarihi: 9 Eylül 2027', '2027-09-09'],
    ['تنتهي في ١٠ أكتوبر ٢٠٢٧', '2027-10-10'],
    ['expires on January 31st, 2027', '2027-01-31'],
    ['valid until 30-11-2027', '2027-11-30'],
  ])('in every language: "%s"', (text, iso) => {
    expect(findDates(text)).toEqual([iso]);
  });

  it('a numeric date is month first only in the US', () => {
    expect(findDates('01/02/2027', true)).toEqual(['2027-01-02']);
    expect(findDates('01/02/2027')).toEqual(['2027-02-01']);
  });
});

describe('readers stay silent on markup they do not know', () => {
  it('a balance value that is not money gives nothing', () => {
    const html = fixture('us-balance.html').replace('>$42.17<', '>Loading…<');
    expect(read(html, 'https://www.amazon.com/gc/balance')).toEqual([]);
  });

  it('a balance in another currency than the market gives nothing', () => {
    const html = fixture('uk-balance.html').replace('>£127.33<', '>$127.33<');
    expect(read(html, 'https://www.amazon.co.uk/gc/balance')).toEqual([]);
  });

  it('keeps the credit names from the rewards page', () => {
    const labels = read(fixture('us-rewards.html'), 'https://www.amazon.com/norushcredits').map((r) => r.label);
    expect(labels).toEqual(['No-Rush Shipping Reward', 'Amazon Day Reward', 'Digital Credit']);
  });

  it('a JP balance without expiry lines has no expiry', () => {
    const html = fixture('jp-balance.html').replace(/<div class="a-row a-spacing-top-small gc-ui-balance-expiry">[\s\S]*?<\/ul>/, '<div><ul></ul>');
    expect(read(html, 'https://www.amazon.co.jp/gc/balance')).toEqual([
      { kind: 'gift-card', minor: 12345, currency: 'JPY', expires: null },
    ]);
  });
});

describe('checkout pages: the "Your available balance" amount is a reading too', () => {
  const checkout = (name: string) => readFileSync(join(__dirname, '../../fixtures/checkout', name), 'utf8');
  it.each([
    ['us-pay-unticked.html', 'https://www.amazon.com/checkout/p/p-106-0106056-8054602/pay?pipelineType=Chewbacca&referrer=pay', 2500, 'USD'],
    ['de-pay-unticked.html', 'https://www.amazon.de/checkout/p/p-302-1111111-2222222/pay?pipelineType=Chewbacca', 2500, 'EUR'],
    ['jp-pay-ticked.html', 'https://www.amazon.co.jp/checkout/p/p-503-1111111-2222222/pay?pipelineType=Chewbacca', 3000, 'JPY'],
  ] as const)('%s', (file, url, minor, currency) => {
    expect(read(checkout(file), url)).toEqual([{ kind: 'gift-card', minor, currency, expires: null }]);
  });

  it('reads the balance a page shows even when its state cannot be read', () => {
    expect(read(checkout('us-pay-unknown-markup.html'), 'https://www.amazon.com/checkout/p/p-106-0000000-0000000/pay')).toEqual([
      { kind: 'gift-card', minor: 2500, currency: 'USD', expires: null },
    ]);
  });

  it('gives nothing when the checkout page shows no balance', () => {
    expect(read(checkout('us-spc-card-only.html'), 'https://www.amazon.com/checkout/p/p-106-0716602-1613867/spc')).toEqual([]);
  });
});

describe('balance pages in more layouts', () => {
  const page = (body: string) => `<!doctype html><html><body>${body}</body></html>`;
  const money = (r: ReturnType<typeof read>) => r.map((b) => [b.kind, b.minor, b.expires]);

  it('a promotional sub-balance beside the gift-card balance keeps its own expiry', () => {
    const r = read(
      page(
        '<div><div>Saldo de tarjeta de regalo</div><div id="gc-ui-balance-gc-balance-value">$1,250.00</div>' +
          '<div><span>Saldo promocional:</span> <span>$150.00</span><span> · vence el 15 de enero de 2027</span></div></div>',
      ),
      'https://www.amazon.com.mx/gc/balance',
    );
    expect(money(r)).toEqual([['gift-card', 125000, null], ['promotional', 15000, '2027-01-15']]);
  });

  it('a promotional credit in a table row: its label in one cell, amount and expiry in the next', () => {
    const r = read(
      page(
        '<table><tr><td>Saldo cadeaubon:</td><td class="gcBalance"><span>€ 86,40</span></td></tr>' +
          '<tr><td><span>Promotietegoed:</span></td><td><span>€ 5,00</span> <span>verloopt op 12 maart 2027</span></td></tr></table>',
      ),
      'https://www.amazon.nl/gc/balance',
    );
    expect(money(r)).toEqual([['gift-card', 8640, null], ['promotional', 500, '2027-03-12']]);
  });

  it('"Valid till" beside the balance is its expiry', () => {
    const r = read(page('<div><div><span id="gc-ui-balance-gc-balance-value">₹10,250.75</span></div><div>Valid till 02 Nov 2027</div></div>'), 'https://www.amazon.in/gc/balance');
    expect(money(r)).toEqual([['gift-card', 1025075, '2027-11-02']]);
  });

  it('the promotional tab lists the credits and the gift-card balance in its header', () => {
    const r = read(
      page(
        '<a role="tab"><span>Saldo buono regalo</span><span id="gc-ui-balance-gc-balance-value">15,00 €</span></a>' +
          '<div class="a-row"><h6>Credito Prime Video</h6><h3>5,00 €</h3><span>Il credito scade il 3 febbraio 2027</span></div>',
      ),
      'https://www.amazon.it/gc/balance/promotional',
    );
    expect(money(r)).toEqual([['promotional', 500, '2027-02-03'], ['gift-card', 1500, null]]);
  });

  it('a credit line takes its promotional wording from its section heading', () => {
    const r = read(
      page(
        '<div><span id="gc-ui-balance-gc-balance-value">$64.20</span></div>' +
          '<div><div>Promotional balance</div><span>$5.00</span><div>$5.00 expires on December 31, 2024</div></div>',
      ),
      'https://www.amazon.ca/gc/balance',
    );
    expect(money(r)).toEqual([['gift-card', 6420, null], ['promotional', 500, '2024-12-31']]);
  });

  it('leaves out credits marked expired or used, by their own words or their section heading', () => {
    const r = read(
      page(
        '<h2>Aktiva</h2><div class="c"><b>Kredit A</b><span>100,00 kr</span><span>Gäller till 31 mars 2026</span></div>' +
          '<h2>Utgångna och använda</h2><div class="c"><b>Kredit B</b><span>50,00 kr</span><span>Gäller till 1 december 2025</span></div>' +
          '<div class="c"><b>Kredit C</b><span>20,00 kr</span><span>Utgick 1 december 2025</span></div>',
      ),
      'https://www.amazon.se/gc/promotional-credits',
    );
    expect(money(r)).toEqual([['promotional', 10000, '2026-03-31']]);
  });

  it('leaves out used-up credits and reload offers', () => {
    const r = read(
      page(
        '<table><tr><td>Crédito Kindle</td><td>6,00 €</td><td>Úsalo antes del 28 de febrero de 2026</td></tr>' +
          '<tr><td>Crédito Vine</td><td>0,00 € (3,00 € usados)</td><td>Válido hasta el 31/12/2025</td><td>Agotado</td></tr></table>' +
          '<div><p>Recarga 50 € o más y obtén 5 € de saldo promocional. Válido hasta el 31 de diciembre de 2025.</p></div>',
      ),
      'https://www.amazon.es/gc/promotional-credits',
    );
    expect(money(r)).toEqual([['promotional', 600, '2026-02-28']]);
  });

  it('a condition of use is not the credit\'s amount', () => {
    const r = read(
      page('<div class="card"><h6>Välkomstkredit</h6><h3>75,50 kr</h3><span>Gäller t.o.m. 30 april 2027 · minsta köp 300 kr</span></div>'),
      'https://www.amazon.se/gc/promotional-credits',
    );
    expect(money(r)).toEqual([['promotional', 7550, '2027-04-30']]);
  });

  it('a redeem page without the balance id shows the balance by its label; a hidden success template is not read', () => {
    const r = read(
      page(
        '<form id="gc-redemption-form"><input id="gc-redemption-input" name="claimCode"></form>' +
          '<div id="alertRedemptionSuccess" class="aok-hidden">Your new balance is $99.00.</div>' +
          '<div class="box"><p>Your Gift Card balance</p><p><b>$42.10</b></p><a href="/gc/balance">History</a></div>',
      ),
      'https://www.amazon.com/gc/redeem',
    );
    expect(money(r)).toEqual([['gift-card', 4210, null]]);
  });

  it('a notice about a credit the page also lists is not a second credit; a notice alone still counts', () => {
    const notice = '<div class="a-alert-info" role="alert">Heads up: a promotional credit of $3.00 expires soon (on April 2, 2027).</div>';
    const listed = '<table><tr><th>Credit</th><th>Amount</th><th>Expires</th></tr><tr><td>Kindle credit</td><td>$3.00</td><td>Expires April 2, 2027</td></tr></table>';
    const url = 'https://www.amazon.com/gc/promotional-credits';
    expect(money(read(page(notice + listed), url))).toEqual([['promotional', 300, '2027-04-02']]);
    expect(money(read(page(notice), url))).toEqual([['promotional', 300, '2027-04-02']]);
  });

  it('a condition of use in an earlier cell leaves the credit\'s own amount in a later cell', () => {
    const r = read(
      page(
        '<table><tr><th>Crédito</th><th>Validade</th><th>Saldo</th></tr>' +
          '<tr><td>Crédito de frete<br><span>compra mínima de R$ 50,00</span></td><td>Expira em 2 de abril de 2027</td><td>R$ 7,00</td></tr>' +
          '<tr><td>Crédito Kindle</td><td>Expira em 9 de maio de 2027</td><td>R$ 4,00</td></tr></table>',
      ),
      'https://www.amazon.com.br/gc/promotional-credits',
    );
    expect(money(r)).toEqual([['promotional', 700, '2027-04-02'], ['promotional', 400, '2027-05-09']]);
  });

  it('the balance label over its amount, in a box whose other lines are long', () => {
    const r = read(
      page(
        '<div class="a-box"><div class="a-box-inner"><div>Verfügbares Guthaben</div><div><b>12,80 €</b></div>' +
          '<p>Ihr Guthaben wird bei Ihrer nächsten Bestellung automatisch verwendet, es sei denn, Sie wählen es an der Kasse ab. Mehr dazu in der Hilfe.</p>' +
          '<span class="a-button">Guthaben aufladen</span></div></div>',
      ),
      'https://www.amazon.de/gc/balance',
    );
    expect(money(r)).toEqual([['gift-card', 1280, null]]);
  });

  it('the gift-card balance in a tab link beside the credits; a link without an amount says nothing', () => {
    const r = read(
      page(
        '<nav><a href="/gc/balance">Saldo del buono regalo: <b>7,25 €</b></a> <a href="/gc/promotional-credits">Crediti promozionali</a></nav>' +
          '<div class="a-row"><h6>Credito Kindle</h6><h3>2,00 €</h3><span>Scade il 4 marzo 2027</span></div>' +
          '<p><a href="/gc/balance">Vedi il saldo del buono regalo</a> 9,99 €</p>',
      ),
      'https://www.amazon.it/gc/promotional-credits',
    );
    expect(money(r)).toEqual([['promotional', 200, '2027-03-04'], ['gift-card', 725, null]]);
  });

  it('a JP balance found by its label keeps the expiry shown beside it', () => {
    const r = read(
      page(
        '<div class="box"><div>ギフトカード残高</div><div>￥1,200</div><div>有効期限：2035年4月1日</div></div>' +
          '<div class="box"><div>Amazonポイント</div><div>300 pt</div></div>',
      ),
      'https://www.amazon.co.jp/gc/balance',
    );
    expect(money(r)).toEqual([['gift-card', 1200, '2035-04-01']]);
  });

  it('a history line with the balance after it is not a credit', () => {
    const r = read(
      page(
        '<div class="line"><span>Kampanjkredit tillagd, gäller till 12 mars 2027</span><span>+150,00 kr</span><span>Saldo efter: 1 312,00 kr</span></div>',
      ),
      'https://www.amazon.se/gc/promotional-credits',
    );
    expect(money(r)).toEqual([]);
  });
});

// A gap a fresh train author (q) showed: a credits table with the date granted before the expiry.
describe('promotional credits in a table with a granted-on column', () => {
  it('takes the date under the expiry column, not the first date of the row', () => {
    const html = `<!doctype html><html lang="nl"><body><h1>Promotietegoed</h1><table>
      <thead><tr><th>Omschrijving</th><th>Toegekend op</th><th>Geldig tot</th><th>Resterend tegoed</th></tr></thead>
      <tbody><tr><td>Tegoed voor bezorging zonder haast</td><td>15-11-2025</td><td>15-02-2026</td><td>€ 7,50</td></tr>
      <tr><td>Welkomstkorting Prime – € 5 tegoed</td><td>03-11-2025</td><td>31-12-2025</td><td>€ 5,00</td></tr></tbody></table></body></html>`;
    const got = read(html, 'https://www.amazon.nl/gp/gc/promotional-balance');
    expect(got.filter((b) => b.kind === 'promotional').map((b) => [b.minor, b.expires]).sort()).toEqual([[500, '2025-12-31'], [750, '2026-02-15']]);
  });
});

// A gap a fresh train author (p) showed: a credits table with the amount granted and the amount left.
describe('promotional credits in a table with granted and available columns', () => {
  it('takes the amount under the available column', () => {
    const html = `<!doctype html><html lang="de"><body><h1>Ihr Aktionsguthaben</h1><table>
      <thead><tr><th>Aktion</th><th>Ursprünglicher Betrag</th><th>Verfügbar</th><th>Gültig bis</th></tr></thead>
      <tbody><tr><td>Gutschrift für verzögerte Lieferung</td><td>8,00 €</td><td>2,50 €</td><td>30.11.2026</td></tr>
      <tr><td>Prime Day – Aktionsguthaben</td><td>5,00 €</td><td>5,00 €</td><td>31.03.2027</td></tr></tbody></table></body></html>`;
    const got = read(html, 'https://www.amazon.de/gp/css/gc/promotional-balance');
    expect(got.filter((b) => b.kind === 'promotional').map((b) => [b.minor, b.expires]).sort()).toEqual([[250, '2026-11-30'], [500, '2027-03-31']]);
  });
});
