import type { Criterion, CriterionScore } from '../../lib/blinding/scoring';
import { el } from '../../lib/content/element';
import type { Lookup } from '../../lib/i18n/format-message';
import type { ApplicantStateView } from '../../lib/messages/screening-messages';
import { onTrusted, uid } from './panel-events';

/**
 * Scores from 1 to 5 and a note per criterion, with the weighted total
 * (docs/decisions.md#criteria-before-reveal). Notes are masked before they are sent.
 */
export interface ScoreFormOptions {
  strings: Lookup;
  criteria: readonly Criterion[];
  state: ApplicantStateView | undefined;
  /** Masks a typed text; throws while the masking rules are not ready (nothing is sent then). */
  maskNote: (text: string) => string;
  submit: (scores: CriterionScore[]) => Promise<{ state: ApplicantStateView }>;
  onSaved: (state: ApplicantStateView) => void;
  failed: (error: unknown) => void;
}

export function scoreForm({ strings: t, criteria, state, maskNote, submit, onSaved, failed }: ScoreFormOptions): HTMLElement {
  const wrapper = el(document, 'div', {}, el(document, 'h3', {}, t('screening_scores_heading')));
  const inputs = new Map<string, { radios: HTMLInputElement[]; note: HTMLTextAreaElement }>();
  for (const criterion of criteria) {
    const existing = state?.scores.find((score) => score.criterionId === criterion.id);
    const scale = el(document, 'div', { class: 'ew-scale' });
    const radios: HTMLInputElement[] = [];
    const name = uid('score');
    for (let value = 1; value <= 5; value += 1) {
      const radio = el(document, 'input', { type: 'radio', name, value: String(value) });
      radio.checked = existing?.score === value;
      radios.push(radio);
      scale.append(el(document, 'label', {}, radio, String(value)));
    }
    const noteId = uid('note');
    const note = el(document, 'textarea', { id: noteId, maxlength: '1000' });
    note.value = existing?.note ?? '';
    inputs.set(criterion.id, { radios, note });
    wrapper.append(
      el(
        document,
        'fieldset',
        {},
        el(document, 'legend', {}, `${criterion.label} (${t('screening_weight')} ${criterion.weight})`),
        scale,
        el(document, 'label', { for: noteId, class: 'ew-muted' }, t('screening_note')),
        note,
      ),
    );
  }
  const collect = (): CriterionScore[] => {
    const scores: CriterionScore[] = [];
    for (const [criterionId, { radios, note }] of inputs) {
      const picked = radios.find((radio) => radio.checked);
      // Notes are masked here: a name typed into a note is never stored.
      if (picked !== undefined) scores.push({ criterionId, score: Number(picked.value), note: maskNote(note.value).slice(0, 1000) });
    }
    return scores;
  };
  const total = el(document, 'p', { class: 'ew-total' }, totalText(t, criteria, state));
  const save = el(document, 'button', { type: 'button', class: 'primary' }, t('screening_scores_save'));
  onTrusted(save, 'click', () => {
    void Promise.resolve()
      .then(() => submit(collect()))
      .then((reply) => onSaved(reply.state))
      .catch(failed);
  });
  wrapper.append(total, save);
  return wrapper;
}

function totalText(t: Lookup, criteria: readonly Criterion[], state: ApplicantStateView | undefined): string {
  let weighted = 0;
  let weights = 0;
  for (const criterion of criteria) {
    const score = state?.scores.find((entry) => entry.criterionId === criterion.id);
    if (score === undefined) continue;
    weighted += score.score * criterion.weight;
    weights += criterion.weight;
  }
  return weights === 0 ? t('screening_total_none') : t('screening_total', (Math.round((weighted / weights) * 100) / 100).toFixed(2));
}
