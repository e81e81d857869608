import { MARKER_CATEGORIES } from '../../lib/blinding/categories';
import type { Lookup } from '../../lib/i18n/format-message';
import type { Locale } from '../../lib/i18n/locale';
import { ask } from '../../lib/messages/content-client';
import { observe, type ObservedBatch } from '../../lib/content/observe';
import { createPaintHolds } from '../../lib/page/hold-paint';
import type { PageRole } from '../../lib/page/page-role';
import type { ScreeningAdapter } from '../../lib/sites/screening-adapters/schema';
import { createApplicantKeyer, type ApplicantKeyer } from './applicant-key';
import type { Applicant, ApplicantBook } from './applicants';
import { pageLexicon } from './lexicon-hook';
import { NO_ADAPTER } from './generic-adapter';
import { createPipeline } from './page-pipeline';
import { trackParsing } from './parse-progress';
import { askSession, browserStrings, sessionStrings, type Session, type StartProblem } from './session';
import { pseudonymsFor } from './pseudonyms';
import { createUiHost } from './ui-host';
import { checkSelectors } from '../../lib/sites/canary';

/**
 * Blind screenen on one document (docs/decisions.md#hold-paint-until-blinded). The sequence:
 *
 * 1. document_start: hold painting (a style under <html>) and ask the background for the session
 *    (categories, the site's adapter, strings, secret). Until the first pass only <title> is masked.
 * 2. DOMContentLoaded, or once a long page's top is parsed: read names from the page's structure
 *    (while the session is on its way), then, with the session, decide if it is about applicants
 *    and mask it (or its top first) in slices, still held.
 * 3. Release the hold. A MutationObserver handles every change in its callback, a microtask that
 *    runs before the next paint (page-pipeline.ts).
 * 4. Meanwhile HMAC keys for the names, pseudonym numbers from the background, then
 *    "Kandidaat …" becomes "Kandidaat 7".
 *
 * Fail closed: without an answer from the background the page is read and masked with every
 * category and no numbers; without a key, the same without numbers; after an error the page stays
 * hidden. Each time the launcher says why and offers to try again.
 */
export interface ScreeningController {
  readonly adapter: ScreeningAdapter;
  readonly applicants: ApplicantBook;
  readonly locale: Locale;
  readonly strings: Lookup;
  readonly role: PageRole;
  /** Why part of the pipeline is missing, if it is. */
  readonly problem: StartProblem | undefined;
  /** Ask the background again (after a problem). */
  retry: () => Promise<void>;
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

type Phase = 'holding' | 'first-pass' | 'live' | 'paused' | 'off' | 'failed';

/** While an error keeps the page hidden, our own UI (a child of <html>, not of <body>) still shows. */
const FAILED_CSS = 'body{opacity:0!important}body,body *{visibility:hidden!important}';

export function startScreening(signal: AbortSignal, onUi: (controller: ScreeningController) => void): void {
  const doc = document;
  const holds = createPaintHolds(doc);
  const startHold = holds.hold();
  const ui = createUiHost(doc);
  const failedStyle = doc.createElement('style');
  failedStyle.textContent = FAILED_CSS;
  let phase: Phase = 'holding';
  let session: Session | undefined;
  let problem: StartProblem | undefined;
  let strings: Lookup = browserStrings();
  let keyer: ApplicantKeyer | undefined;
  const queued: MutationRecord[] = [];
  const parsing = trackParsing(doc);
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  // Only the masks that show "Kandidaat …" are drawn again; after a retry's first key, the whole page.
  const resolvePseudonyms = (fresh: readonly Applicant[], whole = false) =>
    pseudonymsFor(fresh, keyer, async () => {
      await (whole ? pipeline.rescan(false) : pipeline.renumber());
      notify();
    });
  const pipeline = createPipeline({
    doc,
    holds,
    lexicon: pageLexicon().lexicon,
    isOwnElement: (element) => ui.isOwnElement(element) || holds.owns(element), // and our paint hold's style
    layer: ui.layer,
    photoStyle: ui.photoStyle,
    awaitsNumbers: () => keyer !== undefined,
    onFresh: (fresh) => void resolvePseudonyms(fresh),
    // Not while the page is held: the dock measures the page to find its place, and a held page
    // laid out for it is laid out again once it is shown.
    onApplicantPage: () => phase !== 'first-pass' && mountUi(),
    onChange: notify,
    onFailure: (error) => fail(error),
  });

  function onRecords({ records }: ObservedBatch): void {
    try {
      if (phase === 'holding') parsing.check();
      // The parser's additions to a long page's unread rest: hidden, and read with the rest.
      const own = phase === 'first-pass' ? pipeline.outsideUnreadRest([...records]) : [...records];
      if (phase === 'live' || phase === 'holding' || phase === 'first-pass') pipeline.handle(own);
      // During the first pass only the title is masked at once; the rest is read after it.
      if (phase === 'first-pass') queued.push(...own);
    } catch (error) {
      fail(error);
    }
  }
  // Every root we watch (the document, open shadow roots, local frames' documents). The attribute
  // list grows once the site's adapter is known: then the observation starts again on all of them.
  const roots = new Set<Node>([doc]);
  let observation: { stop: AbortController; add: (root: Node) => void } | undefined;
  function startObserving(): void {
    observation?.stop.abort();
    const stop = new AbortController();
    signal.addEventListener('abort', () => stop.abort(), { once: true });
    const attributeFilter = [...pipeline.watchedAttributes];
    const init: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter };
    const watching = observe(doc, onRecords, { signal: stop.signal, init, largeBurst: Infinity });
    for (const root of roots) watching.add(root);
    observation = { stop, add: watching.add };
  }
  pipeline.onRoot((root) => {
    if (root === doc) return startObserving();
    roots.add(root);
    observation?.add(root);
  });
  startObserving();

