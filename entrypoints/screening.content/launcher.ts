import type { ScreeningController } from './controller';
import { createPanel } from './panel';
import { PANEL_CSS } from './panel-style';

/**
 * The small "Blind screenen" button and the keyboard shortcuts. The panel itself is built only
 * when it is first opened (panel.ts). Shortcuts: Alt+Shift+B opens or closes the panel,
 * Alt+Shift+P pauses or resumes screening on this site. Only trusted (real) key presses count:
 * a page script cannot pause screening or open a reveal.
 */
export function installLauncher(controller: ScreeningController, signal: AbortSignal): void {
  const root = controller.uiRoot;
  // Frames are blinded too, but one launcher per tab is enough.
  if (root.dataset.ready === '1' || window !== window.top) return;
  root.dataset.ready = '1';
  const t = controller.strings;
  const style = document.createElement('style');
  style.textContent = PANEL_CSS;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'ew-launcher';
  button.setAttribute('aria-keyshortcuts', 'Alt+Shift+B');
  const update = () => {
    const count = controller.applicants.all.length;
    button.textContent = controller.paused ? t('screening_launcher_paused') : count === 1 ? t('screening_launcher_one') : t('screening_launcher', count);
  };
  update();
  controller.onApplicantsChanged(update);
  root.append(style, button);

  let panel: { toggle: (open?: boolean) => void } | undefined;
  const openPanel = (open?: boolean) => {
    // Built on first use: nothing of the panel exists in the page before that.
    panel ??= createPanel(controller, root, () => button.focus());
    panel.toggle(open);
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
      } else if (event.code === 'KeyP') {
        event.preventDefault();
        void controller.pause(!controller.paused).then(update);
      }
    },
    { capture: true, signal },
  );
}
