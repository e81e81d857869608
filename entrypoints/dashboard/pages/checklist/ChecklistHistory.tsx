import { useMemo, useState } from 'preact/hooks';
import { useI18n } from '../../../../components/i18n';
import type { ChecklistData } from '../../../../components/checklist/use-checklist';
import { useLiveQuery } from '../../../../components/use-live-query';
import { addDays, isoDay } from '../../../../lib/checklist/dates';
import { progressSeries } from '../../../../lib/checklist/history';
import { readHistory } from '../../../../lib/checklist-store/snapshots';
import { getDatabase } from '../../../../lib/db/database';
import { HistoryChart, SERIES_COLOURS } from './HistoryChart';

const RANGES = ['30', '90', '365', 'all'] as const;
type Range = (typeof RANGES)[number];

function percentText(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : `${Math.round(value)}%`;
}

/** Progress over time per section: a chart, its legend, and the same figures as a table. */
export function ChecklistHistory({ data }: { data: ChecklistData }) {
  const { locale, t } = useI18n();
  const { state } = data;
  const [range, setRange] = useState<Range>('365');
  const [showTable, setShowTable] = useState(false);
  const history = useLiveQuery(() => readHistory(getDatabase(), state.organisation.id), [state.organisation.id]);
  const today = isoDay(new Date());
  const series = useMemo(
    () =>
      history
        ? progressSeries(state.pack, history, state.organisation.id, {
            until: today,
            ...(range === 'all' ? {} : { from: addDays(today, -Number(range)) }),
          })
        : undefined,
    [history, state.pack, state.organisation.id, range, today],
  );

  if (!series) return <p role="status">{t('common_loading')}</p>;
  const first = series.days[0];
  const last = series.days.at(-1);

  return (
    <>
      <section class="ew-card" aria-labelledby="cl-history-heading">
        <h2 id="cl-history-heading">{t('checklist_history_heading', state.organisation.name)}</h2>
        <div class="ew-field">
          <label for="cl-history-range">{t('checklist_period')}</label>
          <select id="cl-history-range" class="ew-input" value={range} onChange={(event) => setRange(event.currentTarget.value as Range)}>
            {RANGES.map((value) => (
              <option key={value} value={value}>
                {value === 'all' ? t('checklist_history_all') : t('checklist_history_last_days', value)}
              </option>
            ))}
          </select>
        </div>
        {series.x.length === 0 ? (
          <p data-testid="history-empty">{t('checklist_history_empty')}</p>
        ) : (
          <>
            <HistoryChart
              series={series}
              locale={locale}
              overallLabel={t('checklist_progress_overall')}
              description={t('checklist_history_chart_label', first ?? '', last ?? '', percentText(series.overall.at(-1)))}
            />
            <ul class="cl-chart-legend" aria-label={t('checklist_history_legend')}>
              <li>
                <span aria-hidden="true" style={{ background: '#1b2430', height: '0.35rem' }} />
                {t('checklist_progress_overall')}
              </li>
              {series.sections.map((section, index) => (
                <li key={section.sectionId}>
                  <span aria-hidden="true" style={{ background: SERIES_COLOURS[index % SERIES_COLOURS.length] }} />
                  {section.title[locale]}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {series.x.length > 0 && (
        <section class="ew-card" aria-labelledby="cl-history-table-heading">
          <h2 id="cl-history-table-heading">{t('checklist_history_table')}</h2>
          <button
            type="button"
            class="ew-button ew-button--secondary"
            aria-expanded={showTable}
            data-testid="history-table-toggle"
            onClick={() => setShowTable(!showTable)}
          >
            {showTable ? t('checklist_history_table_hide') : t('checklist_history_table_show')}
          </button>
          {showTable && (
            <div class="cl-table-scroll" tabIndex={0} role="region" aria-labelledby="cl-history-table-heading">
              <table class="ew-table" data-testid="history-table">
                <caption class="ew-visually-hidden">{t('checklist_history_table')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('checklist_day')}</th>
                    <th scope="col">{t('checklist_progress_overall')}</th>
                    {series.sections.map((section) => (
                      <th scope="col" key={section.sectionId}>
                        {section.title[locale]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {series.days.map((day, index) => (
                    <tr key={`${day}-${index}`}>
                      <th scope="row">{day}</th>
                      <td>{percentText(series.overall[index])}</td>
                      {series.sections.map((section) => (
                        <td key={section.sectionId}>{percentText(section.values[index])}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </>
  );
}
