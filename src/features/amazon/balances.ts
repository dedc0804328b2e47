// Balance tracking and reserve features. (Balances issue.) The redeem helper has its own script
// (./redeem.ts), listed only for the redeem paths.
import { sendMessage } from '../../platform/content';
import { formatMoney } from '../../core/money';
import type { Message } from '../../core/messages';
import type { BalanceReading } from '../../core/types';
import { readAccountName } from '../../sites/amazon/balance-pages';
import { readBalancesWith, readDigitalOneClick } from '../../sites/amazon/balances';
import { isPaymentPage, type PageInfo } from '../../sites/amazon/pages';
import type { BalanceStore, MarketRecord, Settings } from '../../storage/schema';
import { mountReserveAlert } from '../../ui/reserve/ReserveAlert';
import type { PageContext } from '../../platform/context';
import type { AmazonFeature } from './feature';
import { loadBalances, type AmazonStore } from './store';
import { paymentSide } from './payment-side';

const BALANCE_PAGES = new Set(['gift-card-balance', 'redeem', 'promotional-credits']);

function accountOf(info: PageInfo): string | null {
  return info.market ? readAccountName(document, info.market.language) : null;
}

async function send(info: PageInfo, readings: BalanceReading[]): Promise<void> {
  if (!info.market || readings.length === 0) return;
  const msg: Message = { type: 'balances-seen', market: info.market.domain, account: accountOf(info), page: info.page, readings };
  await sendMessage(msg).catch(() => undefined);
}

async function reportBalances(ctx: PageContext, info: PageInfo): Promise<void> {
  // Balance pages speak from the top frame only; checkout readings may come from the Buy Now frame.
  if (!isPaymentPage(info.page) && window.top !== window) return;
  // A checkout page we cannot read keeps its amount to itself: a balance it merely shows must not
  // become the "tracked" balance that then speaks on that same page.
  // The checkout audit runs first and has read the page already: its reading is reused.
  const side = paymentSide();
  const read = () => readBalancesWith(document, info, { readableOnly: true, reading: isPaymentPage(info.page) ? (side?.current() ?? null) : null }, side?.read ?? null);
  let last = JSON.stringify(read());
  await send(info, JSON.parse(last) as BalanceReading[]);
  if (info.page !== 'redeem') return;
  // After a successful redemption Amazon may update the balance in place.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const now = JSON.stringify(read());
      if (now === last) return;
      last = now;
      void send(info, JSON.parse(now) as BalanceReading[]);
    }, 300);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
}

/** The record for this market: the signed-in account's, else the most recently seen one. */
export function pickRecord(store: BalanceStore, domain: string, account: string | null): MarketRecord | null {
  const mine = Object.values(store).filter((r) => r.domain === domain && r.giftCard);
  const exact = mine.find((r) => r.account === account);
  if (exact) return exact;
  mine.sort((a, b) => (b.giftCard?.seenAt ?? 0) - (a.giftCard?.seenAt ?? 0));
  return mine[0] ?? null;
}

async function reserveWarning(ctx: PageContext, info: PageInfo, settings: Settings, store?: AmazonStore): Promise<void> {
  const market = info.market;
  if (!market || window.top !== window) return;
  const reserve = settings.reserves[market.domain] ?? 0;
  if (!(reserve > 0)) return;
  const digital = readDigitalOneClick(document, info);
  if (!digital) return;
  const record = pickRecord(store?.balances ?? (await loadBalances()), market.domain, accountOf(info));
  const balance = record?.giftCard;
  if (!balance || balance.currency !== market.currency || balance.minor <= 0) return;
  const after = Math.max(0, balance.minor - digital.price.minor);
  if (after >= reserve) return;
  const fmt = (minor: number) => formatMoney({ minor, currency: market.currency }, market.locale);
  mountReserveAlert(ctx, digital.button.closest('form') ?? digital.button.closest('.a-button') ?? digital.button, {
    price: fmt(digital.price.minor),
    balance: fmt(balance.minor),
    after: fmt(after),
    reserve: fmt(reserve),
  });
}

export const balanceFeatures: AmazonFeature[] = [
  {
    id: 'balances-report',
    setting: 'balances',
    include: (info) => BALANCE_PAGES.has(info.page) || isPaymentPage(info.page),
    run: (ctx, info) => reportBalances(ctx, info),
  },
  {
    id: 'reserve-warning',
    setting: 'balances',
    include: (info) => info.page === 'amazon-other',
    run: (ctx, info, settings, store) => reserveWarning(ctx, info, settings, store),
  },
];