  // --- Start-up -----------------------------------------------------------------------------------

  async function requestSession(): Promise<Session> {
    let reply = await askSession({});
    // The automation build lets a fixture page ask for a site's adapter
    // (tests/fixtures/pages/screening/); the store build never sends this second request.
    if (import.meta.env.EW_E2E) {
      await parsing.bodyBegun;
      const requested = doc.querySelector('meta[name="eerlijk-werven-adapter"]')?.getAttribute('content');
      if (requested) reply = await askSession({ adapter: requested });
    }
    return reply;
  }

  // Names are read while the session is on its way (first-pass.ts); taking them waits for it.
  const configured = (async () => {
    try {
      session = await requestSession();
    } catch (error) {
      // No answer: the script only runs where screening is switched on, so the page is masked
      // with every category, without numbers, and the recruiter is told.
      console.warn('[Eerlijk Werven] blind screening got no session', error instanceof Error ? error.message : '');
      problem = 'no-answer';
    }
    return configure();
  })();
  configured.catch(() => undefined); // start() awaits it and reports its error once
  void start().catch(fail);

  /** Configure the pipeline from the session; false when screening is off or paused here (the page is given back). */
  async function configure(): Promise<boolean> {
    if (session !== undefined) {
      strings = sessionStrings(session);
      if (!session.active || session.paused) {
        phase = session.paused ? 'paused' : 'off';
        pipeline.restore();
        startHold.release();
        if (session.paused) mountUi();
        return false;
      }
      keyer = await makeKeyer(session);
    }
    const adapter = session?.adapter ?? NO_ADAPTER;
    pipeline.configure({ adapter, hidden: new Set(session?.hidden ?? MARKER_CATEGORIES), locale: session?.locale ?? browserLocale() });
    return true;
  }

  async function start(): Promise<void> {
    await parsing.readable;
    if (phase !== 'holding') return; // off or paused already
    phase = 'first-pass';
    const showTop = () => void (mountUi(), startHold.release());
    await pipeline.firstPass(parsing.parsed, () => configured, showTop);
    if (!(await configured)) return;
    phase = 'live';
    startHold.release();
    if (queued.length > 0) pipeline.handle(queued.splice(0));
    if (pipeline.role === 'applicants') {
      mountUi();
      checkSelectors(session?.adapter ?? NO_ADAPTER, doc);
    }
    void resolvePseudonyms(pipeline.applicants.all);
  }

  async function makeKeyer(current: Session): Promise<ApplicantKeyer | undefined> {
    if (current.secret === undefined) {
      problem = 'no-secret';
      return undefined;
    }
    const made = await createApplicantKeyer(current.secret).catch(() => undefined);
    if (made === undefined) problem = globalThis.crypto?.subtle === undefined ? 'no-crypto' : 'no-secret';
    else if (problem !== 'no-answer') problem = undefined;
    return made;
  }

  /** Something threw: keep the page hidden, show only our launcher with the reason. */
  function fail(error: unknown): void {
    console.warn('[Eerlijk Werven] blind screening stopped after an error', error instanceof Error ? error.message : '');
    phase = 'failed';
    problem = 'error';
    if (!failedStyle.isConnected) (doc.head ?? doc.documentElement).append(failedStyle);
    holds.releaseAll();
    mountUi();
    notify();
  }

  const browserLocale = (): Locale => ((navigator.language ?? '').toLowerCase().startsWith('nl') ? 'nl' : 'en');

  // --- UI and controls ----------------------------------------------------------------------------

  const mountUi = () => void (ui.mount(), onUi(controller));

  function stopAll(): void {
    phase = 'off';
    observation?.stop.abort();
    pipeline.restore();
    holds.releaseAll();
    failedStyle.remove();
    ui.remove();
  }
  signal.addEventListener('abort', stopAll);

  const controller: ScreeningController = {
    get adapter() {
      return session?.adapter ?? NO_ADAPTER;
    },
    get applicants() {
      return pipeline.applicants;
    },
    get locale() {
      return session?.locale ?? browserLocale();
    },
    get strings() {
      return strings;
    },
    get role() {
      return pipeline.role;
    },
    get problem() {
      return problem;
    },
    async retry() {
      if (problem === 'error') return location.reload();
      const answer = await requestSession().catch(() => undefined);
      if (answer === undefined) throw new Error(strings('screening_problem_still'));
      // Settings, the key or the pause may differ from what the page was masked with: start clean.
      if (problem === 'no-answer' || !answer.active || answer.paused) return location.reload();
      session = answer;
      strings = sessionStrings(answer);
      const firstKey = keyer === undefined;
      keyer = await makeKeyer(answer);
      notify();
      await resolvePseudonyms(pipeline.applicants.all, firstKey);
    },
    reveal(applicant) {
      pipeline.reveal(applicant);
      notify();
    },
    async pause(paused) {
      await ask('screening:pause', { paused });
      if (paused) {
        phase = 'paused';
        pipeline.restore();
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
      const rules = pipeline.rules;
      if (rules === undefined) throw new Error(strings('screening_panel_waiting'));
      return rules.maskNote(text);
    },
    onApplicantsChanged: (listener) => void listeners.add(listener),
    uiRoot: ui.uiRoot,
  };
}
