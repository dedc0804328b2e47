// Backup: export the tracked records as a JSON file; import one after the shopper confirms.
// Nothing is written until "Replace my data"; a bad or foreign file gets one message.
import { useState } from 'preact/hooks';
import { backupFileName, createBackup, parseBackup, restoreBackup, serializeBackup, type Backup, type BackupSummary } from '../../storage/backup';
import { t } from './i18n';

export interface BackupActions {
  /** Save the text as a file (a download). */
  save(name: string, text: string): void;
  /** Open this page in a tab, for browsers whose file picker closes the pop-up. */
  openInTab(): void;
}

export interface BackupProps {
  locale: string;
  now: () => number;
  /** True in Firefox's toolbar pop-up, where opening a file picker closes it. */
  pickerClosesPopup: boolean;
  actions: BackupActions;
}

type Note = { tone: 'ok' | 'error'; text: string } | null;

export function BackupPanel({ locale, now, pickerClosesPopup, actions }: BackupProps) {
  const [note, setNote] = useState<Note>(null);
  const [pending, setPending] = useState<{ backup: Backup; summary: BackupSummary } | null>(null);

  const exportNow = async () => {
    const time = now();
    const name = backupFileName(time);
    actions.save(name, serializeBackup(await createBackup(time)));
    setNote({ tone: 'ok', text: t('popup_backup_exported', [name]) });
  };

  const onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setPending(null);
    const parsed = parseBackup(await file.text().catch(() => ''));
    if (!parsed.ok) {
      console.warn(`Gift Card Guard: backup refused (${parsed.reason})`);
      setNote({ tone: 'error', text: t('popup_backup_invalid') });
      return;
    }
    setNote(null);
    setPending({ backup: parsed.backup, summary: parsed.summary });
  };

  const confirm = async () => {
    if (!pending) return;
    await restoreBackup(pending.backup);
    setPending(null);
    setNote({ tone: 'ok', text: t('popup_backup_done') });
  };

  const date = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  return (
    <details class="section" id="backup" open={pending !== null || location.hash === '#backup' || undefined}>
      <summary>{t('popup_backup_heading')}</summary>
      <p class="help">{t('popup_backup_help')}</p>
      <div class="row">
        <button type="button" onClick={() => void exportNow()}>
          {t('popup_backup_export')}
        </button>
        {pickerClosesPopup ? (
          <button type="button" aria-describedby="backup-tab-note" onClick={() => actions.openInTab()}>
            {t('popup_backup_import')}
          </button>
        ) : (
          <label class="button">
            {t('popup_backup_import')}
            <input class="visually-hidden" type="file" accept="application/json,.json" onChange={(e) => void onFile(e)} />
          </label>
        )}
      </div>
      {pickerClosesPopup && (
        <p id="backup-tab-note" class="help">
          {t('popup_backup_import_tab')}
        </p>
      )}
      {pending && (
        <div class="confirm" role="group" aria-labelledby="backup-confirm-text">
          <p id="backup-confirm-text">
            {t('popup_backup_confirm', [
              date(pending.summary.exportedAt),
              String(pending.summary.markets),
              String(pending.summary.reserves),
              String(pending.summary.trustedSites),
            ])}
          </p>
          <div class="row">
            <button type="button" class="danger" onClick={() => void confirm()}>
              {t('popup_backup_replace')}
            </button>
            <button
              type="button"
              onClick={() => {
                setPending(null);
                setNote({ tone: 'ok', text: t('popup_backup_cancelled') });
              }}
            >
              {t('popup_backup_cancel')}
            </button>
          </div>
        </div>
      )}
      <p class="note" role="status">
        {note?.tone === 'ok' ? note.text : ''}
      </p>
      <p class="error" role="alert">
        {note?.tone === 'error' ? note.text : ''}
      </p>
    </details>
  );
}
