import { useState } from 'preact/hooks';
import { useI18n } from '../../../../components/i18n';
import { useLiveQuery } from '../../../../components/use-live-query';
import { getDatabase } from '../../../../lib/db/database';
import { GROUNDS, SEVERITIES } from '../../../../lib/schema/grounds';
import { groundLabelKey } from '../../../../lib/wording/ground-info';
import { loadVacancyActivity, PERIODS, type Period } from './vacancy-stats';

const PERIOD_LABELS = {
  month: 'dashboard_vacancy_page_period_month',
  'days-90': 'dashboard_vacancy_page_period_90_days',
  year: 'dashboard_vacancy_page_period_year',
} as const;

/** Vacancies checked, findings per ground and severity, and findings fixed, for a chosen period. */
export function VacancyActivitySection() {
  const { t } = useI18n();
  const [period, setPeriod] = useState<Period>('month');
  const activity = useLiveQuery(() => loadVacancyActivity(getDatabase(), period), [period]);
  const grounds = GROUNDS.filter((g) => activity && (activity.byGround[g].found > 0 || activity.byGround[g].fixed > 0));

  return (
    <section aria-labelledby="vacancy-activity-title" class="vacancy-section">
      <div class="ew-row vacancy-heading-row">
        <h2 id="vacancy-activity-title">{t('dashboard_vacancy_page_activity')}</h2>
        <label class="ew-row vacancy-period">
          {t('dashboard_vacancy_page_period')}
          <select data-testid="vacancy-period" value={period} onChange={(event) => setPeriod(event.currentTarget.value as Period)}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(PERIOD_LABELS[p])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="stat-grid" data-testid="vacancy-stats" aria-live="polite">
        <div class="stat">
          <span class="stat-value" data-testid="vacancy-stat-checked">
            {activity?.checked ?? 0}
          </span>
          <span class="stat-label">{t('dashboard_vacancy_page_stat_checked')}</span>
        </div>
        <div class="stat">
          <span class="stat-value" data-testid="vacancy-stat-found">
            {activity?.found ?? 0}
          </span>
          <span class="stat-label">{t('dashboard_vacancy_page_stat_found')}</span>
        </div>
        <div class="stat">
          <span class="stat-value" data-testid="vacancy-stat-fixed">
            {activity?.fixed ?? 0}
          </span>
          <span class="stat-label">{t('dashboard_vacancy_page_stat_fixed')}</span>
        </div>
      </div>
      {activity && activity.checked === 0 && activity.fixed === 0 ? (
        <p data-testid="vacancy-activity-empty">{t('dashboard_vacancy_page_activity_empty')}</p>
      ) : null}
      {grounds.length > 0 ? (
        <div class="vacancy-tables">
          <div class="ew-table-wrap">
            <table class="ew-table" data-testid="vacancy-by-ground">
              <caption>{t('dashboard_vacancy_page_by_ground')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard_vacancy_page_col_ground')}</th>
                  <th scope="col" class="num">
                    {t('dashboard_vacancy_page_col_found')}
                  </th>
                  <th scope="col" class="num">
                    {t('dashboard_vacancy_page_col_fixed')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {grounds.map((g) => (
                  <tr key={g} data-ground={g}>
                    <th scope="row">{t(groundLabelKey(g))}</th>
                    <td class="num">{activity?.byGround[g].found ?? 0}</td>
                    <td class="num">{activity?.byGround[g].fixed ?? 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="ew-table-wrap">
            <table class="ew-table" data-testid="vacancy-by-severity">
              <caption>{t('dashboard_vacancy_page_by_severity')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard_vacancy_page_col_severity')}</th>
                  <th scope="col" class="num">
                    {t('dashboard_vacancy_page_col_found')}
                  </th>
                  <th scope="col" class="num">
                    {t('dashboard_vacancy_page_col_fixed')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {SEVERITIES.map((s) => (
                  <tr key={s} data-severity={s}>
                    <th scope="row">
                      <span class={`vacancy-chip vacancy-chip--${s}`}>{t(`vacancy_severity_${s}`)}</span>
                    </th>
                    <td class="num">{activity?.bySeverity[s].found ?? 0}</td>
                    <td class="num">{activity?.bySeverity[s].fixed ?? 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
    </section>
  );
}
