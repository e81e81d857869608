import { useI18n } from '../../components/i18n';

/**
 * The browser's side panel (Chrome) / sidebar (Firefox): the home of the checklist while the user
 * works on an HR or vacancy site.
 */
export function SidePanelApp() {
  const { t } = useI18n();
  return (
    <main class="sidepanel">
      <header class="sidepanel-header">
        <img src="/icon/logo.svg" alt="" />
        <h1>{t('sidepanel_title')}</h1>
      </header>
      <p class="ew-muted">{t('sidepanel_intro')}</p>
      <p>
        <a href="/dashboard.html" target="_blank" rel="noopener">{t('nav_dashboard')}</a>
      </p>
    </main>
  );
}
