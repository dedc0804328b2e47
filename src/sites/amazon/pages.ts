// Which Amazon page is this? URL first, DOM second. Paths are from the research notes §1.
import { marketplaceForHost, type Marketplace } from '../../core/marketplaces';
import type { PageKind } from '../../core/types';
import { isHidden } from './payment';
import { BUY_NOW, INLINE_OVERLAY, ONE_CLICK } from './selectors';

export interface PageInfo {
  page: PageKind;
  market: Marketplace | null;
  /** The checkout's purchase id ("106-0106056-8054602"), when the URL carries one. */
  purchaseId: string | null;
  /** True for Buy Now flows: the overlay iframe or a full page with isBuyNow=1. */
  buyNow: boolean;
  /** Which checkout layout the page uses, whatever its kind: payment selection, review, or overlay. */
  step: 'pay' | 'review' | 'overlay' | null;
}

const PURCHASE = /\/checkout\/p\/p-([0-9-]+)\/(pay|spc)(?:[/?#]|$)/;

export const PATHS = {
  checkoutPay: /^\/checkout\/p\/p-[\w-]+\/pay(?:\/(?:ref=[^/]*)?)?$/,
  checkoutSpc: /^\/checkout\/p\/p-[\w-]+\/spc(?:\/(?:ref=[^/]*)?)?$/,
  legacyPay: /^\/gp\/(?:aw\/)?buy\/payselect\//,
  legacySpc: /^\/gp\/(?:aw\/)?buy\/spc\//,
  turbo: /^\/checkout\/turbo-initiate/,
  oneClick: /^\/cpe\/(?:yourpayments\/settings\/)?manageoneclick/,
  balance: /^\/(?:gc\/balance|gp\/css\/gc\/balance|gp\/gc\/balance|gp\/aw\/gc\/balance|gc\/history|giftcard\/balance|gp\/css\/gc\/payment\/view-gc-balance)(?:[/?#]|$)/,
  redeem: /^\/(?:gc\/redeem|gp\/(?:aw\/)?gc\/redeem|giftcard\/use|gp\/css\/gc\/payment)(?:[/?#]|$)/,
  /** The gift-card hub opened on its promotional-balance tab ("?tab=promotional"). */
  rewardsTab: /promo/i,
  // The wallet's promotional-balance view too (/cpe/yourpayments/promotionalbalance).
  rewards: /^\/(?:norushcredits|promotional-?credits?|(?:gp\/(?:css\/|aw\/)?)?gc\/(?:balance\/)?promo(?:tional)?|cpe\/yourpayments\/promo[\w-]*)(?:[/?#_-]|$)/,
} as const;

const LANGUAGE_PREFIX = /^\/-\/[a-z]{2}(?:[_-][a-z]{2})?(?=\/|$)/i;

/** The Buy Now overlay drawn into the page, when it is open (shown, with something in it). */
function openOverlay(doc: Document): Element | null {
  for (const el of Array.from(doc.querySelectorAll(INLINE_OVERLAY))) {
    if (!isHidden(el) && (el.textContent ?? '').trim().length > 0) return el;
  }
  return null;
}

/** A shown Buy Now or 1-Click button (product pages): a purchase that may start from this page. */
export function hasBuyButton(doc: Document): boolean {
  return Array.from(doc.querySelectorAll(`${BUY_NOW}, ${ONE_CLICK}`)).some((el) => !isHidden(el));
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Recognise the page from its URL. `doc` is only used to confirm ambiguous cases. */
export function recognizePage(doc: Document | null, url: string): PageInfo {
  const u = parseUrl(url);
  const market = u && (u.protocol === 'https:' || u.protocol === 'http:') ? marketplaceForHost(u.hostname) : null;
  if (!u || !market) return { page: 'web', market: null, purchaseId: null, buyNow: false, step: null };
  // A language chosen in the URL ("/-/ar/checkout/...", "/-/fr/gc/balance") is not part of the page's path.
  const path = u.pathname.replace(LANGUAGE_PREFIX, '') || '/';
  const buyNowParam = u.searchParams.get('isBuyNow') === '1';
  const purchaseId = PURCHASE.exec(path)?.[1] ?? u.searchParams.get('purchaseId') ?? null;
  const info = (page: PageKind, step: PageInfo['step'] = null, buyNow = buyNowParam): PageInfo => ({
    page,
    market,
    purchaseId,
    buyNow,
    step,
  });

  if (PATHS.turbo.test(path)) return info('buy-now', 'overlay', true);
  // Buy Now that lands on the payment step or the review page is that page (isBuyNow=1 only says
  // how the shopper got there); 'buy-now' is the overlay.
  if (PATHS.checkoutPay.test(path) || PATHS.legacyPay.test(path)) return info('checkout-payment', 'pay');
  if (PATHS.checkoutSpc.test(path) || PATHS.legacySpc.test(path)) return info('checkout-review', 'review');
  if (PATHS.oneClick.test(path)) return info('one-click-settings');
  // The promotional tab of the gift-card hub (/gc/balance/promotional, ?tab=promotional) first.
  if (PATHS.rewards.test(path)) return info('promotional-credits');
  if (PATHS.balance.test(path)) return info(PATHS.rewardsTab.test(u.searchParams.get('tab') ?? '') ? 'promotional-credits' : 'gift-card-balance');
  if (PATHS.redeem.test(path)) return info('redeem');
  // A Buy Now overlay mounted into a product page: the same-origin iframe is its own document,
  // but a saved page may contain the panel inline.
  // Only an open overlay counts: product pages carry a hidden, empty sheet for later.
  if (doc && openOverlay(doc)) return info('buy-now', 'overlay', true);
  return info('amazon-other');
}

export function isPaymentPage(page: PageKind): boolean {
  return page === 'checkout-payment' || page === 'checkout-review' || page === 'buy-now';
}
