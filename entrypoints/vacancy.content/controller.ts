import { adoptHighlightStyles, HighlightLayer, supportsHighlights } from '../../lib/highlight/highlight-layer';
import type { TextField } from '../../lib/highlight/field-mirror';
import type { IgnoreScope, WireFinding } from '../../lib/messages/vacancy-messages';
import { MAX_TEXT } from './limits';
import { excludeFilter, findTargets } from '../../lib/sites/vacancy-adapters/find-targets';
import { reportStaleAdapter } from '../../lib/sites/canary';
import { FindingCard, type Located } from './card';
import { FieldTarget } from './field-target';
import { ask } from '../../lib/messages/content-client';
import { SummaryPanel } from './panel';
import { RangeTarget } from './range-target';
import { buildReport } from './report';
import { findingsBreakdown } from '../../components/vacancy/activity-breakdown';
import { loadSetup, type Setup, type Strings } from './strings';
import type { Target } from './target';
import { TextOnlyTarget } from './text-target';
import type { UiRoot } from './ui-root';

/** What the background (popup, shortcut, context menu) can ask for. */
export type VacancyRequest = 'panel' | 'toggle-panel' | 'check' | 'next' | 'previous' | 'selection';

/** Re-check an edited block this long after the last keystroke. */
const TYPING_DEBOUNCE_MS = 350;
/** Re-scan the page this long after the last DOM change (SPA renders, lazy content). */
const MUTATION_DEBOUNCE_MS = 400;
const HOVER_OPEN_MS = 200;
const HOVER_CLOSE_MS = 400;

interface CheckState {
  /** The text the findings belong to. */
  text: string;
  findings: WireFinding[];
  ignored: number;
  gender: { masculine: number; feminine: number; verdict: string; note: string };
  sequence: number;
}

/**
 * Glue of the vacancy check on one page: finds the targets, sends their text to the background,
 * shows what comes back, and keeps it right while the user types, scrolls and navigates.
 */
export class VacancyController {
  private readonly targets = new Map<Element, Target>();
  private readonly states = new Map<Target, CheckState>();
  private readonly typingTimers = new Map<Target, ReturnType<typeof setTimeout>>();
  private readonly layers = new Map<Window, HighlightLayer>();
  private readonly listening = new Set<Document>();
  private readonly card: FindingCard;
  private readonly panel: SummaryPanel;
  private ordered: Located[] = [];
  private observer: MutationObserver | undefined;
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private pointer: { x: number; y: number; target: EventTarget | null; view: Window } | undefined;
  private nextId = 0;
  private sequence = 0;
  private pending = 0;
  private recordedUrl: string | undefined;
  private url: string;
  private mode: 'auto' | 'page' | 'selection' | undefined;
  private failed = false;

  private readonly strings: Strings;
  private setup: Setup;

  constructor(
    private readonly doc: Document,
    private readonly root: UiRoot,
    setup: Setup,
  ) {
    this.setup = setup;
    const strings = (this.strings = setup.strings);
    this.url = doc.location.href;
    this.card = new FindingCard(root, strings, {
      replace: (item, text) => this.replace(item, text),
      ignore: (item, scope) => void this.ignore(item, scope),
      step: (from, direction) => this.step(direction, from),
      closed: (item) => item.target.activate(undefined, false),
    });
    this.panel = new SummaryPanel(root, strings, {
      jump: (item) => this.show(item, true),
      copy: () => this.copyReport(),
    });
  }

