import type { Criterion, Decision } from '../../lib/blinding/scoring';
import type { ApplicantStateView } from '../../lib/messages/screening-messages';
import { ask } from '../../lib/messages/content-client';
import type { Applicant } from '../screening.content/applicants';
import type { ScreeningController } from '../screening.content/controller';
import type { ScreeningPanel } from '../screening.content/panel-hook';
import { pseudonymText } from '../../lib/page/pseudonym-text';
import { PANEL_CSS } from './panel-style';
import { vacancyIdOf } from './vacancy-id';
import { criteriaEditor } from './criteria-editor';
import { scoreForm } from './score-form';
import { onTrusted, uid } from './panel-events';
import { el } from '../../lib/content/element';

/**
 * The screening panel (docs/decisions.md#criteria-before-reveal): criteria set once per vacancy (up
 * to 6, with weights), a score from 1 to 5 and a note per criterion, a decision, and only then the
 * reveal (or earlier with a stated reason, an override). A plain DOM UI in our closed shadow root,
 * built on first open from a script loaded only then (index.ts); it sits on the side of the screen
 * away from the applicant it is about. Every action needs a trusted event.
 */
const DECISIONS: readonly Decision[] = ['invite', 'doubt', 'reject'];

export function createPanel(controller: ScreeningController, root: HTMLElement, returnFocus: () => void): ScreeningPanel {
  const t = controller.strings;
  const titleId = uid('title');
  const panel = el(document, 'section', {
    class: 'ew-panel',
    role: 'dialog',
    'aria-modal': 'false',
    'aria-labelledby': titleId,
    'data-side': 'right',
    hidden: '',
  });
  const close = el(document, 'button', { type: 'button', 'aria-label': t('screening_panel_close') }, '×');
  const status = el(document, 'p', { class: 'ew-status', role: 'status' });
  const body = el(document, 'div', { class: 'ew-body' });
  const pauseButton = el(document, 'button', { type: 'button', 'aria-keyshortcuts': 'Alt+Shift+S' });
  panel.append(
    el(document, 'header', {}, el(document, 'h2', { id: titleId }, t('screening_panel_title')), close),
    el(document, 'div', { class: 'ew-body' }, status, body),
    el(document, 'footer', {}, pauseButton, el(document, 'span', { class: 'ew-muted' }, t('screening_panel_shortcuts'))),
  );
  root.append(el(document, 'style', {}, PANEL_CSS), panel);

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
      body.append(el(document, 'p', {}, t('screening_panel_paused')));
      return;
    }
    const list = controller.applicants.all;
    if (list.length === 0) {
      body.append(el(document, 'p', {}, t('screening_panel_no_applicants')));
      return;
    }
    const selectId = uid('applicant');
    const select = el(document, 'select', { id: selectId });
    for (const applicant of list) {
      const option = el(document, 'option', { value: applicant.localId }, pseudonymText(applicant.number, controller.locale));
      if (applicant === current) option.selected = true;
      select.append(option);
    }
    onTrusted(select, 'change', () => void choose(controller.applicants.byLocalId(select.value)));
    body.append(el(document, 'div', { class: 'ew-row' }, el(document, 'label', { for: selectId }, t('screening_panel_applicant')), select));
    let vacancy: string;
    try {
      vacancy = vacancyId();
    } catch {
      body.append(el(document, 'p', {}, t('screening_panel_waiting')));
      return;
    }
    body.append(el(document, 'p', { class: 'ew-muted' }, t('screening_panel_vacancy', vacancy)));
    if (current === undefined) return;
    if (state === undefined) {
      body.append(el(document, 'p', {}, t('screening_panel_waiting')));
      return;
    }
    if (criteria.length === 0)
      body.append(
        criteriaEditor({
          strings: t,
          maskNote: controller.maskNote,
          vacancyId,
          say,
          failed,
          onSaved(saved) {
            criteria = saved;
            render();
          },
        }),
      );
    else
      body.append(
        scoreForm({
          strings: t,
          criteria,
          state,
          maskNote: controller.maskNote,
          submit: (scores) => withKey((applicantKey) => ask('screening:score', { vacancyId: vacancyId(), applicantKey, scores })),
          onSaved(saved) {
            state = saved;
            say(t('screening_scores_saved'));
            render();
          },
          failed,
        }),
        decisionBlock(),
        revealBlock(),
      );
  }

  function decisionBlock(): HTMLElement {
    const fieldset = el(document, 'fieldset', {}, el(document, 'legend', {}, t('screening_decision_legend')));
    const row = el(document, 'div', { class: 'ew-row' });
    for (const decision of DECISIONS) {
      const button = el(
        document,
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
    const wrapper = el(document, 'div', {}, el(document, 'h3', {}, t('screening_reveal_heading')));
    if (current?.revealed === true || state?.revealed === true) {
      wrapper.append(el(document, 'p', {}, t('screening_revealed')));
      if (current !== undefined && !current.revealed && state?.revealed === true) controller.reveal(current);
      return wrapper;
    }
    const reveal = el(
      document,
      'button',
      { type: 'button', class: 'primary', disabled: state?.decision === undefined ? '' : undefined },
      t('screening_reveal'),
    );
    if (state?.decision === undefined) wrapper.append(el(document, 'p', { class: 'ew-muted' }, t('screening_reveal_after_decision')));
    onTrusted(reveal, 'click', () => void requestReveal());
    const reasonId = uid('reason');
    const reason = el(document, 'textarea', { id: reasonId, maxlength: '500' });
    const override = el(document, 'button', { type: 'button' }, t('screening_reveal_with_reason'));
    onTrusted(override, 'click', () => void requestReveal(reason.value));
    wrapper.append(reveal);
    if (state?.decision === undefined) {
      wrapper.append(el(document, 'label', { for: reasonId }, t('screening_reveal_reason_label')), reason, override);
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
