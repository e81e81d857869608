import type { Criterion, CriterionScore, Decision } from '../../lib/blinding/scoring';
import type { ApplicantStateView } from '../../lib/messages/screening-messages';
import { ask } from '../../lib/messages/content-client';
import type { Applicant } from '../screening.content/applicants';
import type { ScreeningController } from '../screening.content/controller';
import type { ScreeningPanel } from '../screening.content/panel-hook';
import { pseudonymText } from '../screening.content/pseudonym-text';
import { PANEL_CSS } from './panel-style';
import { vacancyIdOf } from './vacancy-id';

/**
 * The screening panel (docs/decisions.md#criteria-before-reveal): criteria set once per vacancy (up
 * to 6, with weights), a score from 1 to 5 and a note per criterion, a decision, and only then the
 * reveal (or earlier with a stated reason, an override). A plain DOM UI in our closed shadow root,
 * built on first open from a script loaded only then (index.ts); it sits on the side of the screen
 * away from the applicant it is about. Every action needs a trusted event.
 */
const DECISIONS: readonly Decision[] = ['invite', 'doubt', 'reject'];
const MAX_CRITERIA = 6;

type Child = Node | string;
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | boolean> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children);
  return element;
}

function onTrusted(element: HTMLElement, type: 'click' | 'change', handler: () => void): void {
  element.addEventListener(type, (event) => {
    if (event.isTrusted) handler();
  });
}

let idCounter = 0;
const uid = (prefix: string) => `ew-${prefix}-${(idCounter += 1)}`;

