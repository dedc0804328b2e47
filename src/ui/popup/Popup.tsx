// The toolbar popup: balances per marketplace, the current tab's status, settings, warning log.
// Reads storage once at start (one round trip) and follows changes.
import { useEffect, useState } from 'preact/hooks';
import { browser, isFirefox } from '../../platform/browser';
import type { DiagnosticReply } from '../../core/messages';
import { marketName } from '../../sites/amazon/balance-pages';
import {
  balancesItem,
  settingsItem,
  tabStatusItem,
  trustedSitesItem,
  warningLogItem,
  type BalanceStore,
  type Settings,
  type TabStatus,
  type WarningLogEntry,
} from '../../storage/items';
import { BackupPanel } from './Backup';
import { sortRecords } from './data';
import { t, uiLocale } from './i18n';
import { MarketCard } from './MarketCard';
import { SettingsPanel } from './Settings';
import { TabStatusView } from './TabStatusView';
import './popup.css';

export interface PopupProps {
  /** The clock (tests and screenshots fix it). */
  now?: () => number;
  /**
   * True when the popup is a whole tab rather than a toolbar pop-up: Firefox for Android opens it
   * full-page, and tests open it as a page. main.tsx finds out (see fullPageView()).
   */
  fullPage?: boolean;
}

interface State {
  store: BalanceStore;
  settings: Settings;
  trusted: string[];
  log: WarningLogEntry[];
  tabId: number | null;
  status: TabStatus | null;
}

/** The tab the popup is about: `?tab=ID` when opened as a page (tests), else the active tab. */
async function currentTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function load(): Promise<State> {
  const [store, settings, trusted, log, statuses, tabId] = await Promise.all([
    balancesItem.getValue(),
    settingsItem.getValue(),
    trustedSitesItem.getValue(),
    warningLogItem.getValue(),
    tabStatusItem.getValue(),
    currentTabId().catch(() => null),
  ]);
  return { store, settings, trusted, log, tabId, status: tabId === null ? null : (statuses[String(tabId)] ?? null) };
}

function open(url: string): void {
  void browser.tabs.create({ url });
}

/** Offer text as a downloaded file (a[download] on a blob: URL works in every target, Android too). */
function saveFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function WarningLog({ log, locale }: { log: WarningLogEntry[]; locale: string }) {
  const fmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <details class="section">
      <summary>
        {t('popup_log_heading')} ({log.length})
      </summary>
      {log.length === 0 ? (
        <p class="help">{t('popup_log_empty')}</p>
      ) : (
        <ul class="log">
          {[...log].reverse().map((e, i) => (
            <li key={i}>
              <time dateTime={new Date(e.t).toISOString()}>{fmt.format(e.t)}</time> <strong>{e.site}</strong>{' '}
              <span class={e.level === 'high' ? 'level high' : 'level'}>{t(e.level === 'high' ? 'popup_log_high' : 'popup_log_warn')}</span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

export function Popup({ now = () => Date.now(), fullPage = false }: PopupProps) {
  const [state, setState] = useState<State | null>(null);
  const locale = uiLocale();

  useEffect(() => {
    let alive = true;
    const refresh = () =>
      void load().then((s) => {
        if (alive) setState(s);
      });
    refresh();
    const unwatch = [balancesItem, settingsItem, trustedSitesItem, warningLogItem, tabStatusItem].map((item) =>
      (item.watch as (cb: () => void) => () => void)(refresh),
    );
    return () => {
      alive = false;
      unwatch.forEach((u) => u());
    };
  }, []);

  if (!state) return <main aria-busy="true" />;
  const records = sortRecords(Object.values(state.store));
  const domains = [...new Set(records.map((r) => r.domain))];
  const time = now();

  return (
    <main>
      <h1>{t('extName')}</h1>
      {state.status && (
        <TabStatusView
          status={state.status}
          trusted={state.trusted.includes(state.status.site)}
          actions={{
            diagnostic: async () => {
              if (state.tabId === null) return false;
              const reply = (await browser.tabs.sendMessage(state.tabId, { type: 'diagnostic-report' })) as DiagnosticReply | null;
              if (!reply || typeof reply.report !== 'string') return false;
              await navigator.clipboard.writeText(reply.report);
              return true;
            },
            trust: async (site) => {
              const list = await trustedSitesItem.getValue();
              if (!list.includes(site)) await trustedSitesItem.setValue([...list, site]);
            },
          }}
        />
      )}
      {records.length === 0 ? (
        <section class="empty" aria-labelledby="empty-h">
          <h2 id="empty-h">{t('popup_empty_title')}</h2>
          <p>{t('popup_empty_body')}</p>
          <p>
            <a
              href="https://www.amazon.com/gc/balance"
              onClick={(e) => {
                e.preventDefault();
                open('https://www.amazon.com/gc/balance');
              }}
            >
              {t('popup_open_balance', [marketName('amazon.com')])}
            </a>
          </p>
        </section>
      ) : (
        <section aria-label={t('popup_balances_heading')} class="cards">
          {records.map((rec) => (
            <MarketCard
              key={`${rec.domain}|${rec.account ?? ''}`}
              rec={rec}
              now={time}
              locale={locale}
              actions={{
                open,
                forget: (domain) => void browser.runtime.sendMessage({ type: 'balances-delete', market: domain }),
              }}
            />
          ))}
        </section>
      )}
      <SettingsPanel
        settings={state.settings}
        domains={domains}
        trusted={state.trusted}
        actions={{
          saveSettings: (next) => settingsItem.setValue(next),
          removeTrusted: async (site) => trustedSitesItem.setValue((await trustedSitesItem.getValue()).filter((s) => s !== site)),
          forgetAll: () => void browser.runtime.sendMessage({ type: 'balances-delete', market: null }),
        }}
      />
      <BackupPanel
        locale={locale}
        now={now}
        pickerClosesPopup={isFirefox && !fullPage}
        actions={{ save: saveFile, openInTab: () => open(`${browser.runtime.getURL('/popup.html')}#backup`) }}
      />
      <WarningLog log={state.log} locale={locale} />
    </main>
  );
}
