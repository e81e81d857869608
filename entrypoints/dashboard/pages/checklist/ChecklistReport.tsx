import { formatDay } from '../../../../lib/i18n/format';
import { useState } from 'preact/hooks';
import { useI18n } from '../../../../components/i18n';
import type { ChecklistData } from '../../../../components/checklist/use-checklist';
import { useLiveQuery } from '../../../../components/use-live-query';
import { isoDay } from '../../../../lib/checklist/dates';
import { describePeriod, evidenceForPack, resolvePeriod, type EvidencePeriod } from '../../../../lib/checklist/evidence';
import { buildReport, type ReportFigures } from '../../../../lib/checklist/report';
import { getDatabase } from '../../../../lib/db/database';
import type { Locale } from '../../../../lib/i18n/locale';
import { translate } from '../../../../lib/i18n/translate';

const PERIOD: EvidencePeriod = { kind: 'last-days', days: 90 };

function figuresText(figures: ReportFigures, locale: Locale): string {
  const percent = figures.percent === null ? '–' : `${Math.round(figures.percent)}%`;
  return translate(locale, 'checklist_report_figures', percent, figures.done, figures.total, figures.inProgress, figures.notApplicable);
}

/**
 * The printable report (#/checklist/rapport) in Dutch or English, chosen here regardless of the
 * interface language: the browser's print dialog saves it as PDF.
 */
export function ChecklistReport({ data }: { data: ChecklistData }) {
  const { locale: uiLocale, t } = useI18n();
  const [locale, setLocale] = useState<Locale>(uiLocale);
  const { state } = data;
  const today = isoDay(new Date());
  const range = resolvePeriod(PERIOD, today);
  const extra = useLiveQuery(async () => {
    const db = getDatabase();
    return {
      activity: await db.activity.where('day').between(range.from, range.to, true, true).toArray(),
      archive: await db.checklistArchive.where('[organisationId+packId]').equals([state.organisation.id, state.pack.id]).toArray(),
    };
  }, [state.organisation.id, state.pack.id, range.from]);
  if (!extra) return <p role="status">{t('common_loading')}</p>;

  const report = buildReport({
    pack: state.pack,
    progress: state.progress,
    organisation: state.organisation,
    locale,
    today,
    archive: extra.archive,
    evidence: evidenceForPack(state.pack, extra.activity, PERIOD, today),
    evidencePeriod: describePeriod(PERIOD, today),
  });
  const r = (key: Parameters<typeof translate>[1], ...values: (string | number)[]) => translate(locale, key, ...values);

  return (
    <>
      <div class="ew-row cl-no-print ew-card">
        <div class="ew-field">
          <label for="cl-report-language">{t('checklist_report_language')}</label>
          <select
            id="cl-report-language"
            class="ew-input"
            value={locale}
            data-testid="report-language"
            onChange={(event) => setLocale(event.currentTarget.value as Locale)}
          >
            <option value="nl" lang="nl">
              Nederlands
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </div>
        <button type="button" class="ew-button" onClick={() => window.print()} data-testid="report-print">
          {t('checklist_report_print')}
        </button>
        <span class="ew-muted">{t('checklist_report_pdf_hint')}</span>
      </div>
      <article class="cl-report" lang={locale} data-testid="report" aria-labelledby="cl-report-title">
        <h2 id="cl-report-title">{r('checklist_report_title', report.organisationName)}</h2>
        <p>
          {report.pack.name} {report.pack.version} · {report.pack.publisher} · {report.pack.licence}
          <br />
          {r('checklist_report_generated', formatDay(report.generatedOn, report.locale))}
          {report.evidencePeriod && ` · ${r('checklist_report_evidence_period', report.evidencePeriod)}`}
        </p>
        <p data-testid="report-overall">
          <strong>{figuresText(report.overall, locale)}</strong>
          {report.overall.openMust > 0 && ` · ${r('checklist_open_must', report.overall.openMust)}`}
        </p>

        <h2>{r('checklist_next_heading')}</h2>
        {report.openActions.length === 0 ? (
          <p>{r('checklist_next_none')}</p>
        ) : (
          <ol>
            {report.openActions.map((action) => (
              <li key={action.itemId}>
                {action.title} ({action.sectionTitle}) · {action.reason}
                {action.dueDate && ` · ${r('checklist_due_on', formatDay(action.dueDate, report.locale))}`}
                {action.owner && ` · ${action.owner}`}
              </li>
            ))}
          </ol>
        )}

        {report.sections.map((section) => (
          <section key={section.id} aria-labelledby={`cl-report-${section.id}`}>
            <h2 id={`cl-report-${section.id}`}>{section.title}</h2>
            <p>{figuresText(section.figures, locale)}</p>
            <table class="ew-table">
              <thead>
                <tr>
                  <th scope="col">{r('checklist_col_item')}</th>
                  <th scope="col">{r('checklist_filter_priority')}</th>
                  <th scope="col">{r('checklist_filter_status')}</th>
                  <th scope="col">{r('checklist_report_col_details')}</th>
                </tr>
              </thead>
              <tbody>
                {section.items.map((item) => (
                  <tr key={item.id}>
                    <td>{item.title}</td>
                    <td>{item.priorityLabel}</td>
                    <td>
                      {item.statusLabel}
                      {item.overdue && ` · ${r('checklist_overdue')}`}
                    </td>
                    <td class="cl-report-item-note">
                      {[
                        item.owner && `${r('checklist_field_owner')}: ${item.owner}`,
                        item.dueDate && `${r('checklist_field_due')}: ${formatDay(item.dueDate, report.locale)}`,
                        item.lastReviewed && `${r('checklist_field_reviewed')}: ${formatDay(item.lastReviewed, report.locale)}`,
                        item.naReason && `${r('checklist_field_na_reason')}: ${item.naReason}`,
                        item.recordedFigure,
                        item.note,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                      {item.evidence.length > 0 && (
                        <ul>
                          {item.evidence.map((evidence, index) => (
                            <li key={index}>{evidence.url ? <a href={evidence.url}>{evidence.text}</a> : evidence.text}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}

        {report.archived.length > 0 && (
          <section aria-labelledby="cl-report-archive">
            <h2 id="cl-report-archive">{r('checklist_report_archive')}</h2>
            <ul>
              {report.archived.map((entry) => (
                <li key={`${entry.itemId}-${entry.packVersion}`}>
                  {entry.title} ({entry.packVersion}) · {entry.statusLabel}
                  {entry.note && ` · ${entry.note}`}
                </li>
              ))}
            </ul>
          </section>
        )}
        <p class="ew-muted">{r('checklist_report_footer')}</p>
      </article>
    </>
  );
}
