import { useI18n } from '../../components/i18n';
import { ManagedNote } from '../../components/ManagedNote';
import type { LanguagePreference, Settings } from '../../lib/settings/schema';
import { updateSettings } from '../../lib/settings/store';

const CHOICES: { value: LanguagePreference; label: 'options_language_browser' | 'options_language_nl' | 'options_language_en' }[] = [
  { value: 'browser', label: 'options_language_browser' },
  { value: 'nl', label: 'options_language_nl' },
  { value: 'en', label: 'options_language_en' },
];

export function LanguageSection({ settings, locked }: { settings: Settings; locked: boolean }) {
  const { t } = useI18n();
  return (
    <section class="ew-card" aria-labelledby="language-heading">
      <h2 id="language-heading">{t('options_language_heading')}</h2>
      <fieldset class="language-options">
        <legend class="ew-visually-hidden">{t('options_language_heading')}</legend>
        {CHOICES.map(({ value, label }) => (
          <label key={value}>
            <input
              type="radio"
              name="language"
              value={value}
              checked={settings.language === value}
              disabled={locked}
              onChange={() => void updateSettings((current) => ({ ...current, language: value }))}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      {locked && <ManagedNote testId="language-managed" />}
    </section>
  );
}
