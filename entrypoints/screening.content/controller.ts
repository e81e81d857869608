import { createLookup, type Lookup } from '../../lib/i18n/format-message';
import type { Locale } from '../../lib/i18n/locale';
import { ask } from '../../lib/messages/content-client';
import type { MessageResponse } from '../../lib/messages/protocol';
import { createDomBlinder, type DomBlinder } from '../../lib/page/dom-blinder';
import { createFieldMasks, type FieldMasks } from '../../lib/page/field-masks';
import { holdPaint, type PaintHold } from '../../lib/page/hold-paint';
import { collectChanges } from '../../lib/page/mutation-changes';
import { photoCss } from '../../lib/page/photo-style';
import type { ScreeningAdapter } from '../../lib/sites/screening-adapters/schema';
import { createApplicantKeyer, type ApplicantKeyer } from './applicant-key';
import { createApplicantBook, type Applicant, type ApplicantBook } from './applicants';
import { createMaskRules, type MaskRules } from './mask-rules';
import { checkSelectors } from '../../lib/sites/canary';

/**
 * Blind screenen on one document. The sequence, and why
 * (docs/decisions.md#hold-paint-until-blinded):
 *
 * 1. document_start: hold painting (a style under <html>), so neither a name nor a photo can be
 *    painted; ask the background for the session (categories, the site's adapter, secret).
 * 2. While the page parses, only its <title> is watched: the tab strip would show it. When the
 *    session arrives, the adapter's photo CSS goes up (the hold still covers everything).
 * 3. At DOMContentLoaded: read the applicants' names from the adapter's fields, compile the
 *    detector, and mask the whole document in time slices of 12 ms (no long task, page still held).
 * 4. Release the hold. From then on a MutationObserver handles every change; its callback is a
 *    microtask, so it runs before the next paint. A burst that takes longer than one slice holds
 *    the paint again and finishes in slices.
 * 5. In the background (not blocking paint): HMAC keys for the names, pseudonym numbers from the
 *    background, then "Kandidaat …" becomes "Kandidaat 7".
 */

const SLICE_MS = 12;
const SYNC_BUDGET_MS = 20;
const HUGE_BURST = 1500;
const SESSION_TIMEOUT_MS = 8000;

export interface ScreeningController {
  readonly adapter: ScreeningAdapter;
  readonly applicants: ApplicantBook;
  readonly locale: Locale;
  readonly strings: Lookup;
  /** Show one applicant's name and photo; only after the background allowed it. */
  reveal: (applicant: Applicant) => void;
  pause: (paused: boolean) => Promise<void>;
  readonly paused: boolean;
  /**
   * Mask a recruiter's note before it is sent and stored (names typed into it, also revealed
   * ones). Throws while the masking rules are not ready: then nothing may be sent.
   */
  maskNote: (text: string) => string;
  onApplicantsChanged: (listener: () => void) => void;
  /** Our UI root inside the closed shadow root. */
  readonly uiRoot: HTMLElement;
}

type Session = MessageResponse<'screening:session'>;

/** Until the session names the site's adapter: no selectors, only the generic detectors. */
const NO_ADAPTER: ScreeningAdapter = {
  id: 'generic',
  label: '',
  matches: [],
  names: [],
  containers: [],
  photos: [],
  fields: [],
  notes: [],
  vacancyTitle: [],
  attributes: [],
  reference: '',
};

