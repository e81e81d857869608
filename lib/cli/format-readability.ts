import type { ReadabilityResult } from '../readability/types';
import { lineColumn } from './line-column';
import type { Messages } from './messages';

const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', cyan: '\u001b[36m' };
/** Longest quote of a hinted stretch; a long sentence is cut with an ellipsis. */
const QUOTE = 60;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > QUOTE ? `${flat.slice(0, QUOTE - 1)}…` : flat;
}

/**
 * The readability part of the text report: the level against the target, the baseline score,
 * then each hint. Printed in cyan as advice, apart from the findings (never red or yellow).
 */
export function formatReadability(text: string, r: ReadabilityResult, messages: Messages, colour: boolean): string[] {
  const paint = (code: string, s: string): string => (colour ? `${code}${s}${ANSI.reset}` : s);
  const m = messages.readability;
  const lines = [''];
  if (r.level === null) {
    lines.push(`${paint(ANSI.bold, m.title)}: ${m.noLevel} (${m.target} ${r.target}). ${r.reasonMessage ?? ''}`.trimEnd());
  } else {
    const verdict = r.reached ? m.reached : m.notReached;
    const score = r.score === null ? '' : ` · ${r.lang === 'en' ? 'Flesch Reading Ease' : 'Flesch-Douma'} ${r.score}`;
    lines.push(
      `${paint(ANSI.bold, m.title)}: ${r.level} (${m.target} ${r.target}, ${verdict})${score} · ${m.counts(r.sentences, r.words)}`,
    );
  }
  for (const hint of r.hints) {
    const { line, column } = lineColumn(text, hint.start);
    const kind = paint(ANSI.cyan, m.kinds[hint.kind].padEnd(14));
    lines.push(
      `  ${String(line)}:${String(column)}  ${kind} "${quote(text.slice(hint.start, hint.end))}"`,
      `      ${paint(ANSI.dim, hint.message)}`,
    );
  }
  if (r.hints.length > 0) lines.push(paint(ANSI.dim, `  ${m.advice}`));
  return lines;
}
