import { createBlindQueue, nextTask } from '../../lib/page/blind-queue';
import { createDomBlinder, type BlindingPass, type PassRange } from '../../lib/page/dom-blinder';
import type { DeferScope } from '../../lib/page/masked-writes';
import { createFieldMasks, type FieldMasks } from '../../lib/page/field-masks';
import { createHarvester } from '../../lib/page/harvest/harvester';
import { createPageMarks } from '../../lib/page/harvest/page-marks';
import { passesInTurn } from '../../lib/page/harvest/passes-in-turn';
import { changedElements, changesWithout, collectChanges, touchesTitle, type PageChanges } from '../../lib/page/mutation-changes';
import { namesSomeone, readPageRole, type PageRole } from '../../lib/page/page-role';
import { awaitsNumber } from '../../lib/page/pseudonym-text';
import { createApplicantBook, type Applicant } from './applicants';
import { outsideUnreadRest, runFirstPass, type UnreadRest } from './first-pass';
import { judgeSelected, NO_ADAPTER } from './generic-adapter';
import { createMaskRules, type MaskRules } from './mask-rules';
import type { Pipeline, PipelineConfig, PipelineOptions } from './page-pipeline-types';
import { createPagePhotos } from './page-photos';
import { recoverOnce } from './recover-once';

/** Work done in the observer's callback before the rest waits for a slice. */
const SYNC_BUDGET_MS = 20;

/**
 * One document's blinding, from the first pass to every later change (docs/decisions.md,
 * "Names from the page"): names are read from the page's structure first (lib/page/harvest),
 * then the page's role is decided (only applicant pages are changed), then every text node and
 * visible attribute is masked, in time slices while the page is held unpainted. Later changes are
 * read and masked in the observer's microtask, before the next paint.
 */
