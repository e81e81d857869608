import { useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messages/client';
import { useI18n } from '../i18n';

/**
 * "Controleer deze pagina" in the popup (docs/decisions.md#vacancy-check-on-demand): the background
 * injects the vacancy check into this tab with activeTab (no permanent access) and opens its
 * summary panel. On a site where the check already runs, the same button simply opens the summary.
 */
export function VacancyPopupActions({ tabId, running }: { tabId: number; running: boolean }) {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);

  async function check() {
    setFailed(false);
    try {
      const { injected } = await sendMessage('vacancy:check-tab', { tabId });
      if (!injected) setFailed(true);
      else window.close();
    } catch {
      setFailed(true);
    }
  }

  return (
    <div class="ew-stack" data-testid="popup-vacancy-actions">
      <button type="button" class="ew-button" data-testid="popup-vacancy-check" onClick={() => void check()}>
        {running ? t('popup_vacancy_summary') : t('popup_vacancy_check')}
      </button>
      {!running && <p class="ew-muted">{t('popup_vacancy_check_hint')}</p>}
      {failed && (
        <p class="ew-alert ew-alert--error" role="alert">
          {t('popup_vacancy_check_failed')}
        </p>
      )}
    </div>
  );
}
