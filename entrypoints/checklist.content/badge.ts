import { browser } from 'wxt/browser';
import { joinDock } from '../../lib/content/dock-entry';
import { el } from '../../lib/content/element';
import { mountShadowUi } from '../../lib/content/shadow-ui';
import type { MessageResponse } from '../../lib/messages/protocol';
import { BADGE_CSS } from './badge-style';
import type { PageContext } from './page-context';

type Summary = MessageResponse<'checklist:summary'>;

export interface BadgeCallbacks {
  dismiss: () => void;
  /** The panel closed: figures may have changed. */
  closed: () => void;
  /** A token for the panel frame from the background (undefined: no panel). */
  frameToken: () => Promise<string | undefined>;
}

export interface Badge {
  update: (summary: Summary) => void;
  close: () => void;
  remove: () => void;
}

/**
 * The Gouden standaard badge: a pill in the page's dock (dismissable per site) that opens a panel
 * with the checklist. Vanilla DOM in a closed shadow root, so the
 * page can neither style nor read it; the panel itself is an extension page in an iframe, which
 * reads the extension's database directly and so shows the same state as the dashboard.
 */
export function mountBadge(context: PageContext, summary: Summary, callbacks: BadgeCallbacks, signal: AbortSignal): Badge {
  // Closed in every build: the e2e tests use the badge by keyboard, as a person does.
  const ui = mountShadowUi(document, { tag: 'div', css: BADGE_CSS, signal, mode: 'closed' });
  ui.host.id = 'eerlijk-werven-checklist';
  const root = ui.shadow;
  const wrap = el(document, 'div', { class: 'wrap' });
  const panel = el(document, 'div', { class: 'panel', id: 'panel', role: 'region', hidden: '' });
  const head = el(document, 'div', { class: 'head' });
  const title = el(document, 'span', { id: 'panel-title' });
  const close = el(document, 'button', { type: 'button', class: 'close' }, '×');
  // The pill and its dismiss button are this pillar's entry in the page's one dock (docs/decisions.md#one-dock).
  const entry = el(document, 'span', {});
  const open = el(document, 'button', { type: 'button', class: 'badge', 'aria-expanded': 'false' });
  const dismiss = el(document, 'button', { type: 'button', class: 'icon' }, '×');
  let frame: HTMLIFrameElement | undefined;
  let opening = false;

  head.append(title, close);
  panel.append(head);
  entry.append(open, dismiss);
  wrap.append(panel);
  root.append(wrap);
  const leaveDock = joinDock('checklist', entry, signal);

  const update = (next: Summary) => {
    const texts = next.texts;
    open.textContent = texts.badge;
    // The visible text stays the accessible name (WCAG 2.5.3); what the button does is its description.
    open.title = texts.open;
    title.textContent = texts.panel;
    panel.setAttribute('aria-labelledby', 'panel-title');
    close.setAttribute('aria-label', texts.close);
    close.title = texts.close;
    dismiss.setAttribute('aria-label', texts.dismiss);
    dismiss.title = texts.dismiss;
    if (frame) frame.title = texts.panel;
  };

  const setOpen = (value: boolean) => {
    panel.hidden = !value;
    open.setAttribute('aria-expanded', String(value));
    if (value) {
      if (frame) frame.focus();
      else if (!opening) {
        opening = true;
        // Context and token travel in the fragment: no request carries them anywhere. Without the
        // token the background refuses the frame, so a page that frames it itself gets nothing.
        void callbacks.frameToken().then((token) => {
          opening = false;
          if (!token || frame) return;
          const hash = new URLSearchParams({ context, token }).toString();
          frame = el(document, 'iframe', {
            src: `${browser.runtime.getURL('/checklist-frame.html')}#${hash}`,
            title: title.textContent ?? '',
          });
          panel.append(frame);
          if (!panel.hidden) frame.focus();
        });
      }
    } else {
      callbacks.closed();
    }
  };

  open.addEventListener('click', () => setOpen(panel.hidden));
  close.addEventListener('click', () => {
    setOpen(false);
    open.focus();
  });
  dismiss.addEventListener('click', () => callbacks.dismiss());
  wrap.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      setOpen(false);
      open.focus();
    }
  });

  update(summary);
  return {
    update,
    close: () => {
      if (panel.hidden) return;
      setOpen(false);
      open.focus();
    },
    remove: () => (leaveDock(), ui.remove()),
  };
}
