import { useState } from 'preact/hooks';
import { useI18n } from '../../components/i18n';
import { MIN_PASSPHRASE_LENGTH } from '../../lib/db/backup-crypto';

export interface PassphraseFormProps {
  /** New passphrase (asked twice, with a minimum length) or one to open a file with. */
  mode: 'choose' | 'enter';
  intro: string;
  submitLabel: string;
  testId: string;
  onSubmit: (passphrase: string) => Promise<void>;
}

/** The passphrase of a full (encrypted) backup: chosen when saving, entered when restoring. */
export function PassphraseForm({ mode, intro, submitLabel, testId, onSubmit }: PassphraseFormProps) {
  const { t } = useI18n();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (mode === 'choose' && first.length < MIN_PASSPHRASE_LENGTH) return setProblem(t('options_data_passphrase_short'));
    if (mode === 'choose' && first !== second) return setProblem(t('options_data_passphrase_mismatch'));
    setProblem(undefined);
    setBusy(true);
    try {
      await onSubmit(first);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="ew-card passphrase-form" data-testid={testId} onSubmit={(event) => void submit(event)}>
      <p class="ew-muted">{intro}</p>
      <label class="ew-field">
        <span>{t('options_data_passphrase')}</span>
        <input
          type="password"
          autocomplete={mode === 'choose' ? 'new-password' : 'current-password'}
          value={first}
          onInput={(event) => setFirst(event.currentTarget.value)}
          data-testid={`${testId}-passphrase`}
        />
      </label>
      {mode === 'choose' && (
        <label class="ew-field">
          <span>{t('options_data_passphrase_repeat')}</span>
          <input
            type="password"
            autocomplete="new-password"
            value={second}
            onInput={(event) => setSecond(event.currentTarget.value)}
            data-testid={`${testId}-repeat`}
          />
        </label>
      )}
      {problem && (
        <p class="ew-alert ew-alert--error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" class="ew-button" disabled={busy} data-testid={`${testId}-submit`}>
        {submitLabel}
      </button>
    </form>
  );
}
