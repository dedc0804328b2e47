// The redeem panel and the reserve alert as a shopper sees them (rendered under happy-dom).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseHtml } from '../../../src/cli/parse-html';
import { pickRecord } from '../../../src/features/amazon/balances';
import { readDigitalOneClick } from '../../../src/sites/amazon/balances';
import { recognizePage } from '../../../src/sites/amazon/pages';
import type { BalanceStore } from '../../../src/storage/items';
import { amazonErrorShown } from '../../../src/ui/redeem/mount';
import { RedeemPanel } from '../../../src/ui/redeem/RedeemPanel';
import { reserveAlertElement } from '../../../src/ui/reserve/ReserveAlert';
import { stubI18n } from '../popup/i18n-stub';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/balances', name), 'utf8');

beforeEach(() => {
  fakeBrowser.reset();
  stubI18n();
});

function panel(value: string, amazonError = false, account: string | null = 'Oliver') {
  const input = document.createElement('input');
  input.value = value;
  const root = document.createElement('div');
  act(() => render(<RedeemPanel marketName="Amazon.co.uk" account={account} input={input} amazonError={amazonError} />, root));
  return root;
}

describe('redeem panel', () => {
  it('names the account and marketplace and says redemption is final', () => {
    const root = panel('');
    expect(root.textContent).toContain('This code will go into the balance of Oliver on Amazon.co.uk.');
    expect(root.textContent).toContain("Redeeming cannot be undone, and the balance can never be moved to another country's Amazon.");
    expect(panel('', false, null).textContent).toContain('This code will go into the balance on Amazon.co.uk.');
  });

  it('shows a code already in the box cleaned and grouped', () => {
    const root = panel('ab12 cd34ef gh56');
    expect(root.querySelector('output')?.textContent).toBe('AB12-CD34EF-GH56');
    expect(root.textContent).toContain('Looks like a claim code (14 characters)');
  });

  it('warns about the serial number with an alert', () => {
    const alert = panel('2660069114742969').querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('This looks like the serial number.');
  });

  it('explains likely causes only after Amazon shows an error', () => {
    expect(panel('AB12CD34EFGH56').textContent).not.toContain('Amazon did not accept the code');
    const root = panel('AB12CD34EFGH56', true);
    const items = Array.from(root.querySelectorAll('.causes li')).map((li) => li.textContent);
    expect(items).toHaveLength(4);
    expect(items[0]).toContain('not activated at the till. Keep the receipt');
    expect(items[1]).toContain("another country's Amazon");
  });

  it('sees the error on the error fixture but not on the plain redeem page', () => {
    expect(amazonErrorShown(parseHtml(fixture('uk-redeem-error.html'), 'https://www.amazon.co.uk/gc/redeem/result'))).toBe(true);
    expect(amazonErrorShown(parseHtml(fixture('us-redeem.html'), 'https://www.amazon.com/gc/redeem'))).toBe(false);
    expect(amazonErrorShown(parseHtml(fixture('us-redeem-success.html'), 'https://www.amazon.com/gc/redeem/result'))).toBe(false);
  });
});

describe('reserve for digital 1-Click', () => {
  const url = 'https://www.amazon.com/dp/B0DEXAMPLE1';

  it('finds the Kindle 1-Click button and its price', () => {
    const doc = parseHtml(fixture('us-kindle-product.html'), url);
    const found = readDigitalOneClick(doc, recognizePage(doc, url));
    expect(found?.price).toEqual({ minor: 999, currency: 'USD' });
    expect(found?.button.id).toBe('one-click-button');
  });

  it('finds nothing on a page without a digital buy box', () => {
    const doc = parseHtml(fixture('us-balance.html'), url);
    expect(readDigitalOneClick(doc, recognizePage(doc, url))).toBeNull();
  });

  it("uses the signed-in account's balance, else the latest one for the market", () => {
    const rec = (account: string, minor: number, seenAt: number) => ({
      domain: 'amazon.com',
      account,
      giftCard: { minor, currency: 'USD', seenAt, source: 'gift-card-balance' as const },
      promotional: [],
      history: [],
    });
    const store: BalanceStore = { 'amazon.com|Sam': rec('Sam', 4217, 1), 'amazon.com|Priya': rec('Priya', 100, 2) };
    expect(pickRecord(store, 'amazon.com', 'Sam')?.giftCard?.minor).toBe(4217);
    expect(pickRecord(store, 'amazon.com', 'Someone')?.giftCard?.minor).toBe(100);
    expect(pickRecord(store, 'amazon.de', 'Sam')).toBeNull();
  });

  it('the alert quotes the price, the balance, what is left and the reserve', () => {
    const alert = reserveAlertElement(document, { price: '$9.99', balance: '$42.17', after: '$32.18', reserve: '$40.00' });
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('This purchase would dip into your reserve');
    expect(alert?.textContent).toContain('$42.17 would drop to $32.18, below the $40.00 you set aside');
  });
});
