import { ManagedNote } from '../../components/ManagedNote';
import { Switch } from '../../components/Switch';
import { useI18n } from '../../components/i18n';
import { CATEGORY_LABELS, MARKER_CATEGORIES, type MarkerCategory } from '../../lib/blinding/categories';
import type { Settings } from '../../lib/settings/schema';
import { updateSettings } from '../../lib/settings/store';

/**
 * Blind screenen options (docs/decisions.md#hide-every-marker-by-default): which kinds of identity
 * marker to hide (all on by default; a category missing from `settings.screening.hidden` is hidden;
 * the organisation's policy can lock some on) and the sites where screening is paused. Resuming
 * here is not logged per site: the content script logs its own pauses.
 */
export function ScreeningSection({ settings, lockedMarkers }: { settings: Settings; lockedMarkers: readonly MarkerCategory[] }) {
  const { t, locale } = useI18n();
  const paused = settings.screening.pausedSites;
  return (
    <section class="ew-card" aria-labelledby="screening-heading" data-testid="screening-options">
      <h2 id="screening-heading">{t('dashboard_screening_options_heading')}</h2>
      <p class="ew-muted">{t('dashboard_screening_options_intro')}</p>
      <div class="screening-categories">
        {MARKER_CATEGORIES.map((category) => (
          <Switch
            key={category}
            testId={`screening-hide-${category}`}
            checked={settings.screening.hidden[category] !== false}
            disabled={lockedMarkers.includes(category)}
            description={lockedMarkers.includes(category) ? t('common_set_by_organisation') : undefined}
            onChange={(checked) =>
              void updateSettings((current) => {
                current.screening.hidden[category] = checked;
              })
            }
          >
            {CATEGORY_LABELS[category][locale]}
          </Switch>
        ))}
      </div>
      {lockedMarkers.length > 0 && <ManagedNote testId="markers-managed" />}
      {paused.length > 0 && (
        <p>
          {t('dashboard_screening_options_paused', paused.join(', '))}{' '}
          <button
            type="button"
            class="ew-button ew-button--secondary"
            onClick={() =>
              void updateSettings((current) => {
                current.screening.pausedSites = [];
              })
            }
          >
            {t('dashboard_screening_options_resume_all')}
          </button>
        </p>
      )}
    </section>
  );
}
