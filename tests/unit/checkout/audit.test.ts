// The in-page audit on real fixture pages: what the shopper sees, when, and where.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from '../../../src/platform/browser';
import { createPageContext, type PageContext } from '../../../src/platform/context';
import { checkoutFeatures, DEBOUNCE_MS, diagnosticFor, startAudit, type AuditHandle } from '../../../src/features/amazon/checkout';
import { recognizePage } from '../../../src/sites/amazon/pages';
import type { Money } from '../../../src/core/money';
import { DEFAULT_SETTINGS } from '../../../src/storage/items';
import { stubI18n } from './i18n-stub';

const dir = join(__dirname, '../../fixtures/checkout');
const US_PAY = 'https://www.amazon.com/checkout/p/p-106-0106056-8054602/pay?pipelineType=Chewbacca&referrer=pay';
const usd = (minor: number): Money => ({ minor, currency: 'USD' });

function load(file: string): void {
  const html = readFileSync(join(dir, file), 'utf8');
  // No stylesheet fetches under happy-dom: drop the <link>s.
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '').replace(/<link [^>]*>/g, '');
}

let ctx: PageContext;
let handle: AuditHandle | null = null;
let sent: unknown[];
let dismissed: Array<string | null>;

function start(file: string, url: string, known: Money | null = null, isDismissed = false): AuditHandle {
  load(file);
  handle = startAudit(ctx, document, recognizePage(document, url), {
    known,
    dismissed: isDismissed,
    dismiss: (id) => dismissed.push(id),
  });
  return handle;
}

const role = (h: AuditHandle, r: string) => h.host()?.root.querySelector(`[role="${r}"]`) ?? null;
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function settle(): Promise<void> {
  await Promise.resolve(); // MutationObserver callbacks
  vi.advanceTimersByTime(DEBOUNCE_MS);
}

beforeEach(() => {
  fakeBrowser.reset();
  stubI18n();
  sent = [];
  dismissed = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (m: unknown) => {
    sent.push(m);
  }) as never);
  ctx = createPageContext();
  vi.useFakeTimers();
});