export function createPipeline(options: PipelineOptions): Pipeline {
  const { doc, holds, lexicon } = options;
  const marks = createPageMarks();
  const photos = createPagePhotos(options.photoStyle, () => config?.hidden.has('photos') === true);
  let config: PipelineConfig | undefined;
  let role: PageRole = 'neither';
  let rules: MaskRules | undefined;
  let stopped = false;
  let adapterNames = 0;
  let rest: UnreadRest | undefined; // a long page's rest while its names are unread (first-pass.ts)
  let applicants = createApplicantBook(NO_ADAPTER, originalText);
  const rootListeners = new Set<(root: Node) => void>();

  const harvester = createHarvester({
    lexicon,
    marks,
    isOwnElement: options.isOwnElement,
    onPhoto: (element) => photos.offer(element),
    onColleaguePhoto: (element) => photos.keep(element),
  });
  const colleaguesOf = { isStaff: harvester.isStaff, isColleagueAddress: harvester.isColleagueAddress, lexicon };

  // Until the first pass, only the title is masked, wholly: the tab strip shows it, the names are not known yet.
  let holding = true;
  let titleHolds = 0;
  const blinder = createDomBlinder({
    mask: (text, owner, kind, node) => {
      // The title while held or while a batch that changed it is read: no hold covers the tab strip.
      if (owner.tagName === 'TITLE' && (holding || titleHolds > 0)) return text.trim() !== '' ? '…' : undefined;
      if (holding) return undefined;
      return role === 'applicants' ? rules?.mask(text, owner, kind, node) : undefined;
    },
    isOwnElement: options.isOwnElement,
    waitsForMore: (masked) => options.awaitsNumbers() && awaitsNumber(masked),
    // Fields are watched (after each layout) only on applicant pages.
    onField: (field) => (role === 'applicants' ? fieldMasks?.track(field) : undefined),
    onEditable: (element) => (role === 'applicants' ? fieldMasks?.trackEditable(element) : undefined),
    onShadowRoot: (root) => newRoot(root, root),
    onFrameDocument: (frameDoc) => {
      if (frameDoc.documentElement !== null) newRoot(frameDoc, frameDoc.documentElement);
    },
  });
  let fieldMasks: FieldMasks | undefined;
  const queue = createBlindQueue({
    blinder,
    holds,
    onError: recoverOnce(() => rescan(true), options.onFailure),
  });

  function originalText(element: Element): string {
    return blinder.originalTextOf(element);
  }

  /** A shadow root or a frame's document: read its names, observe it, mask it. */
  function newRoot(observed: Node, content: Node): void {
    if (stopped) return;
    for (const listener of rootListeners) listener(observed);
    readAgain(content);
    blinder.blindNow(content);
  }

  /** Names in `content` (a new root, a field a script filled without an event): any new one masks the page again. */
  function readAgain(content: Node): void {
    harvester.pass(content).run();
    if (takeNames().length > 0) void rescan(true);
  }

  /** Names the finished harvest passes found, into the applicant book; compiles when any is new. */
  function takeNames(): Applicant[] {
    const fresh = applicants.add(harvester.take());
    const compiled = role !== 'applicants' && decideRole();
    if (fresh.length > 0) {
      if (!compiled) compile();
      options.onFresh(fresh);
      options.onChange();
    }
    return fresh;
  }

  /** True when the page just became an applicant page (and its rules were compiled). */
  function decideRole(): boolean {
    const evidence = { ...harvester.evidence, names: applicants.all.length, adapterNames: adapterNames };
    // A page that names no one stays as it is, without reading the whole document again.
    if (role !== 'applicants' && !namesSomeone(evidence)) return false;
    const decided = readPageRole(doc, evidence, originalText);
    if (decided !== 'applicants' || role === 'applicants') {
      role = decided;
      return false;
    }
    role = 'applicants';
    // Names read before are judged again with all read since: a chat's people, the team (set LL).
    applicants.forget((applicant) => harvester.isStaffExact(applicant.name));
    if (config !== undefined) photos.activate(config.adapter);
    compile();
    options.onApplicantPage();
    return true;
  }

  function compile(): void {
    if (config === undefined) return;
    rules = createMaskRules({ ...config, ...colleaguesOf, applicants, marks, originalText, originalOfText: blinder.originalOf });
    maskTitles(true);
  }

  function ensureFieldMasks(): void {
    fieldMasks ??= createFieldMasks({
      mask: (value, field) => rules?.mask(value, field, 'text'),
      ranges: (text, owner) => (role === 'applicants' ? (rules?.ranges(text, owner) ?? []) : []),
      layer: options.layer,
      holds,
      onNewValue: (field) => (stopped || holding ? undefined : readAgain(field)),
    });
  }

  /** Every node is judged again (new names, a reveal); while a long page's rest is read, only its top (first-pass.ts). */
  function rescan(hold: boolean): Promise<void> {
    return maskAgain(hold, rest === undefined ? undefined : { until: rest.boundary });
  }

  async function maskAgain(hold: boolean, range?: PassRange): Promise<void> {
    blinder.invalidate();
    const flush = hold ? undefined : blinder.deferTextWrites('remasks');
    const root = doc.documentElement;
    const pass = range === undefined ? queue.pass(root, hold) : queue.work(() => blinder.pass(root, range), hold);
    await pass.finally(() => flush?.());
    fieldMasks?.recheck();
  }

  /** Read the page's names in `range` (the whole page, or part of a long one); `takeRead` takes them. */
  const readNames = (range: PassRange) => queue.work(() => harvester.pass(doc.documentElement, range), false);

  async function takeRead(): Promise<void> {
    // Each step in a task of its own (the page is still held): no task of ours runs long.
    await nextTask();
    takeNames(); // decides the page's role too
    holding = false; // from here the rules mask the title (or give it back on a page without applicants)
  }

  /** Mask the document (or its top up to `until`), frames and shadow roots too; `deferred` texts are written at the end. */
  async function maskAll(deferred: DeferScope, until?: Element): Promise<void> {
    const flush = blinder.deferTextWrites(deferred);
    await maskAgain(false, until === undefined ? undefined : { until }).finally(flush);
  }

  function handle(records: MutationRecord[]): void {
    if (stopped) return;
    const titleChanged = records.some(touchesTitle);
    if (holding || config === undefined) {
      if (titleChanged) maskTitles();
      return;
    }
    // Our own writes and elements come back as records too (thousands after a long page's pass):
    // left out before the work this task has time for is counted.
    const changes = collectChanges(records, blinder.isOwnWrite, options.isOwnElement);
    const started = performance.now();
    if (changes.size === 0) return;
    if (titleChanged && role === 'applicants') maskTitles();
    // While a long page's rest is read, a batch is masked with the names known and read again after
    // the first pass (the controller keeps it); the hidden rest waits for the first pass's mask.
    if (rest !== undefined) {
      // Text the rest's marks cannot hide (fail closed: the page is held until the rest is shown).
      if (rest.hidden?.cover(changes.added) === false) rest.holdUntilShown();
      return queue.handle(changesWithout(changes, rest.holds), SYNC_BUDGET_MS - (performance.now() - started));
    }
    // New names first: they must be known before any text of this batch is masked.
    const before = applicants.all.length;
    const wasApplicantPage = role === 'applicants';
    const fromAdapter: Applicant[] = [];
    for (const root of changes.added)
      if (root.nodeType === 1 || root.nodeType === 11) fromAdapter.push(...applicants.harvest(root as ParentNode));
    adapterNames += fromAdapter.length;
    const pass = passesInTurn(changedElements(changes), (root) => harvester.pass(root));
    const mask = (budgetMs: number) => maskRead(changes, before, wasApplicantPage, fromAdapter, budgetMs);
    // Too much to read in this task: hold painting, read the rest, then mask.
    if (!pass.run(() => performance.now() - started > SYNC_BUDGET_MS)) return void slowBatch(pass, titleChanged, () => mask(0));
    void mask(Math.max(0, SYNC_BUDGET_MS - (performance.now() - started)));
  }

  /** A batch whose names are read: a new name masks the whole page again, painting held; else only the batch. */
  async function maskRead(changes: PageChanges, before: number, wasApplicantPage: boolean, fromAdapter: Applicant[], budgetMs: number) {
    const fresh = takeNames();
    // The adapter's names of this batch too: they are in the book already.
    takeAdapterNames(fromAdapter);
    if (role === 'applicants' && (fresh.length > 0 || applicants.all.length !== before || !wasApplicantPage)) return rescan(true);
    queue.handle(changes, budgetMs);
  }

  /** Names a site adapter found in a batch (already in the book): the rules are compiled with them. */
  function takeAdapterNames(fromAdapter: Applicant[]): void {
    if (fromAdapter.length === 0) return;
    compile();
    options.onFresh(fromAdapter);
    options.onChange();
  }

  async function slowBatch(started: BlindingPass, titleChanged: boolean, mask: () => Promise<void>): Promise<void> {
    const hold = holds.hold();
    if (titleChanged) {
      titleHolds += 1;
      maskTitles(true);
    }
    try {
      await queue.work(() => started, true);
      await mask();
    } finally {
      if (titleChanged) {
        titleHolds -= 1;
        maskTitles(true);
      }
      hold.release();
    }
  }

  /** Mask the titles again; `fresh` when what they are masked with changed (rules, the title hold). */
  function maskTitles(fresh = false): void {
    if (fresh) blinder.invalidate();
    for (const title of doc.getElementsByTagName('title')) blinder.blindNow(title);
  }

  return {
    configure(next) {
      config = next;
      applicants = createApplicantBook(next.adapter, originalText, next.adapter.id === 'generic' ? judgeSelected(lexicon) : undefined);
      if (blinder.watch(next.adapter.attributes)) for (const listener of rootListeners) listener(doc);
    },
    firstPass(parsed, ready, showTop) {
      ensureFieldMasks();
      const readAdapter = () => void (adapterNames += applicants.harvest(doc).length);
      const isApplicantPage = () => role === 'applicants';
      const giveBack = () => blinder.restore(doc.documentElement);
      const restUnread = (unread: UnreadRest | undefined) => void (rest = unread);
      const steps = { doc, parsed, holds, ready, readAdapter, read: readNames, take: takeRead, isApplicantPage };
      return runFirstPass({ ...steps, mask: maskAll, giveBack, restUnread }, showTop);
    },
    handle,
    outsideUnreadRest: (records) => outsideUnreadRest(rest, records),
    rescan,
    renumber() {
      if (stopped) return;
      blinder.remaskWaiting();
      fieldMasks?.recheck();
    },
    reveal(applicant) {
      applicant.revealed = true;
      for (const container of applicant.containers) photos.reveal(container);
      compile();
      fieldMasks?.clear();
      void rescan(false);
    },
    restore() {
      stopped = true;
      queue.clear();
      rest?.hidden?.show();
      blinder.restore(doc.documentElement);
      fieldMasks?.clear();
      photos.restore();
    },
    get role() {
      return role;
    },
    get applicants() {
      return applicants;
    },
    get rules() {
      return rules;
    },
    get watchedAttributes() {
      return blinder.watchedAttributes;
    },
    onRoot: (listener) => void rootListeners.add(listener),
  };
}
