import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '../../components/i18n';
import { useSettings } from '../../components/use-settings';
import { DataSection } from './DataSection';
import { LanguageSection } from './LanguageSection';
import { ScreeningSection } from './ScreeningSection';
import { SitesSection } from './SitesSection';

export function OptionsApp() {
  const { t } = useI18n();
  const loaded = useSettings();
  const [repaired, setRepaired] = useState<string[]>([]);

  // The background repairs broken stored settings at start-up and leaves a note for us.
  useEffect(() => {
    void browser.storage.session.get('settingsProblems').then((stored) => {
      const problems = stored.settingsProblems;
      if (Array.isArray(problems)) setRepaired(problems.map((problem: { path?: unknown }) => String(problem.path ?? '')));
    });
  }, []);

  return (
    <main class="options">
      <header class="options-header">
        <img src="/icon/logo.svg" alt="" />
        <h1>{t('options_title')}</h1>
      </header>
      {loaded?.readOnly && <p class="ew-alert ew-alert--warn" role="alert">{t('options_newer_settings')}</p>}
      {repaired.length > 0 && (
        <p class="ew-alert ew-alert--warn" role="status" data-testid="settings-repaired">
          {t('options_settings_repaired', repaired.join(', '))}
        </p>
      )}
      {!loaded ? (
        <p role="status">{t('common_loading')}</p>
      ) : (
        <>
          <LanguageSection settings={loaded.settings} />
          <SitesSection settings={loaded.settings} />
          <ScreeningSection settings={loaded.settings} />
          <DataSection />
        </>
      )}
    </main>
  );
}