  /** Start as the registered script on a switched-on site, or on demand for the popup/shortcut/menu. */
  start(mode: 'auto' | 'page' | 'selection'): void {
    this.mode = mode;
    this.listen(this.doc);
    const view = this.doc.defaultView;
    view?.addEventListener('resize', () => this.schedulePlacement(), { passive: true });
    view?.addEventListener('popstate', () => this.onNavigation());
    // SPA navigation (history.pushState) is visible to an isolated world through the Navigation API.
    (view as unknown as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', () => this.onNavigation());
    if (mode === 'selection') return;
    this.observer = new MutationObserver((mutations) => {
      if (mutations.every((m) => this.root.owns(m.target))) return;
      this.scheduleScan();
    });
    if (this.doc.body) this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
    this.scan();
  }

  /** Requests from the background after an injection. */
  request(action: VacancyRequest, selectionText: string): void {
    if (this.mode === undefined) this.start(action === 'selection' ? 'selection' : 'page');
    switch (action) {
      case 'panel':
        this.panel.open(true);
        break;
      case 'toggle-panel':
        this.panel.toggle(true);
        break;
      case 'check':
        this.scan(true);
        this.panel.open(true);
        break;
      case 'next':
      case 'previous':
        this.step(action === 'next' ? 1 : -1);
        break;
      case 'selection':
        this.checkSelection(selectionText);
        break;
    }
  }

  /** Check every target again, e.g. after the user's ignores changed elsewhere. */
  recheck(): void {
    for (const target of this.targets.values()) this.check(target, true);
    this.afterChecks();
  }

  // ---- finding and checking targets

  private isOurs = (element: Element): boolean => this.root.owns(element);

  private layerFor(view: Window): HighlightLayer {
    let layer = this.layers.get(view);
    if (!layer) {
      layer = new HighlightLayer(view);
      this.layers.set(view, layer);
      if (supportsHighlights(view)) adoptHighlightStyles(view.document, this.setup.css.highlight);
    }
    return layer;
  }

  private scheduleScan(): void {
    clearTimeout(this.scanTimer);
    this.scanTimer = setTimeout(() => this.scan(), MUTATION_DEBOUNCE_MS);
  }

  /** Find the targets (adapter or generic), drop those gone, check new and changed ones. */
  scan(force = false): void {
    if (this.mode === 'selection') return;
    if (this.doc.location.href !== this.url) return this.onNavigation();
    const url = this.doc.location.href;
    const adapter = this.setup.adapter;
    // A known site's page that is not a vacancy page (search results, profile): do nothing there.
    if (this.mode === 'auto' && this.setup.idle) {
      this.dropTargets(new Set());
      return;
    }
    const found = findTargets(this.doc, adapter, this.isOurs);
    if (found.stale && adapter) reportStaleAdapter(adapter, url);
    const exclude = excludeFilter(adapter, this.isOurs);
    const wanted = new Set<Element>([...found.blocks, ...found.editables, ...found.fields]);
    this.dropTargets(wanted);
    for (const element of wanted) {
      let target = this.targets.get(element);
      if (!target) {
        const id = `t${this.nextId++}`;
        const view = element.ownerDocument.defaultView ?? window;
        if (element.tagName === 'TEXTAREA' || element.tagName === 'INPUT') {
          target = new FieldTarget(id, element as TextField, this.root.layer);
        } else {
          target = new RangeTarget(id, element, this.layerFor(view), { exclude });
          if (element.ownerDocument !== this.doc) this.listen(element.ownerDocument);
        }
        this.targets.set(element, target);
      }
      this.check(target, force);
    }
    this.afterChecks();
  }

  private dropTargets(keep: ReadonlySet<Element>): void {
    for (const [element, target] of this.targets) {
      if (keep.has(element) && element.isConnected) continue;
      target.dispose();
      this.targets.delete(element);
      this.states.delete(target);
      if (this.card.current?.target === target) this.card.close(false);
    }
    this.rebuildOrder();
  }

  /** Check one target: re-show cached findings when its text is unchanged, else ask the background. */
  private check(target: Target, force = false): void {
    const text = target.read();
    const state = this.states.get(target);
    if (state && state.text === text && !force) {
      // Same text, maybe new nodes (a re-render): map the same findings onto them.
      target.show(state.findings);
      this.rebuildOrder();
      return;
    }
    if (text.trim() === '') {
      this.states.set(target, {
        text,
        findings: [],
        ignored: 0,
        gender: { masculine: 0, feminine: 0, verdict: 'empty', note: '' },
        sequence: ++this.sequence,
      });
      target.show([]);
      this.rebuildOrder();
      return;
    }
    const sequence = ++this.sequence;
    this.pending++;
    if (state) state.sequence = sequence;
    void ask('vacancy:analyze', { text: text.slice(0, MAX_TEXT), block: target.id })
      .then((reply) => {
        // A newer check of this target started meanwhile, or the text changed: drop this answer.
        const current = this.states.get(target);
        if ((current && current.sequence > sequence) || !this.isLive(target)) return;
        if (target.read() !== text) return void this.scheduleCheck(target, 0);
        this.failed = false;
        this.states.set(target, { text, findings: reply.findings, ignored: reply.ignored, gender: reply.gender, sequence });
        target.show(reply.findings);
        if (
          this.card.current?.target === target &&
          !target.findings.some((f) => f.fingerprint === this.card.current?.finding.fingerprint)
        ) {
          this.card.close(this.card.contains(this.root.shadow.activeElement));
        }
        this.rebuildOrder();
      })
      .catch((error: unknown) => {
        this.failed = true;
        console.warn('[Eerlijk Werven] vacancy check failed', error);
      })
      .finally(() => {
        this.pending--;
        this.afterChecks();
      });
  }

  private isLive(target: Target): boolean {
    return [...this.targets.values()].includes(target);
  }

  private scheduleCheck(target: Target, delay = TYPING_DEBOUNCE_MS): void {
    clearTimeout(this.typingTimers.get(target));
    this.typingTimers.set(
      target,
      setTimeout(() => {
        this.typingTimers.delete(target);
        if (this.isLive(target)) this.check(target);
        this.afterChecks();
      }, delay),
    );
  }

  private checkSelection(fallbackText: string): void {
    const selection = this.doc.getSelection();
    const active = this.doc.activeElement;
    for (const target of this.targets.values()) target.dispose();
    this.targets.clear();
    this.states.clear();
    let target: Target;
    const id = `s${this.nextId++}`;
    if (
      (active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && active.type === 'text')) &&
      active.selectionStart !== active.selectionEnd
    ) {
      target = new FieldTarget(id, active, this.root.layer);
    } else if (selection && selection.rangeCount > 0 && !selection.isCollapsed) {
      const range = selection.getRangeAt(0).cloneRange();
      const container = range.commonAncestorContainer;
      const element = container.nodeType === Node.ELEMENT_NODE ? (container as Element) : (container.parentElement ?? this.doc.body);
      target = new RangeTarget(id, element, this.layerFor(this.doc.defaultView ?? window), { within: range, exclude: this.isOurs });
    } else {
      target = new TextOnlyTarget(id, this.doc.body, fallbackText);
    }
    this.targets.set(target.element, target);
    this.check(target, true);
    this.panel.open(true);
    this.afterChecks();
  }