export function startScreening(signal: AbortSignal, onUi: (controller: ScreeningController) => void): void {
  const doc = document;
  const hold: PaintHold = holdPaint(doc);
  let extraHold: PaintHold | undefined;
  const photoStyle = doc.createElement('style');
  doc.documentElement.append(photoStyle);

  // Our own UI lives in a closed shadow root: the page cannot read or click into it. Only the
  // automation build opens it, so the e2e tests can drive the panel (and prove that untrusted
  // clicks from the page are ignored); the store build is always closed.
  const host = doc.createElement('ew-blind-screening');
  const shadow = host.attachShadow({ mode: import.meta.env.EW_E2E ? 'open' : 'closed' });
  const uiRoot = doc.createElement('div');
  const layer = doc.createElement('div');
  layer.className = 'ew-layer';
  shadow.append(layer, uiRoot);
  const highlightStyle = doc.createElement('style');
  highlightStyle.textContent = '::highlight(ew-blind){color:transparent;background-color:#64748b}';

  let phase: 'holding' | 'first-pass' | 'live' | 'paused' | 'off' = 'holding';
  let session: Session | undefined;
  let adapter = NO_ADAPTER;
  let applicants: ApplicantBook;
  let rules: MaskRules | undefined;
  let keyer: ApplicantKeyer | undefined;
  const queued: MutationRecord[] = [];
  const observedRoots = new WeakSet<Node>();
  const listeners = new Set<() => void>();

  const isOwnElement = (element: Element) => element === host || element === photoStyle || element === highlightStyle;
  const blinder: DomBlinder = createDomBlinder({
    mask: (text, owner, kind) => {
      // Before the first pass only the title is masked, wholly: the names are not known yet.
      if (phase === 'holding') return owner.tagName === 'TITLE' ? '…' : undefined;
      return rules?.mask(text, owner, kind);
    },
    isOwnElement,
    onField: (field) => fieldMasks?.track(field),
    onEditable: (element) => fieldMasks?.trackEditable(element),
    onShadowRoot: (root) => {
      observe(root);
      blinder.blindNow(root);
    },
    onFrameDocument: (frameDoc) => {
      if (frameDoc.documentElement === null) return;
      observe(frameDoc);
      blinder.blindNow(frameDoc.documentElement);
    },
  });
  let fieldMasks: FieldMasks | undefined;
  applicants = createApplicantBook(adapter, originalText);

  function originalText(element: Element): string {
    let text = '';
    const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node !== null; node = walker.nextNode() as Text | null)
      text += blinder.originalOf(node) ?? node.data;
    return text;
  }

  // Safety net: if handling a batch ever throws, hold painting and mask the whole page again
  // rather than leave part of the batch unmasked.
  const observer = new MutationObserver((records) => {
    try {
      onRecords(records);
    } catch (error) {
      console.warn('[Eerlijk Werven] re-masking the page after an error', error instanceof Error ? error.message : '');
      void rescan(true);
    }
  });
  const observeOptions = (): MutationObserverInit => ({
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: [...blinder.watchedAttributes],
  });
  function observe(root: Node): void {
    if (observedRoots.has(root)) return;
    observedRoots.add(root);
    observer.observe(root, observeOptions());
  }
  observe(doc);
  signal.addEventListener('abort', () => observer.disconnect());

  function compileRules(): void {
    if (session === undefined) return;
    rules = createMaskRules({ adapter, applicants, hidden: new Set(session.hidden), locale: session.locale });
    blinder.invalidate();
  }

  // --- Passes -------------------------------------------------------------------------------------

  /** A pass over `root` in slices, with painting held until it is done. */
  async function slicedPass(root: Node): Promise<void> {
    const pass = blinder.pass(root);
    for (;;) {
      const started = performance.now();
      if (pass.run(() => performance.now() - started > SLICE_MS)) return;
      await nextTask();
    }
  }

  function nextTask(): Promise<void> {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  }

  let rescanning: Promise<void> | undefined;
  let rescanAgain = false;
  /**
   * Re-mask the whole document (new names, a reveal, new numbers); painting is held while it runs
   * when `holdWhileRunning`. A request during a running pass makes it run once more afterwards, so
   * nodes it already visited see the newest rules too.
   */
  function rescan(holdWhileRunning: boolean): Promise<void> {
    if (holdWhileRunning && extraHold === undefined) extraHold = holdPaint(doc);
    if (rescanning !== undefined) {
      rescanAgain = true;
      return rescanning;
    }
    rescanning = (async () => {
      try {
        do {
          rescanAgain = false;
          await slicedPass(doc.documentElement);
        } while (rescanAgain);
        fieldMasks?.recheck();
      } finally {
        rescanning = undefined;
        extraHold?.release();
        extraHold = undefined;
        flushQueued();
      }
    })();
    return rescanning;
  }

  function flushQueued(): void {
    if (queued.length > 0) onRecords(queued.splice(0));
  }

  // --- Changes ------------------------------------------------------------------------------------

  function onRecords(records: MutationRecord[]): void {
    if (phase === 'off' || phase === 'paused') return;
    if (phase === 'holding') {
      for (const record of records) {
        const target = record.target;
        const title = target.nodeName === 'TITLE' ? target : target.parentElement?.tagName === 'TITLE' ? target.parentElement : undefined;
        if (title !== undefined) blinder.blindNow(title);
        for (const node of record.addedNodes) if (node.nodeName === 'TITLE') blinder.blindNow(node);
      }
      return;
    }
    if (phase === 'first-pass' || rescanning !== undefined) {
      queued.push(...records);
      return;
    }
    const started = performance.now();
    const collected = collectChanges(records);
    // Our own writes come back as records too: leave them out before any work.
    const texts = collected.texts.filter((text) => !blinder.isOwnWrite(text));
    const attributes = collected.attributes.filter(([element, name]) => !blinder.isOwnWrite(element, name));
    const changes = { added: collected.added, texts, attributes, size: collected.added.length + texts.length + attributes.length };
    if (changes.size === 0) return;

    // New names first: they must be known before any text of this batch is masked.
    const fresh: Applicant[] = [];
    for (const root of changes.added)
      if (root.nodeType === 1 || root.nodeType === 11) fresh.push(...applicants.harvest(root as ParentNode));
    if (applicants.nameSelector !== '') {
      for (const text of changes.texts) {
        const field = text.parentElement?.closest(applicants.nameSelector);
        if (field) fresh.push(...applicants.harvest(field));
      }
    }
    if (fresh.length > 0 || changes.size > HUGE_BURST) {
      if (fresh.length > 0) {
        compileRules();
        void resolvePseudonyms(fresh);
      }
      // Text seen before may hold a new name: one full pass, painting held until it is done.
      void rescan(true);
      notify();
      return;
    }

    const shouldYield = () => performance.now() - started > SYNC_BUDGET_MS;
    for (const text of changes.texts) blinder.blindText(text);
    for (const [element, name] of changes.attributes) blinder.blindAttribute(element, name);
    for (let index = 0; index < changes.added.length; index += 1) {
      const node = changes.added[index]!;
      const pass = blinder.pass(node);
      if (!pass.run(shouldYield)) {
        // Too much for one task: hold painting and finish in slices.
        extraHold ??= holdPaint(doc);
        const rest = changes.added.slice(index + 1);
        void (async () => {
          while (!pass.run(yieldAfterSlice())) await nextTask();
          for (const next of rest) await slicedPass(next);
          extraHold?.release();
          extraHold = undefined;
        })();
        return;
      }
    }
  }

  function yieldAfterSlice(): () => boolean {
    const started = performance.now();
    return () => performance.now() - started > SLICE_MS;
  }

  // --- Pseudonyms ---------------------------------------------------------------------------------

  async function resolvePseudonyms(fresh: Applicant[]): Promise<void> {
    if (keyer === undefined) return;
    const pending: Applicant[] = [];
    for (const applicant of fresh) {
      try {
        const key = await keyer(applicant.name);
        applicant.key = key;
        pending.push(applicant);
      } catch {
        // A name field without letters: no pseudonym, the neutral mask stays.
      }
    }
    if (pending.length === 0) return;
    try {
      const { numbers, created } = await ask('screening:pseudonyms', { keys: [...new Set(pending.map((applicant) => applicant.key!))] });
      for (const applicant of pending) applicant.number = numbers[applicant.key!];
      if (created > 0) void ask('activity:record', { metric: 'applicants-screened-blind', count: created }).catch(() => undefined);
      // Numbers are read when a mask is drawn: no new detector, only a fresh pass.
      blinder.invalidate();
      await rescan(false);
      notify();
    } catch (error) {
      console.warn('[Eerlijk Werven] pseudonyms unavailable', error instanceof Error ? error.message : '');
    }
  }

  function notify(): void {
    for (const listener of listeners) listener();
  }

  // --- Start-up -----------------------------------------------------------------------------------

  const domReady = new Promise<void>((resolve) => {
    if (doc.readyState !== 'loading') resolve();
    else doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  });
  const askSession = (payload: { adapter?: string }) =>
    Promise.race([
      ask('screening:session', payload),
      new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error('no session')), SESSION_TIMEOUT_MS)),
    ]);
  const sessionReply = askSession({});

  let strings: Lookup = createLookup({});
  void (async () => {
    try {
      session = await sessionReply;
      // The automation build lets a fixture page ask for a site's adapter
      // (tests/fixtures/pages/screening/); the store build never sends this second request.
      if (import.meta.env.EW_E2E) {
        await domReady;
        const requested = doc.querySelector('meta[name="eerlijk-werven-adapter"]')?.getAttribute('content');
        if (requested) session = await askSession({ adapter: requested });
      }
    } catch (error) {
      // No session: the background refused (screening is not on here) or did not answer. Stop and
      // give the page back rather than leave it blank.
      console.warn('[Eerlijk Werven] blind screening did not start', error instanceof Error ? error.message : '');
      stopAll();
      return;
    }
    strings = createLookup(session.messages);
    if (!session.active || session.paused) {
      phase = session.paused ? 'paused' : 'off';
      blinder.restore(doc.documentElement);
      hold.release();
      if (session.paused) mountUi();
      return;
    }
    adapter = session.adapter;
    applicants = createApplicantBook(adapter, originalText);
    if (session.hidden.includes('photos')) photoStyle.textContent = photoCss(adapter.photos, adapter.containers);
    if (blinder.watch(adapter.attributes)) observer.observe(doc, observeOptions());
    keyer = session.secret === undefined ? undefined : await createApplicantKeyer(session.secret).catch(() => undefined);
    await domReady;
    phase = 'first-pass';
    const fresh = applicants.harvest(doc);
    compileRules();
    mountUi();
    await slicedPass(doc.documentElement);
    fieldMasks?.recheck();
    phase = 'live';
    hold.release();
    flushQueued();
    checkSelectors(adapter, doc);
    void resolvePseudonyms(fresh);
  })();

  function mountUi(): void {
    if (!host.isConnected) doc.documentElement.append(host);
    if (!highlightStyle.isConnected) doc.documentElement.append(highlightStyle);
    fieldMasks ??= createFieldMasks({
      mask: (value, field) => rules?.mask(value, field, 'text'),
      ranges: (text, owner) => rules?.ranges(text, owner) ?? [],
      layer,
    });
    onUi(controller);
  }

  function stopAll(): void {
    phase = 'off';
    observer.disconnect();
    blinder.restore(doc.documentElement);
    fieldMasks?.clear();
    photoStyle.remove();
    highlightStyle.remove();
    hold.release();
    extraHold?.release();
  }

  signal.addEventListener('abort', stopAll);

  const controller: ScreeningController = {
    get adapter() {
      return adapter;
    },
    get applicants() {
      return applicants;
    },
    get locale() {
      return session?.locale ?? 'nl';
    },
    get strings() {
      return strings;
    },
    reveal(applicant) {
      applicant.revealed = true;
      for (const container of applicant.containers) {
        // Inline !important outranks the photo style sheet, for this applicant's photos only.
        for (const photo of container.querySelectorAll<HTMLElement | SVGElement>('img, picture, svg, [class*="avatar" i]')) {
          photo.style.setProperty('visibility', 'visible', 'important');
        }
      }
      compileRules();
      fieldMasks?.clear();
      void rescan(false);
      notify();
    },
    async pause(paused) {
      await ask('screening:pause', { paused });
      if (paused) {
        phase = 'paused';
        blinder.restore(doc.documentElement);
        fieldMasks?.clear();
        photoStyle.textContent = '';
      } else {
        // Resuming re-reads everything: the simplest way to be sure nothing is left unmasked.
        location.reload();
      }
      notify();
    },
    get paused() {
      return phase === 'paused';
    },
    maskNote(text) {
      if (rules === undefined) throw new Error(strings('screening_panel_waiting'));
      return rules.maskNote(text);
    },
    onApplicantsChanged: (listener) => void listeners.add(listener),
    uiRoot,
  };
}
