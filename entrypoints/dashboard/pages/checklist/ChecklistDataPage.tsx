import { useState } from 'preact/hooks';
import { downloadText } from '../../../../components/download';
import { useI18n } from '../../../../components/i18n';
import type { ChecklistData } from '../../../../components/checklist/use-checklist';
import { exportCsv, exportFileName, exportJson } from '../../../../lib/checklist-store/export-files';
import { importPackText, removeImportedPack, type StoredPackImport } from '../../../../lib/checklist-store/pack-store';
import { importProgressText, looksLikeProgressExport, type ProgressImportOutcome } from '../../../../lib/checklist-store/progress-import';
import { getDatabase } from '../../../../lib/db/database';
import type { Locale } from '../../../../lib/i18n/locale';
import { translate } from '../../../../lib/i18n/translate';

const download = (name: string, text: string, type: string) => downloadText(name, [text], type);

interface ImportOutcome {
  file: string;
  ok: boolean;
  lines: string[];
}

function describeImport(result: StoredPackImport, locale: Locale): Omit<ImportOutcome, 'file'> {
  const t = (key: Parameters<typeof translate>[1], ...values: (string | number)[]) => translate(locale, key, ...values);
  switch (result.kind) {
    case 'invalid':
      return {
        ok: false,
        lines: [
          t('checklist_import_refused'),
          ...result.errors.map((error) => (error.path ? `${error.message[locale]} (${error.path})` : error.message[locale])),
          ...(result.omitted > 0 ? [t('checklist_import_more', result.omitted)] : []),
        ],
      };
    case 'downgrade':
      return { ok: false, lines: [t('checklist_import_older', result.pack.version, result.installedVersion)] };
    case 'same-version':
      return { ok: true, lines: [t('checklist_import_same', result.pack.name[locale], result.pack.version)] };
    case 'new-pack':
      return { ok: true, lines: [t('checklist_import_new', result.pack.name[locale], result.pack.version)] };
    case 'upgrade':
      return {
        ok: true,
        lines: [
          t('checklist_import_upgrade', result.pack.name[locale], result.pack.version),
          ...(result.migration
            ? [t('checklist_import_migrated', result.migration.carried, result.migration.archived, result.migration.restored)]
            : []),
        ],
      };
  }
}

function describeProgressImport(result: ProgressImportOutcome, locale: Locale): Omit<ImportOutcome, 'file'> {
  switch (result.kind) {
    case 'invalid':
      return { ok: false, lines: [result.message[locale]] };
    case 'other-pack':
      return {
        ok: false,
        lines: [
          translate(locale, 'checklist_progress_other_pack', result.file.id, result.file.version, result.here.id, result.here.version),
        ],
      };
    case 'merged':
      return {
        ok: true,
        lines: [translate(locale, 'checklist_progress_merged', result.organisation, result.fromFile, result.keptHere)],
      };
  }
}

/** Export progress (CSV, JSON), import it again or other packs and updates, remove imported packs. */
export function ChecklistDataPage({ data }: { data: ChecklistData }) {
  const { locale, t } = useI18n();
  const { state, bundled } = data;
  const [outcome, setOutcome] = useState<ImportOutcome>();

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setOutcome(undefined);
    try {
      const text = await file.text();
      // One file field for both: a progress export is merged item by item, anything else is read as a pack.
      const described = looksLikeProgressExport(text)
        ? describeProgressImport(await importProgressText(getDatabase(), bundled, text), locale)
        : describeImport(await importPackText(getDatabase(), bundled, text), locale);
      setOutcome({ file: file.name, ...described });
    } catch (error) {
      console.error('[Eerlijk Werven] pack import failed', error);
      setOutcome({ file: file.name, ok: false, lines: [t('common_save_failed')] });
    } finally {
      input.value = '';
    }
  };

  return (
    <>
      <section class="ew-card" aria-labelledby="cl-export-heading">
        <h2 id="cl-export-heading">{t('checklist_export_heading')}</h2>
        <p class="ew-muted">{t('checklist_export_intro', state.organisation.name)}</p>
        <div class="ew-row">
          <button
            type="button"
            class="ew-button"
            data-testid="export-csv"
            onClick={() => download(exportFileName(state, 'csv'), exportCsv(state, locale), 'text/csv;charset=utf-8')}
          >
            {t('checklist_export_csv')}
          </button>
          <button
            type="button"
            class="ew-button ew-button--secondary"
            data-testid="export-json"
            onClick={() =>
              void exportJson(getDatabase(), state).then((text) => download(exportFileName(state, 'json'), text, 'application/json'))
            }
          >
            {t('checklist_export_json')}
          </button>
        </div>
      </section>

      <section class="ew-card" aria-labelledby="cl-import-heading">
        <h2 id="cl-import-heading">{t('checklist_import_heading')}</h2>
        <p class="ew-muted">{t('checklist_import_intro')}</p>
        <div class="ew-field">
          <label for="cl-import-file">{t('checklist_import_choose')}</label>
          <input
            id="cl-import-file"
            type="file"
            accept=".json,application/json"
            data-testid="pack-import"
            onChange={(event) => void onFile(event.currentTarget)}
          />
        </div>
        <div
          role="status"
          data-testid="import-status"
          data-file={outcome?.file}
          class={outcome ? `ew-alert ew-alert--${outcome.ok ? 'ok' : 'error'}` : ''}
        >
          {outcome && <p>{t('checklist_import_file', outcome.file)}</p>}
          {outcome && (
            <ul class="cl-import-lines">
              {outcome.lines.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      </section>

      <section class="ew-card" aria-labelledby="cl-packs-heading">
        <h2 id="cl-packs-heading">{t('checklist_packs_heading')}</h2>
        <table class="ew-table" data-testid="installed-packs">
          <thead>
            <tr>
              <th scope="col">{t('checklist_org_pack')}</th>
              <th scope="col">{t('checklist_pack_version_col')}</th>
              <th scope="col">{t('checklist_pack_items')}</th>
              <th scope="col">{t('checklist_org_actions')}</th>
            </tr>
          </thead>
          <tbody>
            {state.installedPacks.map((pack) => (
              <tr key={pack.id} data-pack-id={pack.id}>
                <td>{pack.name[locale]}</td>
                <td>{pack.version}</td>
                <td>{pack.itemCount}</td>
                <td>
                  {pack.source === 'imported' ? (
                    <button
                      type="button"
                      class="ew-button ew-button--secondary"
                      onClick={() => void removeImportedPack(getDatabase(), bundled, pack.id)}
                    >
                      {t('checklist_remove')}
                      <span class="ew-visually-hidden"> {pack.name[locale]}</span>
                    </button>
                  ) : (
                    <span class="ew-muted">{t('checklist_pack_bundled')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
