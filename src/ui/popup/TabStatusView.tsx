// The current tab's verdict: checkout (balance applied or not) or scam guard.
import { useState } from 'preact/hooks';
import type { TabStatus } from '../../storage/items';
import { t } from './i18n';

export interface StatusActions {
  diagnostic(): Promise<boolean>;
  trust(site: string): Promise<void>;
}

const CHECKOUT_TEXT = {
  applied: 'popup_checkout_applied',
  'not-applied': 'popup_checkout_not_applied',
  'no-balance': 'popup_checkout_no_balance',
  unknown: 'popup_checkout_unknown',
} as const;

export function TabStatusView({ status, trusted, actions }: { status: TabStatus; trusted: boolean; actions: StatusActions }) {
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (status.kind === 'checkout') {
    const state = status.giftCard ?? 'unknown';
    const tone = state === 'not-applied' ? 'bad' : state === 'applied' ? 'good' : 'neutral';
    return (
      <section class={`status ${tone}`} aria-labelledby="status-h">
        <h2 id="status-h">{t('popup_status_heading')}</h2>
        <p>{t(CHECKOUT_TEXT[state])}</p>
        {status.detail && <p class="detail">{status.detail}</p>}
        {state === 'unknown' && (
          <>
            <button
              type="button"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                const ok = await actions.diagnostic().catch(() => false);
                setNote(t(ok ? 'popup_diagnostic_copied' : 'popup_diagnostic_failed'));
                setBusy(false);
              }}
            >
              {t('popup_diagnostic_copy')}
            </button>
            <p role="status">{note ?? ''}</p>
          </>
        )}
      </section>
    );
  }
  if (status.scam !== 'warn' && status.scam !== 'high') return null;
  const reasons = (status.reasons ?? []).map((r) => (/^[a-z0-9_]+$/i.test(r) ? t(r) : '')).filter(Boolean);
  return (
    <section class="status bad" aria-labelledby="status-h">
      <h2 id="status-h">{t('popup_status_heading')}</h2>
      <p>{t(status.scam === 'high' ? 'popup_scam_high' : 'popup_scam_warn', [status.site])}</p>
      {reasons.length > 0 && (
        <ul>
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {trusted ? (
        <p role="status">{t('popup_trusted_done', [status.site])}</p>
      ) : (
        <button type="button" onClick={() => void actions.trust(status.site)}>
          {t('popup_trust_site')}
        </button>
      )}
    </section>
  );
}
