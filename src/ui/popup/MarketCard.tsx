// One marketplace (and account): balance, when it was seen, trend, credits, quick links.
import { useState } from 'preact/hooks';
import { marketLinks, marketName } from '../../sites/amazon/balance-pages';
import type { MarketRecord } from '../../storage/items';
import { formatDay, formatFor, isSoon, relativeTime, sortCredits, trendPoints } from './data';
import { t } from './i18n';

export interface CardActions {
  open(url: string): void;
  forget(domain: string): void;
}

function Trend({ rec }: { rec: MarketRecord }) {
  const w = 120;
  const h = 32;
  const points = trendPoints(rec.history, w, h);
  if (!points || !rec.giftCard) return null;
  const first = rec.history[0]!;
  const last = rec.history[rec.history.length - 1]!;
  const label = t('balances_trend_label', [
    formatFor(rec.domain, first.minor, rec.giftCard.currency),
    formatFor(rec.domain, last.minor, rec.giftCard.currency),
    String(rec.history.length),
  ]);
  return (
    <svg class="trend" width={w} height={h} viewBox={`0 0 ${w} ${h}`} role="img" aria-label={label}>
      <title>{label}</title>
      <polyline points={points} fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
    </svg>
  );
}

export function MarketCard({ rec, now, locale, actions }: { rec: MarketRecord; now: number; locale: string; actions: CardActions }) {
  const [confirm, setConfirm] = useState(false);
  const name = marketName(rec.domain);
  const links = marketLinks(rec.domain);
  const credits = sortCredits(rec.promotional, now);
  const anySoon = credits.some((c) => isSoon(c, now));
  const headingId = `card-${rec.domain}-${rec.account ?? ''}`.replace(/[^a-zA-Z0-9-]/g, '-');
  const link = (url: string, text: string, label?: string) => (
    <a
      href={url}
      aria-label={label}
      onClick={(e) => {
        e.preventDefault();
        actions.open(url);
      }}
    >
      {text}
    </a>
  );
  return (
    <article class="card" aria-labelledby={headingId} data-market={rec.domain}>
      <header class="card-head">
        <h2 id={headingId}>{name}</h2>
        {rec.account && <span class="account">{t('balances_account', [rec.account])}</span>}
      </header>
      {rec.giftCard && (
        <div class="balance-row">
          <div>
            <div class="label">{t('balances_gift_card')}</div>
            <div class="amount" data-testid="balance">
              {formatFor(rec.domain, rec.giftCard.minor, rec.giftCard.currency)}
            </div>
            <div class="seen">
              {t('balances_last_seen', [relativeTime(rec.giftCard.seenAt, now, locale)])}
              {' · '}
              {link(links.balance, t('balances_refresh'), t('balances_refresh_label', [name]))}
            </div>
            {rec.giftCard.expires && <div class="seen">{t('balances_expires', [formatDay(rec.giftCard.expires, locale)])}</div>}
          </div>
          <Trend rec={rec} />
        </div>
      )}
      {credits.length > 0 && (
        <section class="credits" aria-label={t('balances_promo_heading')}>
          <h3>{t('balances_promo_heading')}</h3>
          {anySoon && <p class="soon-note">{t('balances_promo_soon')}</p>}
          <ol>
            {credits.map((c, i) => {
              const soon = isSoon(c, now);
              return (
                <li key={i} class={soon ? 'credit soon' : 'credit'} data-testid="credit">
                  <span class="credit-amount">{formatFor(rec.domain, c.minor, c.currency)}</span>{' '}
                  <span class="credit-label">{c.label}</span>{' '}
                  <span class="credit-date">
                    {c.expires ? t('balances_promo_expires', [formatDay(c.expires, locale)]) : t('balances_promo_no_expiry')}
                  </span>
                  {soon && <strong class="tag">{t('balances_promo_soon_tag')}</strong>}
                </li>
              );
            })}
          </ol>
        </section>
      )}
      <nav class="quick" aria-label={name}>
        {link(links.redeem, t('balances_link_redeem'))}
        {link(links.reload, t('balances_link_reload'))}
        {link(links.oneClick, t('balances_link_oneclick'))}
      </nav>
      <div class="forget">
        {confirm ? (
          <button type="button" class="danger" onClick={() => actions.forget(rec.domain)}>
            {t('balances_forget_confirm', [name])}
          </button>
        ) : (
          <button type="button" class="plain" onClick={() => setConfirm(true)}>
            {t('balances_forget', [name])}
          </button>
        )}
      </div>
    </article>
  );
}
