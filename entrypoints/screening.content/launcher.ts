import { joinDock } from '../../lib/content/dock-entry';
import { ask } from '../../lib/messages/content-client';
import type { ScreeningController } from './controller';
import { LAUNCHER_CSS } from './launcher-style';
import { PANEL_HOOK, type PanelHookHolder, type ScreeningPanel } from './panel-hook';
import { PROBLEM_MESSAGES } from './session';

/**
 * The small "Blind screenen" button and the keyboard shortcuts. The panel's code is not part of
 * this script: on the first trusted open the background runs the panel script in this frame
 * (panel-hook.ts). Shortcuts: Alt+Shift+B opens or closes the panel, Alt+Shift+S pauses or
 * resumes screening on this site. Only trusted (real) key presses and clicks count: a page script
 * can neither pause screening, nor load or open the panel, nor start a reveal. When part of the
 * pipeline is missing, a note above the button says why and offers to try again.
 */
export function installLauncher(controller: ScreeningController, signal: AbortSignal): void {
  const root = controller.uiRoot;
  // Frames are blinded too, but one launcher per tab is enough.
  if (root.dataset.ready === '1' || window !== window.top) return;
  root.dataset.ready = '1';
  const style = document.createElement('style');
  style.textContent = LAUNCHER_CSS;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'ew-launcher';
  button.setAttribute('aria-keyshortcuts', 'Alt+Shift+B');
  const note = document.createElement('div');
  note.className = 'ew-problem';
  note.setAttribute('role', 'alert');
  note.hidden = true;
  const noteText = document.createElement('p');
  const retry = document.createElement('button');
  retry.type = 'button';
  note.append(noteText, retry);

  const update = () => {
    const t = controller.strings;
    const count = controller.applicants.all.length;
    const problem = controller.problem;
    button.textContent = controller.paused
      ? t('screening_launcher_paused')
      : problem !== undefined
        ? t('screening_launcher_problem')
        : count === 1
          ? t('screening_launcher_one')
          : t('screening_launcher', count);
    note.hidden = problem === undefined || controller.paused;
    if (problem !== undefined) noteText.textContent = t(PROBLEM_MESSAGES[problem]);
    retry.textContent = t('screening_retry');
  };
  update();
  controller.onApplicantsChanged(update);
  root.append(style, note);
  // The button is this pillar's entry in the page's one Eerlijk Werven dock (docs/decisions.md#one-dock).
  joinDock('screening', button, signal);

  retry.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    retry.disabled = true;
    controller.retry().then(
      () => {
        retry.disabled = false;
        update();
      },
      () => {
        retry.disabled = false;
        // Whatever failed inside, the person gets the same plain words in their language.
        noteText.textContent = controller.strings('screening_problem_still');
      },
    );
  });

  let panel: Promise<ScreeningPanel> | undefined;
  const loadPanel = async (): Promise<ScreeningPanel> => {
    const holder = globalThis as PanelHookHolder;
    if (typeof holder[PANEL_HOOK] !== 'function') await ask('screening:panel', {});
    const create = holder[PANEL_HOOK];
    if (typeof create !== 'function') throw new Error('the panel script did not load');
    return create(controller, root, () => button.focus());
  };
  const openPanel = () => {
    // Loaded and built on first use: nothing of the panel exists in the page before that.
    panel ??= loadPanel();
    panel.then(
      (ready) => ready.toggle(),
      (error: unknown) => {
        panel = undefined;
        console.warn('[Eerlijk Werven] the screening panel did not open', error instanceof Error ? error.message : '');
      },
    );
  };
  button.addEventListener('click', (event) => {
    if (event.isTrusted) openPanel();
  });
  window.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      if (event.code === 'KeyB') {
        event.preventDefault();
        openPanel();
      } else if (event.code === 'KeyS') {
        event.preventDefault();
        void controller.pause(!controller.paused).then(update);
      }
    },
    { capture: true, signal },
  );
}
