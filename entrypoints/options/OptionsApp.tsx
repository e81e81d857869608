import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '../../components/i18n';
import type { MessageKey } from '../../lib/i18n/translate';
import { useSettings } from '../../components/use-settings';
import { DataSection } from './DataSection';
import { LanguageSection } from './LanguageSection';
import { ReadabilitySection } from './ReadabilitySection';
import { ScreeningSection } from './ScreeningSection';
import { SitesSection } from './SitesSection';

/** The part of the options page that a repaired settings path belongs to, in words. */
const SECTION_OF_PATH: Record<string, MessageKey> = {
  '': 'options_title',
  version: 'options_title',
  language: 'options_language_heading',
  sites: 'options_sites_heading',
  wording: 'pillar_vacancy',
  screening: 'pillar_screening',
  checklist: 'pillar_checklist',
  readability: 'options_readability_heading',
};

export function OptionsApp() {
  const { t } = useI18n();
  const loaded = useSettings();
  const [repaired, setRepaired] = useState<string[]>([]);

  // The background repairs broken stored settings at start-up and leaves a note for us.
  useEffect(() => {
    void browser.storage.session.get('settingsProblems').then((stored) => {
      const problems = stored.settingsProblems;
      if (Array.isArray(problems))
        setRepaired(problems.map((problem: { path?: unknown }) => String(problem.path ?? '').split(/[.[]/)[0] ?? ''));
    });
  }, []);

  return (
    <main class="options">
      <header class="options-header">
        <img src="/icon/logo.svg" alt="" />
        <h1>{t('options_title')}</h1>
      </header>
      {loaded?.readOnly && (
        <p class="ew-alert ew-alert--warn" role="alert">
          {t('options_newer_settings')}
        </p>
      )}
      {loaded && loaded.managed.problems.length > 0 && (
        <p class="ew-alert ew-alert--warn" role="alert" data-testid="policy-problems">
          {t('options_policy_problems', loaded.managed.problems.map((problem) => problem.path || '{}').join(', '))}
        </p>
      )}
      {repaired.length > 0 && (
        <div class="ew-alert ew-alert--warn ew-row" role="status" data-testid="settings-repaired">
          <span>
            {t('options_settings_repaired', [...new Set(repaired.map((path) => t(SECTION_OF_PATH[path] ?? 'options_title')))].join(', '))}
          </span>
          <button
            type="button"
            class="ew-button ew-button--secondary"
            onClick={() => void browser.storage.session.remove('settingsProblems').then(() => setRepaired([]))}
          >
            {t('common_understood')}
          </button>
        </div>
      )}
      {!loaded ? (
        <p role="status">{t('common_loading')}</p>
      ) : (
        <>
          <LanguageSection settings={loaded.settings} locked={loaded.managed.locks.language} />
          <SitesSection settings={loaded.settings} />
          <ReadabilitySection settings={loaded.settings} />
          <ScreeningSection settings={loaded.settings} lockedMarkers={loaded.managed.locks.hiddenMarkers} />
          <DataSection />
        </>
      )}
    </main>
  );
}
