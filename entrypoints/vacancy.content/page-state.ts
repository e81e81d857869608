import type { HighlightLayer } from '../../lib/highlight/highlight-layer';
import type { PageReadability } from '../../lib/messages/readability-wire';
import type { WireFinding } from '../../lib/messages/vacancy-messages';
import type { FindingCard, Located } from './card';
import type { SummaryPanel } from './panel';
import type { Setup } from './strings';
import type { Target } from './target';
import type { UiRoot } from './ui-root';

/** What the engine said about one target's text. */
export interface CheckState {
  /** The text the findings belong to. */
  text: string;
  findings: WireFinding[];
  ignored: number;
  gender: { masculine: number; feminine: number; verdict: string; note: string };
  /** Advice on the text's language level; null where readability is off for the site. */
  readability: PageReadability | null;
  sequence: number;
}

export type CheckMode = 'auto' | 'page' | 'selection';

/**
 * The vacancy check's state on one page, shared by the files that each do one job on it: finding
 * targets (`target-scan.ts`), checking them (`target-check.ts`), the findings in reading order
 * (`finding-order.ts`), what the user does with a finding (`finding-actions.ts`) and the page's
 * events (`page-events.ts`). `controller.ts` creates it and wires them together.
 */
export interface VacancyPage {
  readonly doc: Document;
  readonly root: UiRoot;
  /** Aborts when the check stops on this page: every listener and timer goes with it. */
  readonly signal: AbortSignal;
  readonly card: FindingCard;
  readonly panel: SummaryPanel;
  setup: Setup;
  mode: CheckMode | undefined;
  /** The URL the targets belong to; another one means an SPA navigation. */
  url: string;
  readonly targets: Map<Element, Target>;
  readonly states: Map<Target, CheckState>;
  readonly typingTimers: Map<Target, ReturnType<typeof setTimeout>>;
  readonly layers: Map<Window, HighlightLayer>;
  /** Every shown finding in reading order. */
  ordered: Located[];
  nextId: number;
  sequence: number;
  pending: number;
  failed: boolean;
  recordedUrl: string | undefined;
  /** Called when the page's URL changed under a scan (SPA navigation). */
  readonly navigated: () => void;
}

export const isOurs =
  (page: VacancyPage) =>
  (element: Element): boolean =>
    page.root.owns(element);

export function isLive(page: VacancyPage, target: Target): boolean {
  return [...page.targets.values()].includes(target);
}
