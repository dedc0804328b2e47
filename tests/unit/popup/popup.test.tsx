import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../../src/ui/popup/Popup';
import {
  balancesItem,
  settingsItem,
  tabStatusItem,
  trustedSitesItem,
  warningLogItem,
  type BalanceStore,
  type MarketRecord,
} from '../../../src/storage/items';
import { stubI18n } from './i18n-stub';

const NOW = new Date('2026-11-28T12:00:00').getTime();
const DAY = 86_400_000;
let root: HTMLElement;

function record(domain: string, account: string | null, minor: number, currency: string, extra: Partial<MarketRecord> = {}): MarketRecord {
  return {
    domain,
    account,
    giftCard: { minor, currency, seenAt: NOW - 3 * DAY, source: 'gift-card-balance' },
    promotional: [],
    history: [
      { t: NOW - 10 * DAY, minor: minor + 500 },
      { t: NOW - 3 * DAY, minor },
    ],
    ...extra,
  };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await act(async () => {
      await new Promise((r) => setTimeout(r, 5));
    });
  }
  throw new Error(`not reached; page says: ${root.textContent}`);
}

async function show(store: BalanceStore = {}): Promise<void> {
  await balancesItem.setValue(store);
  await act(() => {
    render(<Popup now={() => NOW} />, root);
  });
  await until(() => !root.querySelector('main[aria-busy]'));
}

/** Intl puts no-break spaces in "1.234,56 €"; compare with plain spaces. */
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

const byText = (sel: string, text: string) =>
  Array.from(root.querySelectorAll<HTMLElement>(sel)).find((el) => el.textContent?.includes(text)) ?? null;

