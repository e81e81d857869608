import type { WireFinding } from '../../lib/messages/vacancy-messages';
import type { IgnoreScope } from '../../lib/messages/vacancy-messages';
import type { Box } from '../../lib/highlight/mirror-layout';
import { el } from '../../lib/content/element';
import type { Strings } from './strings';
import type { Target } from './target';
import type { UiRoot } from './ui-root';

export interface Located {
  target: Target;
  finding: WireFinding;
}

export interface CardActions {
  replace: (item: Located, text: string) => void;
  ignore: (item: Located, scope: IgnoreScope) => void;
  step: (from: Located, direction: 1 | -1) => void;
  closed: (item: Located) => void;
}

const GAP = 8;

/**
 * Where the card goes: below the words when it fits, else above them, else beside them, else on
 * the roomier side with a height that fits (the card scrolls inside itself), but never over the
 * words themselves (docs/decisions.md#finding-card). Viewport coordinates.
 */
export function placeCard(
  anchor: readonly Box[],
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number; maxHeight?: number } {
  const first = anchor[0] ?? { left: viewport.width / 2, top: viewport.height / 2, width: 0, height: 0 };
  const top = Math.min(...anchor.map((r) => r.top), first.top);
  const bottom = Math.max(...anchor.map((r) => r.top + r.height), first.top + first.height);
  const leftEdge = Math.min(...anchor.map((r) => r.left), first.left);
  const rightEdge = Math.max(...anchor.map((r) => r.left + r.width), first.left + first.width);
  const left = Math.min(Math.max(GAP, first.left), Math.max(GAP, viewport.width - size.width - GAP));
  if (bottom + GAP + size.height <= viewport.height) return { left, top: bottom + GAP };
  if (top - GAP - size.height >= 0) return { left, top: top - GAP - size.height };
  // Beside the words, level with them as far as the window allows.
  const besideTop = Math.min(Math.max(GAP, top), Math.max(GAP, viewport.height - size.height - GAP));
  if (size.height <= viewport.height - 2 * GAP) {
    if (rightEdge + GAP + size.width <= viewport.width - GAP) return { left: rightEdge + GAP, top: besideTop };
    if (leftEdge - GAP - size.width >= GAP) return { left: leftEdge - GAP - size.width, top: besideTop };
  }
  // Nothing fits whole: the taller side, with the card shortened to it.
  const below = viewport.height - bottom - 2 * GAP;
  const above = top - 2 * GAP;
  if (below >= above) return { left, top: bottom + GAP, maxHeight: Math.max(0, below) };
  const maxHeight = Math.max(0, above);
  return { left, top: Math.max(GAP, top - GAP - Math.min(size.height, maxHeight)), maxHeight };
}

/** The finding card: a non-modal dialog in our shadow root. */
export class FindingCard {
  current: Located | undefined;
  private element: HTMLElement | undefined;
  private returnFocus: HTMLElement | undefined;

  constructor(
    private readonly root: UiRoot,
    private readonly strings: Strings,
    private readonly actions: CardActions,
  ) {}

  get isOpen(): boolean {
    return this.element !== undefined;
  }

  /** Does the pointer or focus sit in the card? */
  contains(node: Node | null): boolean {
    return node !== null && this.element !== undefined && this.element.contains(node);
  }

  open(item: Located, options: { focus: boolean; position: number; total: number }): void {
    const doc = this.root.host.ownerDocument;
    if (options.focus && !this.isOpen) {
      const active = doc.activeElement;
      this.returnFocus = active instanceof HTMLElement && active !== this.root.host ? active : undefined;
    }
    this.element?.remove();
    const card = this.render(item, options.position, options.total);
    this.element = card;
    this.current = item;
    this.root.ui.append(card);
    this.place();
    if (options.focus) card.focus({ preventScroll: true });
  }

  /** Follow the words after a scroll or resize. */
  place(): void {
    if (!this.element || !this.current) return;
    const doc = this.root.host.ownerDocument;
    const view = doc.defaultView ?? window;
    // Measure at the card's natural height, not the one a previous placement cut it to.
    this.element.style.maxHeight = '';
    const position = placeCard(
      this.current.target.rects(this.current.finding),
      { width: this.element.offsetWidth, height: this.element.offsetHeight },
      { width: view.innerWidth, height: view.innerHeight },
    );
    this.element.style.left = `${position.left}px`;
    this.element.style.top = `${position.top}px`;
    this.element.style.maxHeight = position.maxHeight === undefined ? '' : `${position.maxHeight}px`;
  }

  close(restoreFocus: boolean): void {
    const item = this.current;
    this.element?.remove();
    this.element = undefined;
    this.current = undefined;
    if (restoreFocus) this.returnFocus?.focus({ preventScroll: true });
    this.returnFocus = undefined;
    if (item) this.actions.closed(item);
  }

