import { useEffect } from 'preact/hooks';
import { ContextChecklist } from '../../components/checklist/ContextChecklist';
import { DashboardOpenerContext } from '../../components/checklist/open-dashboard';
import { ChecklistWriterContext } from '../../components/checklist/checklist-writer';
import { useI18n } from '../../components/i18n';
import { sendMessage } from '../../lib/messages/client';
import { FRAME_CONTEXT, frameTokenField } from './frame-params';
import { useRemoteChecklist } from './use-remote-checklist';

/**
 * The in-page panel: an extension page shown in an iframe by the checklist badge on HR and vacancy
 * sites. It reads and writes through the background (use-remote-checklist.ts), so it shows the same
 * state as the dashboard and the side panel. Esc asks the badge (through the background) to close the panel.
 */
/** Through the background: Firefox gives this framed page no `tabs` API. */
function openDashboardViaBackground(route = '#/checklist'): void {
  void sendMessage('dashboard:open', { route, ...frameTokenField() }).catch((error: unknown) =>
    console.error('[Eerlijk Werven] could not open the dashboard', error),
  );
}

export function ChecklistFrameApp() {
  const { t } = useI18n();
  const { data, save } = useRemoteChecklist();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') void sendMessage('checklist:close-panel', frameTokenField()).catch(() => undefined);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <main class="cl-frame" data-testid="checklist-frame">
      <h1 class="ew-visually-hidden">{t('checklist_panel_title')}</h1>
      {data ? (
        <ChecklistWriterContext.Provider value={save}>
          <DashboardOpenerContext.Provider value={openDashboardViaBackground}>
            <ContextChecklist data={data} initialContext={FRAME_CONTEXT} />
          </DashboardOpenerContext.Provider>
        </ChecklistWriterContext.Provider>
      ) : (
        <p role="status">{t('common_loading')}</p>
      )}
      <p>
        <button type="button" class="cl-link-button" onClick={() => openDashboardViaBackground()}>
          {t('checklist_open_dashboard')}
        </button>
      </p>
    </main>
  );
}
