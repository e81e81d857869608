import type { Located } from './card';
import { joinDock } from '../../lib/content/dock-entry';
import { el } from '../../lib/content/element';
import { SEVERITIES } from '../../lib/schema/grounds';
import { readabilitySection, type PanelReadability } from './readability-section';
import { countFindings, groundsPresent } from './report';
import type { Strings } from './strings';
import type { UiRoot } from './ui-root';

export interface PanelState {
  items: readonly Located[];
  ignored: number;
  gender: { masculine: number; feminine: number; verdict: string; note: string };
  /** "Controle van de selectie" instead of the page. */
  selection: boolean;
  checking: boolean;
  error: boolean;
  /** Advice on the main block's language level; undefined where readability is off or not yet known. */
  readability: PanelReadability | undefined;
}

export interface PanelActions {
  jump: (item: Located) => void;
  copy: () => Promise<boolean>;
}

/** The small badge and the summary panel (docs/decisions.md#vacancy-panel-and-report). */
export class SummaryPanel {
  private panel: HTMLElement | undefined;
  private readonly badge: HTMLButtonElement;
  private state: PanelState = {
    items: [],
    ignored: 0,
    gender: { masculine: 0, feminine: 0, verdict: 'empty', note: '' },
    selection: false,
    checking: true,
    error: false,
    readability: undefined,
  };
  private returnFocus: HTMLElement | undefined;

