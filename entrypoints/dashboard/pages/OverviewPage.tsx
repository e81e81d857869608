import { ChecklistProgressCard } from '../../../components/checklist/ChecklistProgressCard';
import { useI18n } from '../../../components/i18n';
import { useLiveQuery } from '../../../components/use-live-query';
import { activityTotals, localDay } from '../../../lib/db/activity';
import { getDatabase } from '../../../lib/db/database';

/** First day of the current month, as "YYYY-MM-01". */
function monthStart(now = new Date()): string {
  return `${localDay(now).slice(0, 8)}01`;
}

export function OverviewPage() {
  const { t } = useI18n();
  const totals = useLiveQuery(() => activityTotals(getDatabase(), monthStart(), localDay()));

  return (
    <>
      <p class="ew-muted">{t('overview_intro')}</p>
      <h2>{t('overview_this_month')}</h2>
      <div class="stat-grid" data-testid="overview-stats">
        <div class="stat">
          <span class="stat-value" data-testid="stat-vacancies">
            {totals?.['vacancies-checked'] ?? 0}
          </span>
          <span class="stat-label">{t('overview_stat_vacancies')}</span>
        </div>
        <div class="stat">
          <span class="stat-value" data-testid="stat-screened">
            {totals?.['applicants-screened-blind'] ?? 0}
          </span>
          <span class="stat-label">{t('overview_stat_screened')}</span>
        </div>
        <div class="stat">
          <span class="stat-value">{totals?.['decided-before-reveal'] ?? 0}</span>
          <span class="stat-label">{t('overview_stat_decided')}</span>
        </div>
      </div>
      <ChecklistProgressCard />
      <h2>{t('overview_pillars')}</h2>
      <div class="pillar-grid">
        <section class="ew-card" aria-labelledby="pillar-vacancy">
          <h3 id="pillar-vacancy">{t('pillar_vacancy')}</h3>
          <p>{t('overview_vacancy_text')}</p>
          <p>
            <a href="#/vacatures">{t('dashboard_vacancy_overview_link')}</a>
          </p>
        </section>
        <section class="ew-card" aria-labelledby="pillar-screening">
          <h3 id="pillar-screening">{t('pillar_screening')}</h3>
          <p>{t('overview_screening_text')}</p>
          <p>
            <a href="#/screening">{t('overview_screening_link')}</a>
          </p>
        </section>
        <section class="ew-card" aria-labelledby="pillar-checklist">
          <h3 id="pillar-checklist">{t('pillar_checklist')}</h3>
          <p>{t('overview_checklist_text')}</p>
          <p>
            <a href="#/checklist">{t('overview_checklist_link')}</a>
          </p>
        </section>
      </div>
    </>
  );
}
