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
  scam_given_title: 'Already gave a code?',
  scam_given_amazon: 'Contact Amazon customer service at once.',
  scam_given_report: 'Then report the scam to $1.',
  scam_given_report_generic: 'Then report the scam to the police.',
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

  it('high: says what to do if a code was already given, naming the national service', () => {
    const attach = vi.spyOn(Element.prototype, 'attachShadow');
    mounted = mountWarning({ level: 'high', reasons: [], host: 'x.com', t, report: 'Action Fraud', onLeave() {}, onContinue() {} });
    const text = (attach.mock.results[0]!.value as ShadowRoot).textContent ?? '';
    expect(text).toContain('Already gave a code?');
    expect(text).toContain('Contact Amazon customer service at once.');
    expect(text).toContain('Then report the scam to Action Fraud.');
  });

  it('gives focus back to the field the shopper was in when it goes away', () => {
    const field = document.createElement('input');
    document.body.appendChild(field);
    field.focus();
    mount('high');
    expect(document.activeElement).not.toBe(field);
    mounted!.remove();
    mounted = null;
    expect(document.activeElement).toBe(field);
    field.remove();
  });

  it('warn: a banner with role alert (no aria-modal) and no trust button', () => {
    const { root } = mount('warn');
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Careful');
    expect(root.querySelector('[role="alert"]')?.hasAttribute('aria-modal')).toBe(false);
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

  it('a machine that stalls during repairs still gets the warning back at once, each time', async () => {
    const { host } = mount('high');
    // Every clock reading jumps 40 ms, as if each repair were descheduled for that long (a busy
    // machine, a garbage collection). The stall is not the repair's own cost: it must not use up
    // the repair budget and leave the page without the warning.
    const real = performance.now.bind(performance);
    let skew = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => real() + (skew += 40));
    try {
      for (let i = 0; i < 6; i++) {
        host.remove();
        await new Promise((r) => setTimeout(r, 30));
        expect(document.documentElement.contains(host), `removal ${i + 1}`).toBe(true);
      }
    } finally {
      clock.mockRestore();
    }
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
