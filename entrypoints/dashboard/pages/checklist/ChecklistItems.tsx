import { formatDay } from '../../../../lib/i18n/format';
import { useState } from 'preact/hooks';
import { useI18n } from '../../../../components/i18n';
import { PriorityBadge, StatusBadge } from '../../../../components/checklist/StatusBadge';
import type { ChecklistData } from '../../../../components/checklist/use-checklist';
import { isoDay } from '../../../../lib/checklist/dates';
import { PRIORITY_LABELS, STATUS_LABELS } from '../../../../lib/checklist/labels';
import { PRIORITIES, type Priority } from '../../../../lib/checklist/pack-schema';
import { filterItems, listOwners, type ChecklistFilter } from '../../../../lib/checklist/progress';
import { ITEM_STATUSES, type ItemStatus } from '../../../../lib/checklist/progress-schema';

const NO_OWNER = '\u0000none';

/** Sections with their items, filtered by priority, status, owner, overdue and words. */
export function ChecklistItems({ data, sectionId }: { data: ChecklistData; sectionId: string }) {
  const { locale, t } = useI18n();
  const { state } = data;
  const [priority, setPriority] = useState<Priority | ''>('');
  const [status, setStatus] = useState<ItemStatus | ''>('');
  const [owner, setOwner] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [query, setQuery] = useState('');
  const [section, setSection] = useState(sectionId);

  const filter: ChecklistFilter = { query, overdueOnly };
  if (priority) filter.priorities = [priority];
  if (status) filter.statuses = [status];
  if (owner) filter.owner = owner === NO_OWNER ? null : owner;
  if (section) filter.sectionIds = [section];
  const entries = filterItems(state.pack, state.progress, filter, isoDay(new Date()));
  const owners = listOwners(state.progress);
  const sections = state.pack.sections.filter((candidate) => entries.some((entry) => entry.section.id === candidate.id));

  return (
    <>
      <form class="cl-filters ew-card" role="search" aria-label={t('checklist_filters_label')} onSubmit={(event) => event.preventDefault()}>
        <div class="ew-field">
          <label for="cl-search">{t('checklist_search')}</label>
          <input
            id="cl-search"
            type="search"
            class="ew-input"
            value={query}
            data-testid="filter-search"
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
        </div>
        <div class="ew-field">
          <label for="cl-filter-section">{t('checklist_filter_section')}</label>
          <select id="cl-filter-section" class="ew-input" value={section} onChange={(event) => setSection(event.currentTarget.value)}>
            <option value="">{t('checklist_filter_any')}</option>
            {state.pack.sections.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.title[locale]}
              </option>
            ))}
          </select>
        </div>
        <div class="ew-field">
          <label for="cl-filter-priority">{t('checklist_filter_priority')}</label>
          <select
            id="cl-filter-priority"
            class="ew-input"
            value={priority}
            data-testid="filter-priority"
            onChange={(event) => setPriority(event.currentTarget.value as Priority | '')}
          >
            <option value="">{t('checklist_filter_any')}</option>
            {PRIORITIES.map((value) => (
              <option key={value} value={value}>
                {PRIORITY_LABELS[value][locale]}
              </option>
            ))}
          </select>
        </div>
        <div class="ew-field">
          <label for="cl-filter-status">{t('checklist_filter_status')}</label>
          <select
            id="cl-filter-status"
            class="ew-input"
            value={status}
            data-testid="filter-status"
            onChange={(event) => setStatus(event.currentTarget.value as ItemStatus | '')}
          >
            <option value="">{t('checklist_filter_any')}</option>
            {ITEM_STATUSES.map((value) => (
              <option key={value} value={value}>
                {STATUS_LABELS[value][locale]}
              </option>
            ))}
          </select>
        </div>
        <div class="ew-field">
          <label for="cl-filter-owner">{t('checklist_filter_owner')}</label>
          <select
            id="cl-filter-owner"
            class="ew-input"
            value={owner}
            data-testid="filter-owner"
            onChange={(event) => setOwner(event.currentTarget.value)}
          >
            <option value="">{t('checklist_filter_any')}</option>
            <option value={NO_OWNER}>{t('checklist_filter_no_owner')}</option>
            {owners.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <label class="ew-switch">
          <input
            type="checkbox"
            checked={overdueOnly}
            data-testid="filter-overdue"
            onChange={(event) => setOverdueOnly(event.currentTarget.checked)}
          />
          <span>{t('checklist_filter_overdue')}</span>
        </label>
      </form>
      <p role="status" data-testid="filter-count">
        {t('checklist_items_count', entries.length)}
      </p>
      {sections.map((candidate) => (
        <section key={candidate.id} class="ew-card" aria-labelledby={`cl-section-${candidate.id}`}>
          <h2 id={`cl-section-${candidate.id}`}>{candidate.title[locale]}</h2>
          {candidate.description && <p class="ew-muted">{candidate.description[locale]}</p>}
          <table class="ew-table cl-item-table">
            <thead>
              <tr>
                <th scope="col">{t('checklist_col_item')}</th>
                <th scope="col">{t('checklist_filter_priority')}</th>
                <th scope="col">{t('checklist_filter_status')}</th>
                <th scope="col">{t('checklist_filter_owner')}</th>
                <th scope="col">{t('checklist_field_due')}</th>
              </tr>
            </thead>
            <tbody>
              {entries
                .filter((entry) => entry.section.id === candidate.id)
                .map(({ item, status: itemStatus, progress, overdue }) => (
                  <tr key={item.id} data-item-id={item.id}>
                    <td>
                      <a href={`#/checklist/item/${item.id}`}>{item.title[locale]}</a>
                    </td>
                    <td>
                      <PriorityBadge priority={item.priority} locale={locale} />
                    </td>
                    <td>
                      <StatusBadge status={itemStatus} locale={locale} />
                    </td>
                    <td>{progress?.owner ?? ''}</td>
                    <td>
                      {progress?.dueDate ? formatDay(progress.dueDate, locale) : ''}
                      {overdue && <strong class="cl-overdue"> {t('checklist_overdue')}</strong>}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
