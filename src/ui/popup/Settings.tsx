// Settings: features on/off, a reserve per marketplace, trusted sites, forget everything.
import { useState } from 'preact/hooks';
import { marketplaceByDomain } from '../../core/marketplaces';
import { parseMoney } from '../../core/money';
import { marketName } from '../../sites/amazon/balance-pages';
import type { Settings as SettingsShape } from '../../storage/items';
import { formatFor } from './data';
import { t } from './i18n';

export interface SettingsActions {
  saveSettings(next: SettingsShape): Promise<void>;
  removeTrusted(site: string): Promise<void>;
  forgetAll(): void;
}

const FEATURES = [
  ['checkout', 'popup_feature_checkout'],
  ['balances', 'popup_feature_balances'],
  ['redeem', 'popup_feature_redeem'],
  ['scam', 'popup_feature_scam'],
] as const;

function ReserveInput({ domain, settings, save }: { domain: string; settings: SettingsShape; save: SettingsActions['saveSettings'] }) {
  const market = marketplaceByDomain(domain);
  const current = settings.reserves[domain];
  const [text, setText] = useState(current ? formatFor(domain, current, market?.currency ?? 'USD') : '');
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  if (!market) return null;
  const id = `reserve-${domain.replace(/\./g, '-')}`;
  const example = formatFor(domain, 5000, market.currency);
  const submit = async (e: Event) => {
    e.preventDefault();
    const trimmed = text.trim();
    const reserves = { ...settings.reserves };
    if (!trimmed) {
      delete reserves[domain];
    } else {
      const money =
        parseMoney(trimmed, { currency: market.currency, decimal: market.decimal }) ??
        parseMoney(trimmed, { currency: market.currency, decimal: '.' });
      if (!money || money.currency !== market.currency || money.minor < 0) {
        setNote({ ok: false, text: t('popup_reserve_invalid', [example]) });
        return;
      }
      reserves[domain] = money.minor;
      setText(formatFor(domain, money.minor, market.currency));
    }
    await save({ ...settings, reserves });
    setNote({ ok: true, text: t('popup_reserve_saved') });
  };
  return (
    <form class="reserve" onSubmit={submit}>
      <label for={id}>{t('popup_reserve_label', [marketName(domain)])}</label>
      <div class="reserve-row">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={text}
          placeholder={example}
          aria-invalid={note && !note.ok ? 'true' : undefined}
          aria-describedby={`${id}-note`}
          onInput={(e) => setText((e.target as HTMLInputElement).value)}
        />
        <button type="submit">{t('popup_reserve_save')}</button>
      </div>
      <p id={`${id}-note`} class={note && !note.ok ? 'error' : 'note'} role="status">
        {note?.text ?? ''}
      </p>
    </form>
  );
}

export function SettingsPanel({
  settings,
  domains,
  trusted,
  actions,
}: {
  settings: SettingsShape;
  domains: string[];
  trusted: string[];
  actions: SettingsActions;
}) {
  const [confirm, setConfirm] = useState(false);
  return (
    <details class="section">
      <summary>{t('popup_settings')}</summary>
      <fieldset>
        <legend>{t('popup_features_heading')}</legend>
        {FEATURES.map(([key, label]) => (
          <label class="check" key={key}>
            <input
              type="checkbox"
              checked={settings.features[key]}
              onChange={(e) =>
                void actions.saveSettings({
                  ...settings,
                  features: { ...settings.features, [key]: (e.target as HTMLInputElement).checked },
                })
              }
            />{' '}
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('popup_reserves_heading')}</legend>
        <p class="help">{t('popup_reserves_help')}</p>
        {domains.length === 0 ? (
          <p class="help">{t('popup_reserve_none')}</p>
        ) : (
          domains.map((d) => <ReserveInput key={d} domain={d} settings={settings} save={actions.saveSettings} />)
        )}
      </fieldset>
      <fieldset>
        <legend>{t('popup_trusted_heading')}</legend>
        {trusted.length === 0 ? (
          <p class="help">{t('popup_trusted_empty')}</p>
        ) : (
          <ul class="trusted">
            {trusted.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button type="button" class="plain" aria-label={t('popup_trusted_remove', [site])} onClick={() => void actions.removeTrusted(site)}>
                  ✕
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      {domains.length > 0 &&
        (confirm ? (
          <button type="button" class="danger" onClick={() => actions.forgetAll()}>
            {t('popup_forget_all_confirm')}
          </button>
        ) : (
          <button type="button" class="plain" onClick={() => setConfirm(true)}>
            {t('popup_forget_all')}
          </button>
        ))}
    </details>
  );
}
