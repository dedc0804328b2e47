// The warnings the page cannot remove, restyle or press.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWarning, type Mounted } from '../../../src/scam/warning-ui';

const EN: Record<string, string> = {
  scam_title_high: 'Stop: this page may steal your gift card',
  scam_title_warn: 'Careful: this page shows signs of a gift card scam',
  scam_body: 'You are on $1, which is not Amazon.',
  scam_leave: 'Leave this page',
  scam_continue: 'I understand the risk, continue',
  scam_dismiss: 'Dismiss',
  scam_trust_site: 'Trust this site',
  scam_reason_code_field: 'It asks you to enter a gift card code.',
};
const t = (k: string, sub?: string) => (EN[k] ?? '').replace('$1', sub ?? '');
const flush = () => new Promise((r) => setTimeout(r, 0));

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.remove();
  mounted = null;
});

function mount(level: 'warn' | 'high') {
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  const handlers = { onLeave: vi.fn(), onContinue: vi.fn(), onTrust: vi.fn() };
  mounted = mountWarning({ level, reasons: ['scam_reason_code_field'], host: 'amaz0n-giftcards.com', t, ...handlers });
  const root = attach.mock.results[0]!.value as ShadowRoot;
  const host = document.querySelector('gift-card-guard-warning') as HTMLElement;
  return { root, host, ...handlers };
}

describe('scam warning UI', () => {
  it('high: an alertdialog in a closed shadow root naming the real site, with the three choices', () => {
    const { root, host } = mount('high');
    expect(host.shadowRoot).toBeNull();
    const dialog = root.querySelector('[role="alertdialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain('Stop: this page may steal your gift card');
    expect(dialog.textContent).toContain('amaz0n-giftcards.com');
    expect(dialog.textContent).toContain('It asks you to enter a gift card code.');
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Leave this page',
      'I understand the risk, continue',
      'Trust this site',
    ]);
  });

  it('warn: a banner with role alert and no trust button', () => {
    const { root } = mount('warn');
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Careful');
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Leave this page', 'Dismiss']);
  });

  it('comes back when the page removes it, and keeps its style', async () => {
    const { host } = mount('high');
    const style = host.getAttribute('style');
    host.remove();
    await flush();
    expect(document.documentElement.contains(host)).toBe(true);
    host.setAttribute('style', 'display:none');
    host.setAttribute('hidden', '');
    await flush();
    expect(host.getAttribute('style')).toBe(style);
    expect(host.hasAttribute('hidden')).toBe(false);
  });

  it('ignores clicks the page makes up', () => {
    const { root, onLeave, onContinue, onTrust } = mount('high');
    for (const b of root.querySelectorAll('button')) b.click();
    expect(onLeave).not.toHaveBeenCalled();
    expect(onContinue).not.toHaveBeenCalled();
    expect(onTrust).not.toHaveBeenCalled();
  });

  it('once removed by us it stays gone', async () => {
    const { host } = mount('warn');
    mounted!.remove();
    mounted = null;
    await flush();
    expect(document.documentElement.contains(host)).toBe(false);
  });
});
