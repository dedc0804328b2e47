// The diagnostic report keeps structure and amounts but never a name, an address or card digits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { buildDiagnosticReport, maskText } from '../../../src/sites/amazon/diagnostics';
import { recognizePage } from '../../../src/sites/amazon/pages';
import { readPaymentState } from '../../../src/sites/amazon/payment';

const dir = join(__dirname, '../../fixtures/checkout');

function reportFor(file: string, url: string, typedCode?: string): string {
  const doc = parseHtml(readFileSync(join(dir, file), 'utf8'), url);
  if (typedCode) {
    const box = doc.querySelector<HTMLInputElement>('input[name="pw3-code"], input[name="ppw-claimCode"]');
    if (!box) throw new Error('no code box in fixture');
    box.value = typedCode;
    box.setAttribute('value', typedCode);
  }
  const info = recognizePage(doc, url);
  return buildDiagnosticReport(doc, url, info, readPaymentState(doc, info, null));
}

describe('diagnostic report', () => {
  const url = 'https://www.amazon.com/checkout/p/p-106-5550123-0000001/pay?pipelineType=Chewbacca&referrer=pay';
  const report = reportFor('us-pay-unknown-markup.html', url, 'AQ12-34R567-890V');

  it('keeps the structure, classes, roles and amounts of the unknown widget', () => {
    expect(report).toContain('verdict: unknown');
    expect(report).toMatch(/section\.pw3-root/);
    expect(report).toMatch(/div\.pw3-toggle\.pw3-toggle--off/);
    expect(report).toContain('$25.00');
    expect(report).toContain('Gift card balance · $25.00');
  });

  it('masks the shopper name, street address, postcode and card digits', () => {
    for (const secret of ['Sam', 'Carter', '1428', 'Elm Street', 'Springfield', '62704', '4417', '08/29', '106-5550123']) {
      expect(report).not.toContain(secret);
    }
    expect(report).toContain('Visa ···· ####');
  });

  it('never includes what the shopper typed into the code box', () => {
    expect(report).not.toMatch(/AQ12|34R567|890V/);
  });

  it('masks German and Japanese names and addresses too', () => {
    const de = reportFor('de-pay-unticked.html', 'https://www.amazon.de/checkout/p/p-302-5518842-0093311/pay');
    for (const secret of ['Lena', 'Schmidt', 'Hauptstraße', '10115', 'Berlin', '4417', '0932']) expect(de).not.toContain(secret);
    expect(de).toContain('25,00 €');
    expect(de).toContain('Geschenkgutschein');
    const ja = reportFor('jp-pay-ticked.html', 'https://www.amazon.co.jp/checkout/p/p-249-1187734-8830146/pay');
    for (const secret of ['佐藤', '花子', '東京', '渋谷', 'HANAKO', 'SATO', '4417']) expect(ja).not.toContain(secret);
    expect(ja).toContain('Amazonギフトカード残高 ￥3,000');
    expect(ja).toContain('￥3,000');
  });

  it('maskText keeps amounts and masks everything that could identify someone', () => {
    expect(maskText('Use your $25.00 gift card balance')).toBe('Use your $25.00 gift card balance');
    expect(maskText('Visa ending in 4417, Sam Carter, expires 08/2029')).toBe('Visa ending in ####, Xxx Xxxxxx, expires ##/####');
    expect(maskText('sam.carter@example.com')).toBe('[email]');
    expect(maskText('12 rue des Lilas, 69003 Lyon', { currency: 'EUR', decimal: ',' })).toBe('## rue des Xxxxx, ##### Xxxx');
  });
});