  constructor(
    private readonly root: UiRoot,
    private readonly strings: Strings,
    private readonly actions: PanelActions,
  ) {
    const doc = root.host.ownerDocument;
    this.badge = el(doc, 'button', { type: 'button', class: 'badge', 'data-testid': 'ew-badge', 'aria-expanded': 'false' });
    this.badge.addEventListener('click', () => this.toggle(true));
    joinDock('vacancy', this.badge, root.signal);
    this.renderBadge();
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  update(state: PanelState): void {
    this.state = state;
    this.renderBadge();
    if (this.panel) this.render(false);
  }

  toggle(focus: boolean): void {
    if (this.panel) this.close(true);
    else this.open(focus);
  }

  open(focus: boolean): void {
    const active = this.root.host.ownerDocument.activeElement;
    if (focus && !this.panel) this.returnFocus = active instanceof HTMLElement && active !== this.root.host ? active : undefined;
    this.render(focus);
    this.badge.setAttribute('aria-expanded', 'true');
  }

  close(restoreFocus: boolean): void {
    this.panel?.remove();
    this.panel = undefined;
    this.badge.setAttribute('aria-expanded', 'false');
    if (restoreFocus) (this.returnFocus ?? this.badge).focus({ preventScroll: true });
    this.returnFocus = undefined;
  }

  private renderBadge(): void {
    const { t } = this.strings;
    const counts = countFindings(this.state.items.map((i) => i.finding));
    const worst = SEVERITIES.find((s) => counts.bySeverity[s] > 0);
    this.badge.className = `badge${worst ? ` badge--${worst}` : ''}`;
    const doc = this.root.host.ownerDocument;
    // The name comes from hidden text, not aria-label, so it never contradicts the visible "EW 7".
    const label = counts.total > 0 ? t('vacancy_badge_label', counts.total) : t('vacancy_badge_none');
    this.badge.replaceChildren(
      el(doc, 'span', { 'aria-hidden': 'true' }, 'EW'),
      el(doc, 'span', { class: 'count', 'aria-hidden': 'true' }, this.state.checking ? '…' : String(counts.total)),
      el(doc, 'span', { class: 'visually-hidden' }, label),
    );
  }

  private render(focus: boolean): void {
    const { t, ground, severity, law } = this.strings;
    const doc = this.root.host.ownerDocument;
    const state = this.state;
    const findings = state.items.map((i) => i.finding);
    const counts = countFindings(findings);
    const titleId = 'ew-panel-title';
    const panel = el(doc, 'section', {
      class: 'panel',
      role: 'dialog',
      'aria-modal': 'false',
      'aria-labelledby': titleId,
      tabindex: '-1',
      'data-testid': 'ew-panel',
    });
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this.close(true);
      }
    });
    const close = el(doc, 'button', { type: 'button', 'data-testid': 'ew-panel-close' }, t('vacancy_close'));
    close.addEventListener('click', () => this.close(true));
    panel.append(
      el(
        doc,
        'div',
        { class: 'row spread' },
        el(doc, 'h2', { id: titleId }, state.selection ? t('vacancy_selection_title') : t('vacancy_panel_title')),
        close,
      ),
    );

    if (state.error) panel.append(el(doc, 'p', { role: 'alert' }, t('vacancy_error')));
    else if (state.checking) panel.append(el(doc, 'p', { class: 'muted' }, t('vacancy_checking')));

    const severityList = el(doc, 'dl', { class: 'counts', 'data-testid': 'ew-panel-severity' });
    for (const s of SEVERITIES) {
      severityList.append(
        el(
          doc,
          'dt',
          {},
          el(
            doc,
            'span',
            { class: `chip chip--${s}` },
            el(doc, 'span', { class: `sev-icon sev-icon--${s}`, 'aria-hidden': 'true' }),
            severity(s),
          ),
        ),
        el(doc, 'dd', {}, String(counts.bySeverity[s])),
      );
    }
    panel.append(el(doc, 'h3', {}, t('vacancy_panel_counts')), severityList);

    const present = groundsPresent(counts);
    if (present.length > 0) {
      const groundList = el(doc, 'dl', { class: 'counts', 'data-testid': 'ew-panel-grounds' });
      for (const g of present) groundList.append(el(doc, 'dt', {}, ground(g)), el(doc, 'dd', {}, String(counts.byGround[g] ?? 0)));
      panel.append(el(doc, 'h3', {}, t('vacancy_panel_grounds')), groundList);
    }

    panel.append(
      el(doc, 'h3', {}, t('vacancy_panel_gender')),
      el(
        doc,
        'p',
        { 'data-testid': 'ew-panel-gender' },
        t('vacancy_panel_gender_counts', state.gender.masculine, state.gender.feminine),
        ' ',
        t(`vacancy_gender_${state.gender.verdict.replace(/-/g, '_')}`),
      ),
      el(doc, 'p', { class: 'muted' }, state.gender.note),
    );

    panel.append(el(doc, 'h3', {}, t('vacancy_panel_findings')));
    if (state.items.length === 0) {
      panel.append(el(doc, 'p', { 'data-testid': 'ew-panel-empty' }, state.checking ? t('vacancy_checking') : t('vacancy_panel_empty')));
    } else {
      const list = el(doc, 'ol', { 'data-testid': 'ew-panel-findings' });
      for (const item of state.items) {
        const f = item.finding;
        const button = el(
          doc,
          'button',
          { type: 'button', class: 'finding-link' },
          el(doc, 'span', { class: 'quote' }, `“${f.text}”`),
          ' ',
          el(doc, 'span', { class: `chip chip--${f.severity}` }, severity(f.severity)),
          ' ',
          el(doc, 'span', { class: 'muted' }, ground(f.ground)),
        );
        button.addEventListener('click', () => this.actions.jump(item));
        list.append(el(doc, 'li', {}, button));
      }
      panel.append(list);
    }
    if (state.ignored > 0) panel.append(el(doc, 'p', { class: 'muted' }, t('vacancy_ignored_count', state.ignored)));
    if (state.readability) panel.append(readabilitySection(doc, this.strings, state.readability));

    if (present.length > 0) {
      panel.append(el(doc, 'h3', {}, t('vacancy_panel_law')));
      for (const g of present) {
        panel.append(el(doc, 'details', {}, el(doc, 'summary', {}, ground(g)), el(doc, 'p', {}, law(g))));
      }
    }

    const status = el(doc, 'p', { role: 'status', class: 'muted', 'data-testid': 'ew-copy-status' });
    const copy = el(doc, 'button', { type: 'button', class: 'primary', 'data-testid': 'ew-copy-report' }, t('vacancy_copy_report'));
    copy.addEventListener('click', () => {
      void this.actions.copy().then((ok) => (status.textContent = ok ? t('vacancy_copied') : t('vacancy_copy_failed')));
    });
    panel.append(el(doc, 'div', { class: 'actions' }, copy), status, el(doc, 'p', { class: 'muted' }, t('vacancy_keys_hint')));

    const hadFocus = this.panel?.contains(this.root.shadow.activeElement) ?? false;
    if (this.panel) this.panel.replaceWith(panel);
    else this.root.ui.append(panel);
    this.panel = panel;
    if (focus || hadFocus) panel.focus({ preventScroll: true });
  }
}
