import { formatDay } from '../../../../lib/i18n/format';
import { useI18n } from '../../../../components/i18n';
import { ProgressMeter } from '../../../../components/checklist/ProgressMeter';
import { PriorityBadge, StatusBadge } from '../../../../components/checklist/StatusBadge';
import type { ChecklistData } from '../../../../components/checklist/use-checklist';
import { isoDay } from '../../../../lib/checklist/dates';
import { ACTION_REASON_LABELS } from '../../../../lib/checklist/labels';
import { computeProgress, nextBestActions } from '../../../../lib/checklist/progress';
import { ReviewReminder } from './ReviewReminder';

/** Where the active organisation stands: overall, per section, and what to do next. */
export function ChecklistOverview({ data }: { data: ChecklistData }) {
  const { locale, t } = useI18n();
  const { state } = data;
  const today = isoDay(new Date());
  const figures = computeProgress(state.pack, state.progress);
  const actions = nextBestActions(state.pack, state.progress, today, 5);
  const counts = figures.overall.counts;

  return (
    <>
      <section class="ew-card" aria-labelledby="cl-overall-heading">
        <h2 id="cl-overall-heading">{t('checklist_overall_heading', state.organisation.name)}</h2>
        <p class="ew-muted">
          {state.pack.name[locale]} · {t('checklist_pack_version', state.pack.version)}
        </p>
        <ProgressMeter
          percent={figures.overall.percent}
          label={t('checklist_progress_overall')}
          emptyText={t('checklist_nothing_applies')}
          size="large"
          testId="overall-progress"
        />
        <p data-testid="overall-counts">
          {t('checklist_counts', counts.done, counts['in-progress'], counts['not-started'], counts['not-applicable'])}{' '}
          {figures.overall.openMust > 0 && <strong>{t('checklist_open_must', figures.overall.openMust)}</strong>}
        </p>
        <p class="ew-muted">{t('checklist_weighting_explained')}</p>
      </section>

      <section class="ew-card" aria-labelledby="cl-next-heading">
        <h2 id="cl-next-heading">{t('checklist_next_heading')}</h2>
        {actions.length === 0 ? (
          <p>{t('checklist_next_none')}</p>
        ) : (
          <ol class="cl-actions" data-testid="next-actions">
            {actions.map((action) => (
              <li key={action.item.id}>
                <a href={`#/checklist/item/${action.item.id}`}>{action.item.title[locale]}</a>{' '}
                <PriorityBadge priority={action.item.priority} locale={locale} /> <StatusBadge status={action.status} locale={locale} />
                <br />
                <span class="ew-muted">
                  {ACTION_REASON_LABELS[action.reason][locale]}
                  {action.dueDate && ` · ${t('checklist_due_on', formatDay(action.dueDate, locale))}`}
                  {action.overdue && ` · ${t('checklist_overdue')}`}
                  {action.owner && ` · ${action.owner}`}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section class="ew-card" aria-labelledby="cl-sections-heading">
        <h2 id="cl-sections-heading">{t('checklist_sections_heading')}</h2>
        <ul class="cl-sections" data-testid="section-progress">
          {state.pack.sections.map((section, index) => {
            const sectionFigures = figures.sections[index];
            return (
              <li key={section.id} data-section-id={section.id}>
                <a href={`#/checklist/lijst?sectie=${section.id}`}>{section.title[locale]}</a>
                <ProgressMeter
                  percent={sectionFigures?.percent ?? null}
                  label={t('checklist_progress_section', section.title[locale])}
                  emptyText={t('checklist_nothing_applies')}
                />
                <span class="ew-muted">{t('checklist_done_of', sectionFigures?.counts.done ?? 0, section.items.length)}</span>
              </li>
            );
          })}
        </ul>
      </section>

      <ReviewReminder />
    </>
  );
}
