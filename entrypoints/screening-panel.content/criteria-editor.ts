import type { Criterion } from '../../lib/blinding/scoring';
import { el } from '../../lib/content/element';
import type { Lookup } from '../../lib/i18n/format-message';
import { ask } from '../../lib/messages/content-client';
import { onTrusted, uid } from './panel-events';

/**
 * The criteria of a vacancy, set once before any applicant is scored (docs/decisions.md#criteria-before-reveal):
 * up to six labels with a weight from 1 to 5. Labels are masked before they are stored.
 */
export interface CriteriaEditorOptions {
  strings: Lookup;
  /** Masks a typed text; throws while the masking rules are not ready. */
  maskNote: (text: string) => string;
  /** The vacancy id, masked; throws while the masking rules are not ready. */
  vacancyId: () => string;
  say: (text: string, error?: boolean) => void;
  failed: (error: unknown) => void;
  onSaved: (criteria: Criterion[]) => void;
}

const MAX_CRITERIA = 6;

export function criteriaEditor({ strings: t, maskNote, vacancyId, say, failed, onSaved }: CriteriaEditorOptions): HTMLElement {
  const fieldset = el(
    document,
    'fieldset',
    {},
    el(document, 'legend', {}, t('screening_criteria_legend')),
    el(document, 'p', { class: 'ew-muted' }, t('screening_criteria_help')),
  );
  const rows: { label: HTMLInputElement; weight: HTMLSelectElement }[] = [];
  const addRow = (text = '') => {
    if (rows.length >= MAX_CRITERIA) return;
    const labelId = uid('crit');
    const weightId = uid('weight');
    const label = el(document, 'input', { id: labelId, type: 'text', maxlength: '120' });
    label.value = text;
    const weight = el(document, 'select', { id: weightId });
    for (let value = 1; value <= 5; value += 1)
      weight.append(el(document, 'option', { value: String(value), selected: value === 3 ? '' : undefined }, String(value)));
    rows.push({ label, weight });
    list.append(
      el(
        document,
        'div',
        { class: 'ew-row' },
        el(document, 'label', { for: labelId }, t('screening_criterion_n', rows.length)),
        label,
        el(document, 'label', { for: weightId }, t('screening_weight')),
        weight,
      ),
    );
  };
  const list = el(document, 'div');
  fieldset.append(list);
  addRow();
  const add = el(document, 'button', { type: 'button' }, t('screening_criteria_add'));
  const save = el(document, 'button', { type: 'button', class: 'primary' }, t('screening_criteria_save'));
  onTrusted(add, 'click', () => addRow());
  onTrusted(save, 'click', () => {
    let chosen: Criterion[];
    let vacancy: string;
    try {
      // Labels are masked here: a name typed into a criterion is never stored.
      chosen = rows
        .map((row, index) => ({
          id: `c${index + 1}`,
          label: maskNote(row.label.value.trim()),
          weight: Number(row.weight.value),
        }))
        .filter((criterion) => criterion.label !== '');
      vacancy = vacancyId();
    } catch (error) {
      return failed(error);
    }
    if (chosen.length === 0) return say(t('screening_criteria_empty'), true);
    void ask('screening:criteria', { vacancyId: vacancy, criteria: chosen })
      .then((reply) => {
        say(t('screening_criteria_saved'));
        onSaved(reply.criteria);
      })
      .catch(failed);
  });
  fieldset.append(el(document, 'div', { class: 'ew-row' }, add, save));
  return fieldset;
}
