import { useState } from 'preact/hooks';
import { useI18n } from '../../../../components/i18n';
import { ItemEditor } from '../../../../components/checklist/ItemEditor';
import { PriorityBadge, StatusBadge } from '../../../../components/checklist/StatusBadge';
import type { ChecklistData } from '../../../../components/checklist/use-checklist';
import { useLiveQuery } from '../../../../components/use-live-query';
import { isoDay } from '../../../../lib/checklist/dates';
import { describePeriod, evidenceForItem, resolvePeriod, type EvidencePeriod } from '../../../../lib/checklist/evidence';
import { BASIS_LABELS, CONTEXT_LABELS, METRIC_LABELS } from '../../../../lib/checklist/labels';
import { findItem } from '../../../../lib/checklist/pack-schema';
import { getDatabase } from '../../../../lib/db/database';

const PERIODS: Record<string, EvidencePeriod> = {
  month: { kind: 'this-month' },
  '30': { kind: 'last-days', days: 30 },
  '90': { kind: 'last-days', days: 90 },
  '365': { kind: 'last-days', days: 365 },
};

/** Figures recorded by the vacancy check and blind screening, for items that have a metric. */
function RecordedEvidence({ data, itemId }: { data: ChecklistData; itemId: string }) {
  const { locale, t } = useI18n();
  const [periodKey, setPeriodKey] = useState('90');
  const today = isoDay(new Date());
  const period = PERIODS[periodKey] ?? { kind: 'this-month' };
  const range = resolvePeriod(period, today);
  const rows = useLiveQuery(
    () => getDatabase().activity.where('day').between(range.from, range.to, true, true).toArray(),
    [range.from, range.to],
  );
  const found = findItem(data.state.pack, itemId);
  if (!found?.item.metric) return null;
  const figure = rows ? evidenceForItem(found.item, rows, period, today) : undefined;
  return (
    <section class="ew-card" aria-labelledby="cl-recorded-heading" data-testid="recorded-evidence">
      <h2 id="cl-recorded-heading">{t('checklist_recorded_heading')}</h2>
      <p class="ew-muted">{t('checklist_recorded_intro', METRIC_LABELS[found.item.metric][locale])}</p>
      <div class="ew-field">
        <label for="cl-period">{t('checklist_period')}</label>
        <select
          id="cl-period"
          class="ew-input"
          value={periodKey}
          data-testid="evidence-period"
          onChange={(event) => setPeriodKey(event.currentTarget.value)}
        >
          {Object.entries(PERIODS).map(([key, value]) => (
            <option key={key} value={key}>
              {describePeriod(value, today)[locale]}
            </option>
          ))}
        </select>
      </div>
      {figure && (
        <p data-testid="evidence-figure">
          <strong>{figure.label[locale]}</strong> ({range.from} – {range.to}){figure.detail && <>. {figure.detail[locale]}</>}
        </p>
      )}
    </section>
  );
}

/** One item: why it matters, when it is done, its sources, recorded figures, and its progress. */
export function ChecklistItemDetail({ data, itemId }: { data: ChecklistData; itemId: string }) {
  const { locale, t } = useI18n();
  const found = findItem(data.state.pack, itemId);
  if (!found) {
    return (
      <p class="ew-alert ew-alert--warn" data-testid="item-not-found">
        {t('checklist_item_not_found')} <a href="#/checklist/lijst">{t('checklist_tab_items')}</a>
      </p>
    );
  }
  const { item, section } = found;
  const progress = data.state.progress[item.id];
  return (
    <article aria-labelledby="cl-item-heading" data-testid="item-detail">
      <p>
        <a href="#/checklist/lijst">← {t('checklist_back_to_list')}</a>
      </p>
      <h2 id="cl-item-heading">{item.title[locale]}</h2>
      <div class="cl-detail-meta">
        <PriorityBadge priority={item.priority} locale={locale} />
        <StatusBadge status={progress?.status ?? 'not-started'} locale={locale} />
        <span class="ew-muted">
          {section.title[locale]} · {BASIS_LABELS[item.basis][locale]} ·{' '}
          {item.contexts.map((context) => CONTEXT_LABELS[context][locale]).join(', ')}
        </span>
      </div>
      <div class="cl-detail-grid">
        <div>
          <section class="ew-card" aria-labelledby="cl-done-heading">
            <h3 id="cl-done-heading">{t('checklist_done_when')}</h3>
            <p>{item.doneWhen[locale]}</p>
            <h3>{t('checklist_why')}</h3>
            <p>{item.why[locale]}</p>
            <h3>{t('checklist_evidence_counts')}</h3>
            <p>{item.evidence[locale]}</p>
            <h3>{t('checklist_sources')}</h3>
            <ul data-testid="item-sources">
              {item.sources.map((source) => (
                <li key={source.label}>
                  {source.url ? (
                    <a href={source.url} target="_blank" rel="noopener noreferrer">
                      {source.label}
                    </a>
                  ) : (
                    source.label
                  )}
                </li>
              ))}
            </ul>
          </section>
          <RecordedEvidence data={data} itemId={item.id} />
        </div>
        <section class="ew-card" aria-labelledby="cl-progress-heading">
          <h3 id="cl-progress-heading">{t('checklist_your_progress')}</h3>
          <ItemEditor key={item.id} bundled={data.bundled} item={item} progress={progress} />
        </section>
      </div>
    </article>
  );
}