  private render(item: Located, position: number, total: number): HTMLElement {
    const { t, ground, severity } = this.strings;
    const f = item.finding;
    const doc = this.root.host.ownerDocument;
    const titleId = 'ew-card-title';
    const card = el(doc, 'div', {
      class: 'card',
      role: 'dialog',
      'aria-modal': 'false',
      'aria-labelledby': titleId,
      tabindex: '-1',
      'data-testid': 'ew-card',
    });
    card.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this.close(true);
      }
    });
    const heading = el(
      doc,
      'div',
      { class: 'row spread' },
      el(
        doc,
        'span',
        { class: 'row' },
        el(
          doc,
          'span',
          { class: `chip chip--${f.severity}`, 'data-testid': 'ew-card-severity' },
          el(doc, 'span', { class: `sev-icon sev-icon--${f.severity}`, 'aria-hidden': 'true' }),
          severity(f.severity),
        ),
        el(doc, 'span', { class: 'chip chip--ground', 'data-testid': 'ew-card-ground' }, ground(f.ground)),
      ),
      el(doc, 'span', { class: 'muted' }, t('vacancy_card_position', position, total)),
    );
    card.append(heading, el(doc, 'h2', { id: titleId }, el(doc, 'span', { class: 'quote' }, `“${f.text}”`), ' – ', f.message));

    card.append(el(doc, 'h3', {}, t('vacancy_card_why')), el(doc, 'p', { 'data-testid': 'ew-card-explanation' }, f.explanation));
    if (f.mayNotApply.length > 0) {
      card.append(
        el(doc, 'h3', {}, t('vacancy_card_may_not_apply')),
        el(doc, 'ul', {}, ...f.mayNotApply.map((text) => el(doc, 'li', {}, text))),
      );
    }
    if (f.legalBasis.length > 0) {
      card.append(el(doc, 'h3', {}, t('vacancy_card_legal')), el(doc, 'p', { 'data-testid': 'ew-card-legal' }, f.legalBasis.join('; ')));
    }
    const sources = f.sources.filter((s) => s.label);
    if (sources.length > 0) {
      card.append(
        el(doc, 'h3', {}, t('vacancy_card_sources')),
        el(
          doc,
          'ul',
          {},
          ...sources.map((s) =>
            el(
              doc,
              'li',
              {},
              s.url && /^https:\/\//.test(s.url)
                ? el(doc, 'a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.label)
                : s.label,
            ),
          ),
        ),
      );
    }
    if (f.alternatives.length > 0) {
      card.append(el(doc, 'h3', {}, t('vacancy_card_alternatives')));
      if (item.target.editable) {
        const list = el(doc, 'div', { class: 'row' });
        for (const alternative of f.alternatives.slice(0, 6)) {
          const button = el(doc, 'button', { type: 'button', class: 'primary', 'data-testid': 'ew-card-replace' }, alternative);
          button.setAttribute('aria-label', t('vacancy_card_replace', alternative));
          // Only a real click may edit the page's text (a page script could dispatch a fake one).
          button.addEventListener('click', (event) => event.isTrusted && this.actions.replace(item, alternative));
          list.append(button);
        }
        card.append(list);
      } else {
        card.append(
          el(doc, 'ul', { 'data-testid': 'ew-card-alternatives' }, ...f.alternatives.slice(0, 6).map((a) => el(doc, 'li', {}, a))),
        );
      }
    }
    const button = (label: string, testId: string, onClick: () => void) => {
      const b = el(doc, 'button', { type: 'button', 'data-testid': testId }, label);
      b.addEventListener('click', (event) => event.isTrusted && onClick());
      return b;
    };
    card.append(
      el(
        doc,
        'div',
        { class: 'actions' },
        button(t('vacancy_card_ignore_here'), 'ew-card-ignore-here', () => this.actions.ignore(item, 'occurrence')),
        button(t('vacancy_card_ignore_rule_site'), 'ew-card-ignore-rule', () => this.actions.ignore(item, 'rule-site')),
        button(t('vacancy_card_ignore_rule_everywhere'), 'ew-card-ignore-everywhere', () => this.actions.ignore(item, 'rule-everywhere')),
      ),
      el(
        doc,
        'div',
        { class: 'actions' },
        button(t('vacancy_card_previous'), 'ew-card-previous', () => this.actions.step(item, -1)),
        button(t('vacancy_card_next'), 'ew-card-next', () => this.actions.step(item, 1)),
        button(t('vacancy_close'), 'ew-card-close', () => this.close(true)),
      ),
      el(doc, 'p', { class: 'muted' }, t('vacancy_keys_hint')),
    );
    return card;
  }
}
