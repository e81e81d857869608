import type { MarkerCategory } from '../../lib/blinding/categories';
import type { NameLexicon } from '../../lib/blinding/name-lexicon';
import type { Locale } from '../../lib/i18n/locale';
import type { PaintHolds } from '../../lib/page/hold-paint';
import type { PageRole } from '../../lib/page/page-role';
import type { ScreeningAdapter } from '../../lib/sites/screening-adapters/schema';
import type { Applicant, ApplicantBook } from './applicants';
import type { MaskRules } from './mask-rules';

/** What the page pipeline (page-pipeline.ts) is given and what it offers the controller. */
export interface PipelineConfig {
  adapter: ScreeningAdapter;
  hidden: ReadonlySet<MarkerCategory>;
  locale: Locale;
}

export interface PipelineOptions {
  doc: Document;
  holds: PaintHolds;
  lexicon: NameLexicon;
  isOwnElement: (element: Element) => boolean;
  layer: HTMLElement; // our field-mask layer, in our closed shadow root
  photoStyle: HTMLStyleElement;
  /** True while pseudonym numbers can still come (a key was made): masks that wait for one are kept track of. */
  awaitsNumbers: () => boolean;
  /** Applicants seen for the first time: their pseudonyms can be looked up. */
  onFresh: (fresh: Applicant[]) => void;
  /** The page turned out to be about applicants (at the first pass or later). */
  onApplicantPage: () => void;
  /** The applicant list or the masking changed (the launcher and panel redraw). */
  onChange: () => void;
  /** Masking failed twice in a row: the page stays hidden (controller.ts, fail). */
  onFailure: (error: unknown) => void;
}

export interface Pipeline {
  configure: (config: PipelineConfig) => void;
  /**
   * Read and mask the whole document; resolves when all of it may be painted. On a long page,
   * `showTop` is called once its top is masked: the rest stays hidden until the end. `parsed`
   * settles at DOMContentLoaded: a long page's pass may start before it (parse-progress.ts).
   * Names are read before `ready` settles: it calls `configure` and says whether to go on.
   */
  firstPass: (parsed: Promise<void>, ready: () => Promise<boolean>, showTop: () => void) => Promise<void>;
  handle: (records: MutationRecord[]) => void;
  /** The records left to handle once the parser's additions to a long page's unread rest are hidden (first-pass.ts). */
  outsideUnreadRest: (records: MutationRecord[]) => MutationRecord[];
  /** Mask the whole document again (`hold`: painting held until it is done). */
  rescan: (hold: boolean) => Promise<void>;
  /** New pseudonym numbers: only the masks that wait for one are written again, and the fields' boxes. */
  renumber: () => void;
  reveal: (applicant: Applicant) => void;
  /** Put every original back and stop changing the page (pause, switched off). */
  restore: () => void;
  readonly role: PageRole;
  readonly applicants: ApplicantBook;
  readonly rules: MaskRules | undefined;
  readonly watchedAttributes: readonly string[];
  /** Observe a new root (a shadow root or a frame's document). */
  onRoot: (listener: (root: Node) => void) => void;
}
