import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '../../components/i18n';
import { ManagedNote } from '../../components/ManagedNote';
import { Switch } from '../../components/Switch';
import { VacancyPopupActions } from '../../components/vacancy/VacancyPopupActions';
import { useSettings } from '../../components/use-settings';
import { isManagedUrl, isPillarOn, knownSiteForUrl, hostOf } from '../../lib/settings/site-lookup';
import { setPillarForUrl } from '../../lib/settings/site-toggle';
import { updateSettings } from '../../lib/settings/store';
import type { Pillar } from '../../lib/sites/known-sites';
import { findTargetTab, type TargetTab } from './current-tab';

const PILLARS: {
  pillar: Pillar;
  label: 'pillar_vacancy' | 'pillar_screening' | 'pillar_checklist';
  hint: 'popup_vacancy_hint' | 'popup_screening_hint' | 'popup_checklist_hint';
}[] = [
  { pillar: 'vacancy', label: 'pillar_vacancy', hint: 'popup_vacancy_hint' },
  { pillar: 'screening', label: 'pillar_screening', hint: 'popup_screening_hint' },
  { pillar: 'checklist', label: 'pillar_checklist', hint: 'popup_checklist_hint' },
];

export function PopupApp() {
  const { t } = useI18n();
  const loaded = useSettings();
  const [tab, setTab] = useState<TargetTab | null>();
  const [changed, setChanged] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    void findTargetTab().then((found) => setTab(found ?? null));
  }, []);

  const host = tab ? hostOf(tab.url) : undefined;
  const isWebPage = tab !== null && tab !== undefined && /^https?:/.test(tab.url) && host !== undefined;
  const known = tab ? knownSiteForUrl(tab.url) : undefined;
  const managed = tab && loaded ? isManagedUrl(loaded.settings, tab.url) : false;

  async function toggle(pillar: Pillar, on: boolean) {
    if (!loaded || !tab) return;
    setError(undefined);
    const { patterns } = setPillarForUrl(loaded.settings, tab.url, pillar, on);
    // Host permissions are asked for at the moment the user switches a site on
    // (docs/decisions.md#permissions-when-switched-on).
    if (on && patterns.length > 0 && !(await browser.permissions.request({ origins: patterns }))) {
      setError(t('popup_permission_denied'));
      return;
    }
    try {
      // The change is made on the user's own settings as stored right now (never the policy's).
      await updateSettings((current) => setPillarForUrl(current, tab.url, pillar, on).settings);
      setChanged(true);
    } catch {
      setError(t('common_save_failed'));
    }
  }

  return (
    <main class="popup">
      <header class="popup-header">
        <img src="/icon/logo.svg" alt="" />
        <h1>{t('extName')}</h1>
      </header>

      {tab === undefined || !loaded ? (
        <p class="ew-muted" role="status">
          {t('common_loading')}
        </p>
      ) : !isWebPage ? (
        <p class="popup-site" data-testid="popup-not-web">
          {t('popup_not_a_web_page')}
        </p>
      ) : (
        <section aria-labelledby="popup-site-heading">
          <div class="popup-site">
            <h2 id="popup-site-heading" class="ew-visually-hidden">
              {t('popup_this_site')}
            </h2>
            <div>
              {t('popup_this_site')}: <strong data-testid="popup-host">{host}</strong>
            </div>
            <div class="ew-muted" data-testid="popup-known">
              {known ? t('popup_known_site', known.label) : t('popup_unknown_site')}
            </div>
          </div>
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend class="ew-visually-hidden">{t('popup_pillars_legend')}</legend>
            {PILLARS.map(({ pillar, label, hint }) => (
              <Switch
                key={pillar}
                testId={`popup-switch-${pillar}`}
                checked={isPillarOn(loaded.settings, tab.url, pillar)}
                onChange={(on) => void toggle(pillar, on)}
                description={t(hint)}
                disabled={loaded.readOnly || managed}
              >
                {t(label)}
              </Switch>
            ))}
            {managed && <ManagedNote testId="popup-managed" />}
          </fieldset>
          <VacancyPopupActions tabId={tab.id} running={isPillarOn(loaded.settings, tab.url, 'vacancy')} />
          {error && (
            <p class="ew-alert ew-alert--error" role="alert">
              {error}
            </p>
          )}
          {changed && (
            <div class="ew-alert ew-alert--ok ew-row" role="status">
              <span>{t('popup_reload_hint')}</span>
              <button type="button" class="ew-button ew-button--secondary" onClick={() => void browser.tabs.reload(tab.id)}>
                {t('popup_reload')}
              </button>
            </div>
          )}
        </section>
      )}

      <nav class="popup-links" aria-label={t('popup_links_label')}>
        <a href="/dashboard.html" target="_blank" rel="noopener" data-testid="popup-dashboard-link">
          {t('nav_dashboard')}
        </a>
        <a href="/options.html" target="_blank" rel="noopener">
          {t('nav_options')}
        </a>
        <a href="/dashboard.html#/demo" target="_blank" rel="noopener">
          {t('nav_demo')}
        </a>
      </nav>
    </main>
  );
}
