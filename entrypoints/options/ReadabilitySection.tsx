import { Switch } from '../../components/Switch';
import { useI18n } from '../../components/i18n';
import { LEVELS, type Level } from '../../lib/readability/levels';
import { isReadabilityOn, readabilityKeyOf } from '../../lib/settings/readability-sites';
import type { Settings } from '../../lib/settings/schema';
import { updateSettings } from '../../lib/settings/store';

/**
 * Leesbaarheid: the level ads should reach (B1 by default: docs/readability.md) and a switch per
 * vacancy site. The check is advice next to the Vacaturecheck, so it follows that pillar's sites.
 */
export function ReadabilitySection({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const sites = settings.sites.filter((site) => site.vacancy);
  const setTarget = (key: 'target' | 'otherTarget', level: Level) =>
    void updateSettings((current) => {
      current.readability[key] = level;
    });
  const setOn = (host: string, on: boolean) =>
    void updateSettings((current) => {
      const rest = current.readability.offSites.filter((off) => off !== host);
      current.readability.offSites = on ? rest : [...rest, host];
    });
  return (
    <section class="ew-card" aria-labelledby="readability-heading" data-testid="readability-options">
      <h2 id="readability-heading">{t('options_readability_heading')}</h2>
      <p class="ew-muted">{t('options_readability_intro')}</p>
      <div class="ew-row">
        {(['target', 'otherTarget'] as const).map((key) => (
          <div class="ew-field" key={key}>
            <label for={`readability-${key}`}>
              {t(key === 'target' ? 'options_readability_target' : 'options_readability_other_target')}
            </label>
            <select
              id={`readability-${key}`}
              data-testid={`readability-${key}`}
              value={settings.readability[key]}
              onChange={(event) => setTarget(key, event.currentTarget.value as Level)}
            >
              {LEVELS.map((level) => (
                <option key={level} value={level}>
                  {level === 'B1' ? t('options_readability_recommended', level) : level}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {sites.length > 0 && (
        <>
          <h3>{t('options_readability_sites')}</h3>
          <div class="readability-sites">
            {sites.map((site) => {
              const host = readabilityKeyOf(site.match);
              return (
                <Switch
                  key={site.match}
                  testId={`readability-site-${host}`}
                  checked={isReadabilityOn(settings, host)}
                  onChange={(on) => setOn(host, on)}
                >
                  {host}
                </Switch>
              );
            })}
          </div>
        </>
      )}
    </section>
  );
}
