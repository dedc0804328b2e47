// The popup's Backup section as a shopper uses it: export saves a file; import shows what the
// file holds and changes nothing until "Replace my data"; a bad file gets one message.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BackupPanel } from '../../../src/ui/popup/Backup';
import { balancesItem, settingsItem, trustedSitesItem, type BalanceStore } from '../../../src/storage/items';
import { stubI18n } from './i18n-stub';

const NOW = new Date('2026-11-28T12:00:00Z').getTime();
const STORE: BalanceStore = {
  'amazon.co.uk|Oliver': {
    domain: 'amazon.co.uk',
    account: 'Oliver',
    giftCard: { minor: 12733, currency: 'GBP', seenAt: NOW, source: 'redeem' },
    promotional: [],
    history: [{ t: NOW, minor: 12733 }],
  },
};
let root: HTMLElement;
let saved: Array<{ name: string; text: string }>;

async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 5));
    });
  }
}

function mount(pickerClosesPopup = false) {
  const openInTab = vi.fn();
  act(() => {
    render(
      <BackupPanel locale="en-US" now={() => NOW} pickerClosesPopup={pickerClosesPopup} actions={{ save: (name, text) => saved.push({ name, text }), openInTab }} />,
      root,
    );
  });
  return { openInTab };
}

const button = (text: string) => Array.from(root.querySelectorAll('button')).find((b) => b.textContent === text) ?? null;
const alertText = () => root.querySelector('[role="alert"]')?.textContent ?? '';
const statusText = () => root.querySelector('[role="status"]')?.textContent ?? '';

async function choose(text: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'backup.json', { type: 'application/json' })] });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush();
}

async function snapshot() {
  return JSON.stringify([await balancesItem.getValue(), await settingsItem.getValue(), await trustedSitesItem.getValue()]);
}

beforeEach(async () => {
  fakeBrowser.reset();
  stubI18n();
  saved = [];
  root = document.createElement('div');
  document.body.append(root);
  await balancesItem.setValue(STORE);
  await settingsItem.setValue({ features: { checkout: true, balances: true, redeem: true, scam: true }, reserves: { 'amazon.co.uk': 2000 } });
  await trustedSitesItem.setValue(['shop.example']);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('backup in the popup', () => {
  it('exports a dated JSON file and says so', async () => {
    mount();
    await act(() => button('Export a backup')!.click());
    await flush();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toBe('gift-card-guard-backup-2026-11-28.json');
    expect(JSON.parse(saved[0]!.text).balances).toEqual(STORE);
    expect(statusText()).toBe('Backup saved as gift-card-guard-backup-2026-11-28.json.');
  });

  it('imports only after the shopper confirms what the file holds', async () => {
    mount();
    await act(() => button('Export a backup')!.click());
    await flush();
    const file = saved[0]!.text;
    await balancesItem.setValue({});
    await settingsItem.setValue({ features: { checkout: false, balances: true, redeem: true, scam: true }, reserves: {} });
    const before = await snapshot();

    await choose(file);
    expect(root.textContent).toContain('1 marketplace(s) with balances, 1 reserve(s), 1 trusted site(s)');
    expect(await snapshot()).toBe(before);

    await act(() => button('Replace my data')!.click());
    await flush();
    expect(await balancesItem.getValue()).toEqual(STORE);
    expect((await settingsItem.getValue()).reserves).toEqual({ 'amazon.co.uk': 2000 });
    expect(statusText()).toBe('Backup imported.');
    expect(button('Replace my data')).toBeNull();
  });

  it('changes nothing when the shopper cancels', async () => {
    mount();
    await act(() => button('Export a backup')!.click());
    await flush();
    await balancesItem.setValue({});
    const before = await snapshot();
    await choose(saved[0]!.text);
    await act(() => button('Cancel')!.click());
    await flush();
    expect(await snapshot()).toBe(before);
    expect(statusText()).toBe('Import cancelled. Nothing was changed.');
  });

  it.each([
    ['a damaged file', '{"format":"gift-card-guard-backup","version":1,'],
    ['a foreign file', '{"theme":"dark","bookmarks":[]}'],
  ])('gives %s one clear message and changes nothing', async (_name, text) => {
    mount();
    const before = await snapshot();
    await choose(text);
    expect(alertText()).toBe('This file is not a Gift Card Guard backup, or it is damaged. Nothing was changed.');
    expect(Array.from(root.querySelectorAll('[role="alert"], [role="status"]')).filter((el) => el.textContent).length).toBe(1);
    expect(button('Replace my data')).toBeNull();
    expect(await snapshot()).toBe(before);
  });

  it("in Firefox's toolbar pop-up, opens a tab for the file picker instead", async () => {
    const { openInTab } = mount(true);
    expect(root.querySelector('input[type="file"]')).toBeNull();
    await act(() => button('Import a backup')!.click());
    expect(openInTab).toHaveBeenCalledOnce();
    expect(root.textContent).toContain('Opens in a tab');
  });
});
