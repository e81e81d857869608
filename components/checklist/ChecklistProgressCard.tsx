import { computeProgress } from '../../lib/checklist/progress';
import { useI18n } from '../i18n';
import { ProgressMeter } from './ProgressMeter';
import { useChecklist } from './use-checklist';
import './checklist.css';

/** The dashboard overview's card: the active organisation's checklist progress, live. */
export function ChecklistProgressCard() {
  const { t } = useI18n();
  const data = useChecklist();
  if (!data) return null;
  const figures = computeProgress(data.state.pack, data.state.progress).overall;
  return (
    <section class="ew-card" aria-labelledby="checklist-card-heading" data-testid="checklist-card">
      <h2 id="checklist-card-heading">{t('checklist_card_heading', data.state.organisation.name)}</h2>
      <ProgressMeter
        percent={figures.percent}
        label={t('checklist_progress_overall')}
        emptyText={t('checklist_nothing_applies')}
        size="large"
      />
      <p>
        {t(
          'checklist_counts',
          figures.counts.done,
          figures.counts['in-progress'],
          figures.counts['not-started'],
          figures.counts['not-applicable'],
        )}{' '}
        {figures.openMust > 0 && <strong>{t('checklist_open_must', figures.openMust)}</strong>}
      </p>
      <a class="ew-button ew-button--secondary" href="#/checklist">
        {t('checklist_card_link')}
      </a>
    </section>
  );
}
