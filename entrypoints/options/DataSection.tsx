import { useState } from 'preact/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../components/i18n';
import { parseBackup, type Backup, type BackupErrorCode } from '../../lib/db/backup';
import { decryptBackupText, inspectEncrypted, looksEncrypted, type DecryptErrorCode } from '../../lib/db/backup-crypto';
import { eraseEverything, exportBackupFile, importEverything } from '../../lib/db/data-transfer';
import type { MessageKey } from '../../lib/i18n/translate';
import { PassphraseForm } from './PassphraseForm';

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

const DECRYPT_ERROR_KEYS: Record<DecryptErrorCode, MessageKey> = {
  'wrong-passphrase': 'backup_error_wrong_passphrase',
  truncated: 'backup_error_truncated',
  'not-a-backup': 'backup_error_not_a_backup',
  'newer-version': 'backup_error_newer_version',
};

function saveFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export a backup, import one, or erase everything (docs/decisions.md#backups-never-lose-data). */
export function DataSection() {
  const { t, locale } = useI18n();
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const [pending, setPending] = useState<Backup>();
  const [confirmErase, setConfirmErase] = useState(false);
  const [choosingPassphrase, setChoosingPassphrase] = useState(false);
  const [locked, setLocked] = useState<string>();

  async function download() {
    const file = await exportBackupFile('plain');
    saveFile(file.name, file.text);
    setStatus({ kind: 'ok', text: t('options_data_exported') });
  }

  async function downloadFull(passphrase: string) {
    const file = await exportBackupFile('full', passphrase);
    saveFile(file.name, file.text);
    setChoosingPassphrase(false);
    setStatus({ kind: 'ok', text: t('options_data_exported_full') });
  }

  function refuse(key: MessageKey, where = '') {
    setStatus({ kind: 'error', text: `${t(key)}${where} ${t('backup_nothing_changed')}` });
  }

  function check(text: string) {
    const parsed = parseBackup(text);
    if (!parsed.ok) return refuse(ERROR_KEYS[parsed.error.code], parsed.error.where ? ` (${parsed.error.where})` : '');
    setPending(parsed.backup);
  }

  async function unlock(passphrase: string) {
    if (locked === undefined) return;
    const decrypted = await decryptBackupText(locked, passphrase);
    if (!decrypted.ok) {
      // A wrong passphrase may be typed again; any other problem is in the file itself.
      if (decrypted.code !== 'wrong-passphrase') setLocked(undefined);
      return refuse(DECRYPT_ERROR_KEYS[decrypted.code]);
    }
    setLocked(undefined);
    setStatus(undefined);
    check(decrypted.text);
  }

  async function readFile(file: File | undefined) {
    setStatus(undefined);
    setLocked(undefined);
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setStatus({ kind: 'error', text: t('backup_error_unreadable') });
    }
    if (looksEncrypted(text)) {
      const inspected = inspectEncrypted(text);
      return inspected.ok ? setLocked(text) : refuse(DECRYPT_ERROR_KEYS[inspected.code]);
    }
    check(text);
  }

  async function restore() {
    if (!pending) return;
    try {
      const outcome = await importEverything(pending);
      const notes = [
        t('options_data_imported'),
        ...(outcome.pseudonymsFresh ? [t('backup_pseudonyms_fresh')] : []),
        ...(outcome.settingsKept ? [t('backup_settings_kept')] : []),
      ];
      setStatus({ kind: 'ok', text: notes.join(' ') });
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
        <button
          type="button"
          class="ew-button ew-button--secondary"
          aria-expanded={choosingPassphrase}
          onClick={() => setChoosingPassphrase(!choosingPassphrase)}
          data-testid="backup-export-full"
        >
          {t('options_data_export_full')}
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
      {choosingPassphrase && (
        <PassphraseForm
          mode="choose"
          intro={t('options_data_full_intro')}
          submitLabel={t('options_data_export_full_confirm')}
          testId="backup-full"
          onSubmit={downloadFull}
        />
      )}
      {locked !== undefined && (
        <PassphraseForm
          mode="enter"
          intro={t('options_data_import_locked')}
          submitLabel={t('options_data_unlock')}
          testId="backup-unlock"
          onSubmit={unlock}
        />
      )}
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
