import { useState } from 'preact/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../components/i18n';
import { backupFileName, parseBackup, type Backup, type BackupErrorCode } from '../../lib/db/backup';
import { eraseEverything, exportEverything, importEverything } from '../../lib/db/data-transfer';
import type { MessageKey } from '../../lib/i18n/translate';

const ERROR_KEYS: Record<BackupErrorCode, MessageKey> = {
  empty: 'backup_error_empty',
  'too-large': 'backup_error_too_large',
  'not-json': 'backup_error_not_json',
  'not-a-backup': 'backup_error_not_a_backup',
  'newer-version': 'backup_error_newer_version',
  'bad-settings': 'backup_error_bad_settings',
  'unknown-table': 'backup_error_unknown_table',
  'bad-row': 'backup_error_bad_row',
  'duplicate-key': 'backup_error_duplicate_key',
};

/** Export a backup, import one, or erase everything (docs/decisions.md#backups-never-lose-data). */
export function DataSection() {
  const { t, locale } = useI18n();
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const [pending, setPending] = useState<Backup>();
  const [confirmErase, setConfirmErase] = useState(false);

  async function download() {
    const backup = await exportEverything();
    const url = URL.createObjectURL(new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = backupFileName();
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus({ kind: 'ok', text: t('options_data_exported') });
  }

  async function readFile(file: File | undefined) {
    setStatus(undefined);
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setStatus({ kind: 'error', text: t('backup_error_unreadable') });
    }
    const parsed = parseBackup(text);
    if (!parsed.ok) {
      const where = parsed.error.where ? ` (${parsed.error.where})` : '';
      return setStatus({ kind: 'error', text: `${t(ERROR_KEYS[parsed.error.code])}${where} ${t('backup_nothing_changed')}` });
    }
    setPending(parsed.backup);
  }

  async function restore() {
    if (!pending) return;
    try {
      await importEverything(pending);
      setStatus({ kind: 'ok', text: t('options_data_imported') });
    } catch {
      setStatus({ kind: 'error', text: `${t('backup_error_write_failed')} ${t('backup_nothing_changed')}` });
    } finally {
      setPending(undefined);
    }
  }

  async function erase() {
    setConfirmErase(false);
    await eraseEverything();
    setStatus({ kind: 'ok', text: t('options_data_erased') });
  }

  return (
    <section class="ew-card" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('options_data_heading')}</h2>
      <p class="ew-muted">{t('options_data_intro')}</p>
      <div class="ew-row">
        <button type="button" class="ew-button" onClick={() => void download()} data-testid="backup-export">
          {t('options_data_export')}
        </button>
        <label class="ew-button ew-button--secondary">
          {t('options_data_import')}
          <input
            type="file"
            accept="application/json,.json"
            class="ew-visually-hidden"
            data-testid="backup-import"
            onChange={(event) => {
              const input = event.currentTarget;
              void readFile(input.files?.[0]).finally(() => (input.value = ''));
            }}
          />
        </label>
        <button type="button" class="ew-button ew-button--danger" onClick={() => setConfirmErase(true)} data-testid="erase-all">
          {t('options_data_erase')}
        </button>
      </div>
      {status && (
        <p class={`ew-alert ew-alert--${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'} data-testid="data-status">
          {status.text}
        </p>
      )}
      <ConfirmDialog
        open={pending !== undefined}
        title={t('options_data_import_confirm_title')}
        confirmLabel={t('options_data_import_confirm')}
        cancelLabel={t('common_cancel')}
        onConfirm={() => void restore()}
        onCancel={() => setPending(undefined)}
      >
        <p>{t('options_data_import_confirm_body', pending ? new Date(pending.exportedAt).toLocaleString(locale) : '')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirmErase}
        danger
        title={t('options_data_erase_confirm_title')}
        confirmLabel={t('options_data_erase_confirm')}
        cancelLabel={t('common_cancel')}
        onConfirm={() => void erase()}
        onCancel={() => setConfirmErase(false)}
      >
        <p>{t('options_data_erase_confirm_body')}</p>
      </ConfirmDialog>
    </section>
  );
}
