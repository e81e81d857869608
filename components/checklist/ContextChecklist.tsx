import { useContext, useState } from 'preact/hooks';
import type { ItemContext } from '../../lib/checklist/pack-schema';
import { CONTEXT_LABELS } from '../../lib/checklist/labels';
import { computeProgress, filterItems } from '../../lib/checklist/progress';
import { isoDay } from '../../lib/checklist/dates';
import { useI18n } from '../i18n';
import { ItemEditor } from './ItemEditor';
import { ProgressMeter } from './ProgressMeter';
import { PriorityBadge, StatusBadge } from './StatusBadge';
import { DashboardOpenerContext } from './open-dashboard';
import type { ChecklistData } from './use-checklist';

/** Which items to show: the ones for where the user is, or all. */
export type ContextChoice = ItemContext | 'all';

/** Contexts that belong together on a page: an applicant page is about screening and interviews. */
export const CONTEXT_GROUPS: Readonly<Record<ContextChoice, readonly ItemContext[] | undefined>> = {
  vacancy: ['vacancy'],
  screening: ['screening', 'interview'],
  interview: ['interview', 'screening'],
  placement: ['placement'],
  general: ['general'],
  all: undefined,
};

const CHOICES: ContextChoice[] = ['vacancy', 'screening', 'placement', 'general', 'all'];

export interface ContextChecklistProps {
  data: ChecklistData;
  initialContext: ContextChoice;
  /** Heading level inside the host page (the side panel has its own h1). */
  headingLevel?: 2 | 3;
}

/**
 * The checklist where the user works (side panel, in-page panel): the active organisation's
 * progress and the items for the chosen context, each editable in place.
 */
export function ContextChecklist({ data, initialContext, headingLevel = 2 }: ContextChecklistProps) {
  const { locale, t } = useI18n();
  const [context, setContext] = useState<ContextChoice>(initialContext);
  const openDashboard = useContext(DashboardOpenerContext);
  const { state, bundled } = data;
  const figures = computeProgress(state.pack, state.progress);
  const contexts = CONTEXT_GROUPS[context];
  const entries = filterItems(state.pack, state.progress, contexts ? { contexts } : {}, isoDay(new Date()));
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  return (
    <div class="cl-context" data-testid="context-checklist">
      <p class="cl-org" data-testid="context-organisation">
        {t('checklist_organisation_active', state.organisation.name)}
      </p>
      <ProgressMeter
        percent={figures.overall.percent}
        label={t('checklist_progress_overall')}
        emptyText={t('checklist_nothing_applies')}
        size="large"
        testId="context-progress"
      />
      <div class="ew-field cl-context-choice">
        <label for="cl-context-select">{t('checklist_context_label')}</label>
        <select
          id="cl-context-select"
          class="ew-input"
          value={context}
          data-testid="context-select"
          onChange={(event) => setContext(event.currentTarget.value as ContextChoice)}
        >
          {CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {choice === 'all' ? t('checklist_context_all') : CONTEXT_LABELS[choice][locale]}
            </option>
          ))}
        </select>
      </div>
      <Heading class="cl-context-heading">{t('checklist_items_count', entries.length)}</Heading>
      <ul class="cl-context-list">
        {entries.map(({ item, status, progress }) => (
          <li key={item.id} data-item-id={item.id}>
            <details>
              <summary>
                <span class="cl-item-title">{item.title[locale]}</span> <PriorityBadge priority={item.priority} locale={locale} />{' '}
                <StatusBadge status={status} locale={locale} />
              </summary>
              <div class="cl-context-body">
                <p class="cl-done-when">
                  <strong>{t('checklist_done_when')}</strong> {item.doneWhen[locale]}
                </p>
                <ItemEditor bundled={bundled} item={item} progress={progress} compact />
                <button type="button" class="cl-link-button" onClick={() => openDashboard(`#/checklist/item/${item.id}`)}>
                  {t('checklist_open_in_dashboard')}
                </button>
              </div>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