  // ---- summary, evidence

  private rebuildOrder(): void {
    const targets = [...this.targets.values()].sort((a, b) =>
      a.element === b.element ? 0 : a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    this.ordered = targets.flatMap((target) =>
      [...target.findings].sort((a, b) => a.start - b.start).map((finding) => ({ target, finding })),
    );
    this.updatePanel();
  }

  private updatePanel(): void {
    const states = [...this.states.values()];
    const gender = states.reduce(
      (sum, s) => ({ masculine: sum.masculine + s.gender.masculine, feminine: sum.feminine + s.gender.feminine }),
      { masculine: 0, feminine: 0 },
    );
    // The engine judges each block; the panel shows the verdict of the longest one with its note.
    const main = states.reduce<CheckState | undefined>((best, s) => (!best || s.text.length > best.text.length ? s : best), undefined);
    this.panel.update({
      items: this.ordered,
      ignored: states.reduce((sum, s) => sum + s.ignored, 0),
      gender: { ...gender, verdict: main?.gender.verdict ?? 'empty', note: main?.gender.note ?? '' },
      selection: this.mode === 'selection',
      checking: this.pending > 0,
      error: this.failed,
    });
  }

  private afterChecks(): void {
    this.updatePanel();
    if (this.pending > 0 || this.typingTimers.size > 0 || this.states.size === 0) return;
    // One "vacancy checked" per page (and per SPA vacancy), with counts per ground, never text.
    if (this.recordedUrl === this.url) return;
    const checkedChars = [...this.states.values()].reduce((sum, s) => sum + s.text.trim().length, 0);
    // A few lines with nothing to flag are not a vacancy (a login page, a list of links).
    if (checkedChars === 0 || (checkedChars < 300 && this.ordered.length === 0)) return;
    this.recordedUrl = this.url;
    const breakdown = findingsBreakdown(this.ordered.map((i) => i.finding));
    void ask('activity:record', { metric: 'vacancies-checked', count: 1, breakdown }).catch(() => undefined);
  }

  /** A new URL (SPA navigation): ask for the adapter of the new page, then scan again. */
  private onNavigation(): void {
    if (this.doc.location.href === this.url) return;
    this.url = this.doc.location.href;
    this.card.close(false);
    if (this.mode === 'selection') return;
    void loadSetup(this.url)
      .then((setup) => (this.setup = setup))
      .catch(() => undefined)
      .finally(() => this.scheduleScan());
  }

  // ---- card, keyboard, pointer

  private show(item: Located, focus: boolean): void {
    item.target.activate(item.finding, true);
    const index = this.ordered.findIndex((i) => i.finding === item.finding);
    this.card.open(item, { focus, position: index + 1, total: this.ordered.length });
  }

  private step(direction: 1 | -1, from?: Located): void {
    if (this.ordered.length === 0) {
      this.panel.open(true);
      return;
    }
    const current = from ?? this.card.current;
    const index = current ? this.ordered.findIndex((i) => i.finding === current.finding) : -1;
    const next =
      index === -1 ? (direction === 1 ? 0 : this.ordered.length - 1) : (index + direction + this.ordered.length) % this.ordered.length;
    const item = this.ordered[next];
    if (item) {
      if (this.card.current) this.card.current.target.activate(undefined, false);
      this.show(item, true);
    }
  }

  private replace(item: Located, text: string): void {
    const done = item.target.replace(item.finding, text);
    this.card.close(false);
    if (!done) return;
    this.root.announce(this.strings.t('vacancy_replaced'));
    void ask('activity:record', { metric: 'findings-fixed', count: 1, breakdown: findingsBreakdown([item.finding]) }).catch(
      () => undefined,
    );
    item.target.onInput();
    this.scheduleCheck(item.target, 50);
  }

  private async ignore(item: Located, scope: IgnoreScope): Promise<void> {
    this.card.close(true);
    try {
      await ask('vacancy:ignore', { scope, ruleId: item.finding.ruleId, fingerprint: item.finding.fingerprint });
      this.root.announce(this.strings.t('vacancy_ignored'));
    } catch (error) {
      console.warn('[Eerlijk Werven] could not ignore', error);
    }
    this.recheck();
  }

  private async copyReport(): Promise<boolean> {
    const findings = this.ordered.map((i) => i.finding);
    const gender =
      this.states.size > 0
        ? [...this.states.values()].reduce((a, b) => (a.text.length >= b.text.length ? a : b)).gender
        : { masculine: 0, feminine: 0, note: '' };
    const report = buildReport(findings, this.strings, this.doc.location.href, gender);
    try {
      await navigator.clipboard.writeText(report);
      return true;
    } catch {
      // Clipboard API refused (page without focus, policy): the old way, inside our shadow root.
      const area = this.doc.createElement('textarea');
      area.value = report;
      this.root.ui.append(area);
      area.select();
      // fallback when the Clipboard API is refused
      const copied = this.doc.execCommand('copy');
      area.remove();
      return copied;
    }
  }

  private targetOf(eventTarget: EventTarget | null): Target | undefined {
    const node = eventTarget as Node | null;
    // Not `instanceof Node`: a node in an editor iframe belongs to that frame's realm.
    if (!node || typeof (node as Partial<Node>).nodeType !== 'number') return undefined;
    for (const target of this.targets.values()) {
      if (target.element === node || target.element.contains(node)) return target;
    }
    return undefined;
  }

  private schedulePlacement(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      for (const target of this.targets.values()) target.relayout();
      this.card.place();
    });
  }

  /** Listeners on a document (the page, or a same-origin editor iframe). */
  private listen(doc: Document): void {
    if (this.listening.has(doc)) return;
    this.listening.add(doc);
    const view = doc.defaultView ?? window;
    doc.addEventListener(
      'input',
      (event) => {
        const target = this.targetOf(event.composedPath()[0] ?? event.target);
        if (!target) return;
        target.onInput();
        if (this.card.current?.target === target) this.card.close(false);
        this.scheduleCheck(target);
      },
      true,
    );
    doc.addEventListener('scroll', () => this.schedulePlacement(), { capture: true, passive: true });
    doc.addEventListener('keydown', (event) => this.onKeyDown(event), true);
    doc.addEventListener('mousemove', (event) => this.onPointer(event, view), { passive: true });
    doc.addEventListener('click', (event) => this.onClick(event, view), true);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && (event.code === 'KeyN' || event.code === 'KeyP')) {
      event.preventDefault();
      event.stopPropagation();
      this.step(event.code === 'KeyN' ? 1 : -1);
      return;
    }
    if (event.key === 'Escape') {
      if (this.card.isOpen) this.card.close(this.card.contains(this.root.shadow.activeElement));
      else if (this.panel.isOpen && this.root.owns(this.doc.activeElement)) this.panel.close(true);
    }
  }

  private onClick(event: MouseEvent, view: Window): void {
    if (this.root.owns(event.target as Node | null)) return;
    const target = this.targetOf(event.target);
    const finding = target ? this.findingUnder(target, event.clientX, event.clientY, view) : undefined;
    if (target && finding) {
      this.show({ target, finding }, false);
    } else if (this.card.isOpen) {
      this.card.close(false);
    }
  }

  private findingUnder(target: Target, x: number, y: number, view: Window): WireFinding | undefined {
    if (view !== this.doc.defaultView) {
      // Coordinates inside an editor iframe: RangeTarget hit-tests in its own document.
      return target.findingAt(x, y);
    }
    return target.findingAt(x, y);
  }

  private onPointer(event: MouseEvent, view: Window): void {
    this.pointer = { x: event.clientX, y: event.clientY, target: event.target, view };
    if (this.hoverFrame) return;
    this.hoverFrame = requestAnimationFrame(() => {
      this.hoverFrame = 0;
      this.hover();
    });
  }

  private hoverFrame = 0;

  private hover(): void {
    const pointer = this.pointer;
    if (!pointer) return;
    if (this.root.owns(pointer.target as Node | null)) {
      clearTimeout(this.closeTimer);
      return;
    }
    const target = this.targetOf(pointer.target);
    const finding = target ? this.findingUnder(target, pointer.x, pointer.y, pointer.view) : undefined;
    clearTimeout(this.hoverTimer);
    if (target && finding) {
      clearTimeout(this.closeTimer);
      if (this.card.current?.finding === finding) return;
      this.hoverTimer = setTimeout(() => this.show({ target, finding }, false), HOVER_OPEN_MS);
    } else if (this.card.isOpen && !this.card.contains(this.root.shadow.activeElement)) {
      clearTimeout(this.closeTimer);
      this.closeTimer = setTimeout(() => this.card.close(false), HOVER_CLOSE_MS);
    }
  }

  /** For tests and the benchmark: what is shown now. */
  snapshot(): { targets: number; findings: number; highlights: Record<string, number> } {
    const highlights: Record<string, number> = {};
    for (const layer of this.layers.values())
      for (const [name, count] of Object.entries(layer.counts())) highlights[name] = (highlights[name] ?? 0) + count;
    return { targets: this.targets.size, findings: this.ordered.length, highlights };
  }
}
