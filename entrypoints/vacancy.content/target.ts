import type { WireFinding } from '../../lib/messages/vacancy-messages';
import type { Box } from '../../lib/highlight/mirror-layout';

/** One checked piece of a page: a block of vacancy text, a rich-text editor or a text field. */
export interface Target {
  readonly id: string;
  readonly element: Element;
  /** Can the user edit it (so "replace" is offered)? */
  readonly editable: boolean;
  /** The text as the engine should see it. Re-reads the DOM. */
  read(): string;
  /** The text last read. */
  readonly text: string;
  /** Show these findings (offsets into `text`). */
  show(findings: readonly WireFinding[]): void;
  readonly findings: readonly WireFinding[];
  /** Page-independent viewport rectangles of a shown finding, for the card's placement. */
  rects(finding: WireFinding): Box[];
  /** The finding under a viewport point, if any. */
  findingAt(x: number, y: number): WireFinding | undefined;
  /** Make a finding the visible, marked one (scroll to it). */
  activate(finding: WireFinding | undefined, scroll: boolean): void;
  /** Replace a finding's text through the editor's own input path. */
  replace(finding: WireFinding, text: string): boolean;
  /** Called on every input event inside the target: keep the marks in place until the next check. */
  onInput(): void;
  /** Re-place marks after scroll or resize (fields only; ranges are painted by the browser). */
  relayout(): void;
  dispose(): void;
}