beforeEach(() => {
  fakeBrowser.reset();
  stubI18n();
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 5 } as never]);
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('popup', () => {
  it('tells a new user what to do', async () => {
    await show();
    expect(root.querySelector('h2')?.textContent).toBe('No balances yet');
    expect(root.textContent).toContain('Open your gift card balance page on Amazon');
    expect(root.querySelectorAll('article')).toHaveLength(0);
  });

  it('shows each balance in its own market format with when it was seen', async () => {
    await show({
      'amazon.de|Jana': record('amazon.de', 'Jana', 123456, 'EUR'),
      'amazon.co.jp|山田': record('amazon.co.jp', '山田', 12345, 'JPY'),
      'amazon.in|Arjun': record('amazon.in', 'Arjun', 12345650, 'INR'),
    });
    const amounts = Array.from(root.querySelectorAll('[data-testid="balance"]')).map((e) => plain(e.textContent));
    expect(amounts).toEqual(['￥12,345', '1.234,56 €', '₹1,23,456.50']);
    expect(root.querySelector('article[data-market="amazon.de"]')?.textContent).toContain('Last seen 3 days ago');
    expect(root.querySelector('article[data-market="amazon.de"] h2')?.textContent).toBe('Amazon.de');
    const trend = root.querySelector('article[data-market="amazon.de"] svg[role="img"]');
    expect(plain(trend?.getAttribute('aria-label'))).toBe('Balance history: from 1.239,56 € to 1.234,56 € over 2 readings');
  });

  it('lists promotional credits by expiry, highlights those within 7 days and drops expired ones', async () => {
    const credit = (label: string, minor: number, expires: string | null) => ({ label, minor, currency: 'USD', expires, seenAt: NOW });
    await show({
      'amazon.com|Sam': record('amazon.com', 'Sam', 4217, 'USD', {
        promotional: [
          credit('No-Rush', 500, '2026-12-28'),
          credit('Amazon Day', 150, '2026-12-01'),
          credit('Old', 200, '2026-11-20'),
          credit('Digital', 300, '2027-01-15'),
        ],
      }),
    });
    const items = Array.from(root.querySelectorAll('[data-testid="credit"]'));
    expect(items.map((li) => li.querySelector('.credit-amount')?.textContent)).toEqual(['$1.50', '$5.00', '$3.00']);
    expect(items.map((li) => li.classList.contains('soon'))).toEqual([true, false, false]);
    expect(items[0]?.textContent).toContain('Expires soon');
    expect(root.textContent).toContain('Use these first: they expire within 7 days.');
  });

  it('refreshes a balance and opens quick links in a new tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await show({ 'amazon.co.uk|Oliver': record('amazon.co.uk', 'Oliver', 12733, 'GBP') });
    const refresh = root.querySelector<HTMLAnchorElement>('a[aria-label^="Refresh the balance for Amazon.co.uk"]')!;
    await act(() => refresh.click());
    expect(create).toHaveBeenLastCalledWith({ url: 'https://www.amazon.co.uk/gc/balance' });
    await act(() => byText('a', '1-Click settings')!.click());
    expect(create).toHaveBeenLastCalledWith({ url: 'https://www.amazon.co.uk/cpe/yourpayments/settings/manageoneclick' });
    await act(() => byText('a', 'Reload')!.click());
    expect(create).toHaveBeenLastCalledWith({ url: 'https://www.amazon.co.uk/asv/reload/' });
  });

  it('asks for confirmation, then asks the background to forget a marketplace', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(true);
    await show({ 'amazon.fr|Camille': record('amazon.fr', 'Camille', 8720, 'EUR') });
    await act(() => byText('button', 'Forget Amazon.fr')!.click());
    expect(send).not.toHaveBeenCalled();
    await act(() => byText('button', 'Yes, forget Amazon.fr')!.click());
    expect(send).toHaveBeenCalledWith({ type: 'balances-delete', market: 'amazon.fr' });
  });

  it('shows a checkout verdict and copies the diagnostic report when the page could not be read', async () => {
    await tabStatusItem.setValue({ '5': { kind: 'checkout', giftCard: 'unknown', site: 'amazon.com' } });
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ report: 'REPORT-TEXT' } as never);
    const write = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: write }, configurable: true });
    await show();
    expect(root.textContent).toContain('Gift Card Guard could not read this checkout page.');
    await act(() => byText('button', 'Copy a diagnostic report')!.click());
    await until(() => root.textContent!.includes('Diagnostic report copied'));
    expect(send).toHaveBeenCalledWith(5, { type: 'diagnostic-report' });
    expect(write).toHaveBeenCalledWith('REPORT-TEXT');
  });

  it('says when the balance is not applied, with no diagnostic button', async () => {
    await tabStatusItem.setValue({ '5': { kind: 'checkout', giftCard: 'not-applied', site: 'amazon.com', detail: '$42.17 available' } });
    await show();
    expect(root.textContent).toContain('Your gift card balance is not applied to this checkout.');
    expect(root.textContent).toContain('$42.17 available');
    expect(byText('button', 'Copy a diagnostic report')).toBeNull();
  });

  it('trusts the site recorded in the tab status of a scam warning', async () => {
    await tabStatusItem.setValue({ '5': { kind: 'scam', scam: 'warn', reasons: [], site: 'gift-check.example' } });
    await show();
    expect(root.textContent).toContain('This page may be a gift card scam: gift-check.example');
    await act(() => byText('button', 'Trust this site')!.click());
    await until(() => root.textContent!.includes('gift-check.example is trusted now'));
    expect(await trustedSitesItem.getValue()).toEqual(['gift-check.example']);
  });

  it('turns features off, sets a reserve in minor units and removes a trusted site', async () => {
    await trustedSitesItem.setValue(['shop.example', 'other.example']);
    await show({ 'amazon.de|Jana': record('amazon.de', 'Jana', 123456, 'EUR') });
    const scam = byText('label', 'Warn about gift card scams')!.querySelector('input')!;
    await act(() => scam.click());
    await until(() => true);
    expect((await settingsItem.getValue()).features.scam).toBe(false);

    const input = root.querySelector<HTMLInputElement>('#reserve-amazon-de')!;
    await act(() => {
      input.value = 'lots';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => input.form!.requestSubmit());
    expect(plain(root.textContent)).toContain('Enter an amount such as 50,00 €.');
    expect((await settingsItem.getValue()).reserves).toEqual({});
    await act(() => {
      input.value = '40,00 €';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => input.form!.requestSubmit());
    await until(() => root.textContent!.includes('Saved.'));
    expect((await settingsItem.getValue()).reserves).toEqual({ 'amazon.de': 4000 });

    await act(() => root.querySelector<HTMLButtonElement>('button[aria-label="Remove shop.example"]')!.click());
    await until(() => !root.textContent!.includes('shop.example'));
    expect(await trustedSitesItem.getValue()).toEqual(['other.example']);
  });

  it('lists the local warning log, newest first', async () => {
    await warningLogItem.setValue([
      { t: NOW - 2 * DAY, site: 'first.example', level: 'warn', reasons: [] },
      { t: NOW - DAY, site: 'second.example', level: 'high', reasons: [] },
    ]);
    await show();
    const entries = Array.from(root.querySelectorAll('.log li')).map((li) => li.querySelector('strong')?.textContent);
    expect(entries).toEqual(['second.example', 'first.example']);
    expect(root.textContent).toContain('Recent warnings (2)');
  });
});
