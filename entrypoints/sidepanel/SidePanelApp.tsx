import { ContextChecklist } from '../../components/checklist/ContextChecklist';
import { openDashboard } from '../../components/checklist/open-dashboard';
import { useChecklist } from '../../components/checklist/use-checklist';
import { useI18n } from '../../components/i18n';

/**
 * The browser's side panel (Chrome) / sidebar (Firefox): the active organisation's checklist while
 * the user works on an HR or vacancy site, the same list (and the same live data) as the in-page
 * panel and the dashboard.
 */
export function SidePanelApp() {
  const { t } = useI18n();
  const data = useChecklist();
  return (
    <main class="sidepanel" data-testid="sidepanel">
      <header class="sidepanel-header">
        <img src="/icon/logo.svg" alt="" />
        <h1>{t('sidepanel_title')}</h1>
      </header>
      <p class="ew-muted">{t('sidepanel_intro')}</p>
      {data ? <ContextChecklist data={data} initialContext="all" /> : <p role="status">{t('common_loading')}</p>}
      <p>
        <button type="button" class="cl-link-button" onClick={() => openDashboard()}>
          {t('checklist_open_dashboard')}
        </button>
      </p>
    </main>
  );
}