export function createPanel(controller: ScreeningController, root: HTMLElement, returnFocus: () => void): ScreeningPanel {
  const t = controller.strings;
  const titleId = uid('title');
  const panel = el('section', {
    class: 'ew-panel',
    role: 'dialog',
    'aria-modal': 'false',
    'aria-labelledby': titleId,
    'data-side': 'right',
    hidden: true,
  });
  const close = el('button', { type: 'button', 'aria-label': t('screening_panel_close') }, '×');
  const status = el('p', { class: 'ew-status', role: 'status' });
  const body = el('div', { class: 'ew-body' });
  const pauseButton = el('button', { type: 'button', 'aria-keyshortcuts': 'Alt+Shift+S' });
  panel.append(
    el('header', {}, el('h2', { id: titleId }, t('screening_panel_title')), close),
    el('div', { class: 'ew-body' }, status, body),
    el('footer', {}, pauseButton, el('span', { class: 'ew-muted' }, t('screening_panel_shortcuts'))),
  );
  root.append(el('style', {}, PANEL_CSS), panel);

  /** The vacancy id, masked; throws while the masking rules are not ready (nothing is sent then). */
  const vacancyId = () => vacancyIdOf(controller.adapter, controller.maskNote);

  let current: Applicant | undefined;
  let criteria: Criterion[] = [];
  let state: ApplicantStateView | undefined;

  const say = (text: string, error = false) => {
    status.textContent = text;
    status.className = error ? 'ew-status ew-error' : 'ew-status';
  };
  const failed = (error: unknown) => say(t('screening_panel_failed', error instanceof Error ? error.message : ''), true);

  // While open, the panel needs its own strip of the screen so it never covers the applicant's
  // text: the side their container leaves free, or else a margin that moves the page aside.
  const makeRoom = document.createElement('style');
  function place(): void {
    const container = current === undefined ? undefined : [...current.containers].find((element) => element.isConnected);
    const rect = container?.getBoundingClientRect();
    const width = 384;
    const freeLeft = rect === undefined ? 0 : rect.left;
    const freeRight = rect === undefined ? window.innerWidth : window.innerWidth - rect.right;
    const side = freeLeft >= width && freeLeft > freeRight ? 'left' : 'right';
    panel.dataset.side = side;
    const needsRoom = (side === 'left' ? freeLeft : freeRight) < width && window.innerWidth > width * 2;
    makeRoom.textContent = needsRoom ? `html{margin-${side}:${width}px!important}` : '';
    if (!makeRoom.isConnected) document.documentElement.append(makeRoom);
  }

  function render(): void {
    pauseButton.textContent = controller.paused ? t('screening_resume') : t('screening_pause');
    body.replaceChildren();
    if (controller.paused) {
      body.append(el('p', {}, t('screening_panel_paused')));
      return;
    }
    const list = controller.applicants.all;
    if (list.length === 0) {
      body.append(el('p', {}, t('screening_panel_no_applicants')));
      return;
    }
    const selectId = uid('applicant');
    const select = el('select', { id: selectId });
    for (const applicant of list) {
      const option = el('option', { value: applicant.localId }, pseudonymText(applicant.number, controller.locale));
      if (applicant === current) option.selected = true;
      select.append(option);
    }
    onTrusted(select, 'change', () => void choose(controller.applicants.byLocalId(select.value)));
    body.append(el('div', { class: 'ew-row' }, el('label', { for: selectId }, t('screening_panel_applicant')), select));
    let vacancy: string;
    try {
      vacancy = vacancyId();
    } catch {
      body.append(el('p', {}, t('screening_panel_waiting')));
      return;
    }
    body.append(el('p', { class: 'ew-muted' }, t('screening_panel_vacancy', vacancy)));
    if (current === undefined) return;
    if (state === undefined) {
      body.append(el('p', {}, t('screening_panel_waiting')));
      return;
    }
    if (criteria.length === 0) body.append(criteriaEditor());
    else body.append(scoreForm(), decisionBlock(), revealBlock());
  }

  function criteriaEditor(): HTMLElement {
    const fieldset = el(
      'fieldset',
      {},
      el('legend', {}, t('screening_criteria_legend')),
      el('p', { class: 'ew-muted' }, t('screening_criteria_help')),
    );
    const rows: { label: HTMLInputElement; weight: HTMLSelectElement }[] = [];
    const addRow = (text = '') => {
      if (rows.length >= MAX_CRITERIA) return;
      const labelId = uid('crit');
      const weightId = uid('weight');
      const label = el('input', { id: labelId, type: 'text', maxlength: '120' });
      label.value = text;
      const weight = el('select', { id: weightId });
      for (let value = 1; value <= 5; value += 1)
        weight.append(el('option', { value: String(value), ...(value === 3 ? { selected: true } : {}) }, String(value)));
      rows.push({ label, weight });
      list.append(
        el(
          'div',
          { class: 'ew-row' },
          el('label', { for: labelId }, t('screening_criterion_n', rows.length)),
          label,
          el('label', { for: weightId }, t('screening_weight')),
          weight,
        ),
      );
    };
    const list = el('div');
    fieldset.append(list);
    addRow();
    const add = el('button', { type: 'button' }, t('screening_criteria_add'));
    const save = el('button', { type: 'button', class: 'primary' }, t('screening_criteria_save'));
    onTrusted(add, 'click', () => addRow());
    onTrusted(save, 'click', () => {
      let chosen: Criterion[];
      let vacancy: string;
      try {
        // Labels are masked here: a name typed into a criterion is never stored.
        chosen = rows
          .map((row, index) => ({
            id: `c${index + 1}`,
            label: controller.maskNote(row.label.value.trim()),
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
          criteria = reply.criteria;
          say(t('screening_criteria_saved'));
          render();
        })
        .catch(failed);
    });
    fieldset.append(el('div', { class: 'ew-row' }, add, save));
    return fieldset;
  }

  function scoreForm(): HTMLElement {
    const wrapper = el('div', {}, el('h3', {}, t('screening_scores_heading')));
    const inputs = new Map<string, { radios: HTMLInputElement[]; note: HTMLTextAreaElement }>();
    for (const criterion of criteria) {
      const existing = state?.scores.find((score) => score.criterionId === criterion.id);
      const scale = el('div', { class: 'ew-scale' });
      const radios: HTMLInputElement[] = [];
      const name = uid('score');
      for (let value = 1; value <= 5; value += 1) {
        const radio = el('input', { type: 'radio', name, value: String(value) });
        radio.checked = existing?.score === value;
        radios.push(radio);
        scale.append(el('label', {}, radio, String(value)));
      }
      const noteId = uid('note');
      const note = el('textarea', { id: noteId, maxlength: '1000' });
      note.value = existing?.note ?? '';
      inputs.set(criterion.id, { radios, note });
      wrapper.append(
        el(
          'fieldset',
          {},
          el('legend', {}, `${criterion.label} (${t('screening_weight')} ${criterion.weight})`),
          scale,
          el('label', { for: noteId, class: 'ew-muted' }, t('screening_note')),
          note,
        ),
      );
    }
    const total = el('p', { class: 'ew-total' }, totalText());
    const save = el('button', { type: 'button', class: 'primary' }, t('screening_scores_save'));
    onTrusted(save, 'click', () => {
      void withKey((applicantKey) => {
        const scores: CriterionScore[] = [];
        for (const [criterionId, { radios, note }] of inputs) {
          const picked = radios.find((radio) => radio.checked);
          // Notes are masked here: a name typed into a note is never stored.
          if (picked !== undefined)
            scores.push({ criterionId, score: Number(picked.value), note: controller.maskNote(note.value).slice(0, 1000) });
        }
        return ask('screening:score', { vacancyId: vacancyId(), applicantKey, scores });
      })
        .then((reply) => {
          state = reply.state;
          say(t('screening_scores_saved'));
          render();
        })
        .catch(failed);
    });
    wrapper.append(total, save);
    return wrapper;
  }

  function totalText(): string {
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

  function decisionBlock(): HTMLElement {
    const fieldset = el('fieldset', {}, el('legend', {}, t('screening_decision_legend')));
    const row = el('div', { class: 'ew-row' });
    for (const decision of DECISIONS) {
      const button = el(
        'button',
        { type: 'button', 'aria-pressed': state?.decision === decision ? 'true' : 'false' },
        t(`screening_decision_${decision}`),
      );
      onTrusted(button, 'click', () => {
        void withKey((applicantKey) => ask('screening:decide', { vacancyId: vacancyId(), applicantKey, decision }))
          .then((reply) => {
            state = reply.state;
            if (reply.beforeReveal) void ask('activity:record', { metric: 'decided-before-reveal', count: 1 }).catch(() => undefined);
            say(t('screening_decision_saved'));
            render();
          })
          .catch(failed);
      });
      row.append(button);
    }
    fieldset.append(row);
    return fieldset;
  }

  function revealBlock(): HTMLElement {
    const wrapper = el('div', {}, el('h3', {}, t('screening_reveal_heading')));
    if (current?.revealed === true || state?.revealed === true) {
      wrapper.append(el('p', {}, t('screening_revealed')));
      if (current !== undefined && !current.revealed && state?.revealed === true) controller.reveal(current);
      return wrapper;
    }
    const reveal = el('button', { type: 'button', class: 'primary', disabled: state?.decision === undefined }, t('screening_reveal'));
    if (state?.decision === undefined) wrapper.append(el('p', { class: 'ew-muted' }, t('screening_reveal_after_decision')));
    onTrusted(reveal, 'click', () => void requestReveal());
    const reasonId = uid('reason');
    const reason = el('textarea', { id: reasonId, maxlength: '500' });
    const override = el('button', { type: 'button' }, t('screening_reveal_with_reason'));
    onTrusted(override, 'click', () => void requestReveal(reason.value));
    wrapper.append(reveal);
    if (state?.decision === undefined) {
      wrapper.append(el('label', { for: reasonId }, t('screening_reveal_reason_label')), reason, override);
    }
    return wrapper;
  }

  async function requestReveal(reason?: string): Promise<void> {
    if (current === undefined) return;
    const applicant = current;
    try {
      const reply = await withKey((applicantKey) =>
        ask('screening:reveal', {
          vacancyId: vacancyId(),
          applicantKey,
          ...(reason === undefined ? {} : { reason: controller.maskNote(reason) }),
        }),
      );
      if (!reply.allowed) return say(t(`screening_reveal_problem_${(reply.problem ?? 'no-decision').replaceAll('-', '_')}`), true);
      if (reply.override) void ask('activity:record', { metric: 'reveals-with-override', count: 1 }).catch(() => undefined);
      controller.reveal(applicant);
      if (state !== undefined) state = { ...state, revealed: true };
      say(t('screening_revealed'));
      render();
    } catch (error) {
      failed(error);
    }
  }

  async function withKey<T>(action: (applicantKey: string) => Promise<T>): Promise<T> {
    const key = current?.key;
    if (key === undefined) throw new Error(t('screening_no_key'));
    return action(key);
  }

  async function choose(applicant: Applicant | undefined): Promise<void> {
    current = applicant;
    state = undefined;
    criteria = [];
    say('');
    place();
    render();
    if (applicant === undefined) return;
    try {
      const reply = await withKey((applicantKey) => ask('screening:applicant', { vacancyId: vacancyId(), applicantKey }));
      if (current !== applicant) return;
      criteria = reply.criteria;
      state = reply.state;
      render();
    } catch (error) {
      failed(error);
    }
  }

  onTrusted(close, 'click', () => toggle(false));
  onTrusted(pauseButton, 'click', () => void controller.pause(!controller.paused).then(render).catch(failed));
  panel.addEventListener('keydown', (event) => {
    if (event.isTrusted && event.key === 'Escape') {
      event.stopPropagation();
      toggle(false);
    }
  });
  controller.onApplicantsChanged(() => {
    if (!panel.hidden) render();
  });

  function toggle(open = panel.hidden): void {
    panel.hidden = !open;
    if (!open) {
      makeRoom.textContent = '';
      returnFocus();
      return;
    }
    const only = controller.applicants.all.length === 1 ? controller.applicants.all[0] : undefined;
    if (current === undefined && only !== undefined) void choose(only);
    else render();
    place();
    close.focus();
  }

  return { toggle };
}