afterEach(() => {
  handle?.stop();
  ctx.invalidate();
  handle = null;
  vi.useRealTimers();
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('checkout audit in the page', () => {
  it('warns beside the balance section when the box is unticked, with both amounts', () => {
    const h = start('us-pay-unticked.html', US_PAY);
    const alert = role(h, 'alert');
    expect(text(alert)).toContain('Your gift card balance is not applied');
    expect(text(alert)).toContain('$25.00 of gift card balance is unused on this order.');
    expect(text(alert)).toContain('Your card will be charged $40.00.');
    const fieldset = document.querySelector('input[name="ppw-gcBalance"]')!.closest('fieldset');
    expect(h.host()!.host.nextElementSibling).toBe(fieldset);
    expect(h.host()!.host.closest('button, .a-button, [role="button"]')).toBeNull();
    expect(sent).toContainEqual({ type: 'checkout-verdict', state: 'not-applied', market: 'amazon.com', detail: '$25.00' });
  });

  it('the page cannot see into the notice (closed shadow root)', () => {
    const h = start('us-pay-unticked.html', US_PAY);
    expect(h.host()!.host.shadowRoot).toBeNull();
  });

  it('ticking the box swaps the warning for the quiet applied line', async () => {
    const h = start('us-pay-unticked.html', US_PAY);
    const box = document.querySelector<HTMLInputElement>('input[name="ppw-gcBalance"]')!;
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    expect(role(h, 'alert')).not.toBeNull(); // debounced, not yet
    await settle();
    expect(role(h, 'alert')).toBeNull();
    expect(text(role(h, 'status'))).toBe('$25.00 gift card balance applied');
    expect(sent.at(-1)).toEqual({ type: 'checkout-verdict', state: 'applied', market: 'amazon.com', detail: '$25.00' });
    box.checked = false;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(role(h, 'status')).toBeNull();
    expect(role(h, 'alert')).not.toBeNull();
  });

  it('follows Amazon re-rendering the payment widget', async () => {
    const h = start('us-pay-unticked.html', US_PAY);
    const fieldset = document.querySelector('input[name="ppw-gcBalance"]')!.closest('fieldset')!;
    const fresh = fieldset.cloneNode(true) as HTMLFieldSetElement;
    fresh.querySelector<HTMLInputElement>('input[name="ppw-gcBalance"]')!.setAttribute('checked', '');
    fieldset.replaceWith(fresh);
    await settle();
    expect(text(role(h, 'status'))).toBe('$25.00 gift card balance applied');
    expect(h.host()!.host.nextElementSibling).toBe(fresh);
  });

  it('a ticked page shows no alert, only the status line', () => {
    const h = start('us-pay-ticked.html', US_PAY.replace('8054602', '8054603'));
    expect(role(h, 'alert')).toBeNull();
    expect(text(role(h, 'status'))).toBe('$25.00 gift card balance applied');
  });

  it('formats amounts in the market locale', () => {
    const h = start('de-pay-unticked.html', 'https://www.amazon.de/checkout/p/p-302-5518842-0093311/pay');
    expect(text(role(h, 'alert'))).toContain('25,00 € of gift card balance is unused');
    expect(text(role(h, 'alert'))).toContain('charged 49,99 €');
  });

  it('stays quiet for an order the shopper dismissed', () => {
    const h = start('us-pay-unticked.html', US_PAY, null, true);
    expect(role(h, 'alert')).toBeNull();
    expect(sent).toContainEqual(expect.objectContaining({ state: 'not-applied' }));
  });

  it('ignores a scripted (untrusted) click on its buttons', () => {
    const h = start('us-pay-unticked.html', US_PAY);
    const dismiss = Array.from(h.host()!.root.querySelectorAll('button')).find((b) => b.textContent === 'Not for this order')!;
    dismiss.click();
    expect(dismissed).toEqual([]);
    expect(role(h, 'alert')).not.toBeNull();
  });

  it('warns on a review page paying by card while a balance is known, pointing at the payment link', () => {
    const h = start('us-spc-card-only.html', 'https://www.amazon.com/checkout/p/p-106-0716602-1613867/spc?referrer=spc', usd(2500));
    const alert = role(h, 'alert');
    expect(text(alert)).toContain('$25.00 of gift card balance is unused');
    expect(text(alert)).toContain('charged $926.99');
    expect(Array.from(h.host()!.root.querySelectorAll('button')).map((b) => b.textContent)).toEqual([
      'Show me the payment method',
      'Not for this order',
    ]);
    expect(h.reading().focusTarget?.getAttribute('data-csa-c-slot-id')).toBe('checkout-change-payselect');
  });

  it('warns at the top of the Buy Now overlay paying by card while a balance is known', () => {
    const h = start('us-turbo-overlay-card.html', 'https://www.amazon.com/checkout/turbo-initiate?pipelineType=turbo', usd(2500));
    const panel = document.querySelector('#turbo-checkout-panel-container')!;
    expect(panel.firstElementChild).toBe(h.host()!.host);
    expect(text(role(h, 'alert'))).toContain('This Buy Now order is paid by card');
    expect(text(role(h, 'alert'))).toContain('your gift card balance on this Amazon site was $25.00');
  });

  it('warns as soon as a balance is tracked in another tab', () => {
    const h = start('us-turbo-overlay-card.html', 'https://www.amazon.com/checkout/turbo-initiate?pipelineType=turbo');
    expect(role(h, 'alert')).toBeNull();
    h.setKnown(usd(4217));
    expect(text(role(h, 'alert'))).toContain('$42.17');
  });

  it('the overlay without a known balance says nothing', () => {
    const h = start('us-turbo-overlay-card.html', 'https://www.amazon.com/checkout/turbo-initiate?pipelineType=turbo');
    expect(h.host()).toBeNull();
    expect(sent).toContainEqual(expect.objectContaining({ state: 'unknown' }));
  });

  it('unrecognisable markup, nothing tracked: no notice at all, verdict unknown, a masked report on request', () => {
    const url = 'https://www.amazon.com/checkout/p/p-106-5550123-0000001/pay';
    const h = start('us-pay-unknown-markup.html', url);
    expect(h.host()).toBeNull();
    expect(document.querySelector('gift-card-guard-checkout')).toBeNull();
    expect(sent).toEqual([{ type: 'checkout-verdict', state: 'unknown', market: 'amazon.com', detail: undefined }]);
    const report = diagnosticFor(document, url, h.reading());
    expect(report).toContain('verdict: unknown');
    expect(report).not.toContain('Carter');
  });

  it('unrecognisable markup with a tracked balance: a note that says what is known, never a warning', () => {
    const url = 'https://www.amazon.com/checkout/p/p-106-5550123-0000001/pay';
    const h = start('us-pay-unknown-markup.html', url, usd(4217));
    expect(role(h, 'alert')).toBeNull();
    expect(text(role(h, 'note'))).toContain('cannot read this payment section');
    expect(text(role(h, 'note'))).toContain('$42.17');
    expect(sent).toEqual([{ type: 'checkout-verdict', state: 'unknown', market: 'amazon.com', detail: undefined }]);
  });

  it('offers no report when the verdict is known or the page is not a checkout', () => {
    const h = start('us-pay-unticked.html', US_PAY);
    expect(diagnosticFor(document, US_PAY, h.reading())).toBeNull();
    load('us-cart-gift-wrap.html');
    expect(diagnosticFor(document, 'https://www.amazon.com/gp/cart/view.html', null)).toBeNull();
  });

  it('goes away with the page context and stops watching', async () => {
    const h = start('us-pay-unticked.html', US_PAY);
    ctx.invalidate();
    expect(document.querySelector('gift-card-guard-checkout')).toBeNull();
    const box = document.querySelector<HTMLInputElement>('input[name="ppw-gcBalance"]')!;
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(document.querySelector('gift-card-guard-checkout')).toBeNull();
    expect(h.host()).toBeNull();
  });
});

describe('1-Click settings', () => {
  it('shows the 1-Click hint under the page header', async () => {
    load('us-one-click-settings.html');
    const info = recognizePage(document, 'https://www.amazon.com/cpe/yourpayments/settings/manageoneclick');
    const feature = checkoutFeatures.find((f) => f.include(info) && f.id === 'one-click-hint')!;
    await feature.run(ctx, info, DEFAULT_SETTINGS);
    const host = document.querySelector('#paymentsHubHeaderSection')!.nextElementSibling!;
    expect(host.tagName).toBe('GIFT-CARD-GUARD-CHECKOUT');
    ctx.invalidate();
    expect(document.querySelector('gift-card-guard-checkout')).toBeNull();
  });
});

describe('diagnostic-report messages from the popup', () => {
  async function ask(file: string, url: string): Promise<unknown[]> {
    load(file);
    const info = recognizePage(document, url);
    for (const f of checkoutFeatures.filter((x) => x.include(info))) await f.run(ctx, info, DEFAULT_SETTINGS);
    const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'diagnostic-report' }, { id: browser.runtime.id });
    return Promise.all(replies);
  }

  it('answers with a masked report on an unknown checkout', async () => {
    vi.useRealTimers();
    const [reply] = (await ask('us-pay-unknown-markup.html', 'https://www.amazon.com/checkout/p/p-106-5550123-0000001/pay')) as Array<{ report: string }>;
    expect(reply?.report).toContain('verdict: unknown');
    expect(reply?.report).not.toContain('Carter');
  });

  it('answers null on a checkout it can read, and ignores other extensions', async () => {
    vi.useRealTimers();
    expect(await ask('us-pay-unticked.html', US_PAY)).toEqual([null]);
    const foreign = await fakeBrowser.runtime.onMessage.trigger({ type: 'diagnostic-report' }, { id: 'someone-else' });
    expect(await Promise.all(foreign)).toEqual([undefined]);
  });
});
