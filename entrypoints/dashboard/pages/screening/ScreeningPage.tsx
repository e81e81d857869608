import { formatMoment } from '../../../../lib/i18n/format';
import { useMemo, useState } from 'preact/hooks';
import { useI18n } from '../../../../components/i18n';
import { downloadCsv } from '../../../../components/screening/download-csv';
import { useLiveQuery } from '../../../../components/use-live-query';
import { LOG_KINDS, toCsv } from '../../../../lib/blinding/scoring';
import { getDatabase } from '../../../../lib/db/database';
import { filterLog, logCounts, type LogFilter } from '../../../../lib/screening-store/log-view';
import { readLog } from '../../../../lib/screening-store/screening-records';

/**
 * Blind screenen in the dashboard (docs/decisions.md#screening-log): every decision, reveal and
 * pause, with filters, counts and a CSV export (RFC 4180, formula-safe, from the core's toCsv).
 * Only pseudonyms: the log never holds a name.
 */
export function ScreeningPage() {
  const { t, locale } = useI18n();
  const log = useLiveQuery(() => readLog(getDatabase()));
  const [filter, setFilter] = useState<LogFilter>({});
  const rows = useMemo(() => filterLog(log ?? [], filter), [log, filter]);
  const counts = logCounts(log ?? []);
  const sites = [...new Set((log ?? []).map((row) => row.site))].sort();
  const kindLabel = (kind: string) => t(`screening_kind_${kind}` as 'screening_kind_reveal');
  const exportCsv = () => {
    const entries = rows.map(({ id: _id, pseudonym, ...rest }) => ({ ...rest, pseudonym: pseudonym ?? '' }));
    downloadCsv(`blind-screenen-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(entries));
  };

  return (
    <>
      <p class="ew-muted">{t('dashboard_screening_page_intro')}</p>
      <div class="stat-grid" data-testid="screening-stats">
        <div class="stat">
          <span class="stat-value" data-testid="screening-stat-decided">
            {counts.decisions}
          </span>
          <span class="stat-label">{t('dashboard_screening_stat_decided')}</span>
        </div>
        <div class="stat">
          <span class="stat-value" data-testid="screening-stat-overrides">
            {counts.overrides}
          </span>
          <span class="stat-label">{t('dashboard_screening_stat_overrides')}</span>
        </div>
        <div class="stat">
          <span class="stat-value" data-testid="screening-stat-pauses">
            {counts.pauses}
          </span>
          <span class="stat-label">{t('dashboard_screening_stat_pauses')}</span>
        </div>
      </div>
      <div class="ew-card screening-filters" role="group" aria-label={t('dashboard_screening_filter_kind')}>
        <label>
          {t('dashboard_screening_filter_site')}{' '}
          <select value={filter.site ?? ''} onChange={(event) => setFilter({ ...filter, site: event.currentTarget.value || undefined })}>
            <option value="">{t('dashboard_screening_filter_all')}</option>
            {sites.map((site) => (
              <option key={site} value={site}>
                {site}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('dashboard_screening_filter_kind')}{' '}
          <select
            value={filter.kind ?? ''}
            data-testid="screening-filter-kind"
            onChange={(event) => setFilter({ ...filter, kind: (event.currentTarget.value || undefined) as LogFilter['kind'] })}
          >
            <option value="">{t('dashboard_screening_filter_all')}</option>
            {LOG_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('dashboard_screening_filter_from')}{' '}
          <input
            type="date"
            value={filter.from ?? ''}
            onChange={(event) => setFilter({ ...filter, from: event.currentTarget.value || undefined })}
          />
        </label>{' '}
        <button type="button" class="ew-button" onClick={exportCsv} disabled={rows.length === 0}>
          {t('dashboard_screening_export_csv')}
        </button>
      </div>
      {rows.length === 0 ? (
        <p data-testid="screening-log-empty">{t('dashboard_screening_log_empty')}</p>
      ) : (
        <div class="ew-table-wrap">
          <table class="ew-table" data-testid="screening-log">
            <caption>{t('dashboard_screening_log_caption', rows.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard_screening_col_at')}</th>
                <th scope="col">{t('dashboard_screening_col_site')}</th>
                <th scope="col">{t('dashboard_screening_col_pseudonym')}</th>
                <th scope="col">{t('dashboard_screening_col_kind')}</th>
                <th scope="col">{t('dashboard_screening_col_decision')}</th>
                <th scope="col">{t('dashboard_screening_col_reason')}</th>
                <th scope="col">{t('dashboard_screening_col_override')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>{formatMoment(row.at, locale)}</td>
                  <td>{row.site}</td>
                  <td>{row.pseudonym === undefined ? '' : row.pseudonym.replace(/^Kandidaat/u, t('screening_panel_applicant'))}</td>
                  <td>{kindLabel(row.kind)}</td>
                  <td>{row.decision === undefined ? '' : t(`screening_decision_${row.decision}` as 'screening_decision_invite')}</td>
                  <td>{row.reason ?? ''}</td>
                  <td>{row.override ? t('dashboard_screening_yes') : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
