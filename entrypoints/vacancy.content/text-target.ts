import type { WireFinding } from '../../lib/messages/vacancy-messages';
import type { Target } from './target';

/**
 * Text without a place on the page (a selection the context menu passed from a frame we cannot
 * read): findings are listed in the panel only.
 */
export class TextOnlyTarget implements Target {
  readonly editable = false;
  findings: WireFinding[] = [];

  constructor(
    readonly id: string,
    readonly element: Element,
    readonly text: string,
  ) {}

  read(): string {
    return this.text;
  }
  show(findings: readonly WireFinding[]): void {
    this.findings = [...findings];
  }
  rects(): [] {
    return [];
  }
  findingAt(): undefined {
    return undefined;
  }
  activate(): void {}
  replace(): boolean {
    return false;
  }
  onInput(): void {}
  relayout(): void {}
  dispose(): void {
    this.findings = [];
  }
}
