import type { ReadabilityResult } from '../readability/types';
import type { AnalysisResult, Finding } from '../wording/types';
import type { Severity } from '../schema/grounds';
import { groundLabelKey } from '../wording/ground-info';
import { translate } from '../i18n/translate';
import type { Locale } from '../i18n/locale';
import { mainSource } from './contract';
import { formatReadability } from './format-readability';
import { lineColumn } from './line-column';

export { lineColumn };
import type { Messages } from './messages';

const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', red: '\u001b[31m', yellow: '\u001b[33m', blue: '\u001b[34m' };
const SEVERITY_COLOUR: Record<Severity, string> = { prohibited: ANSI.red, risk: ANSI.yellow, style: ANSI.blue };

/** A readable report for people, coloured when `colour` is true. */
export function formatText(
  name: string,
  text: string,
  result: AnalysisResult,
  messages: Messages,
  locale: Locale,
  colour: boolean,
  readable?: ReadabilityResult,
): string {
  const paint = (code: string, s: string): string => (colour ? `${code}${s}${ANSI.reset}` : s);
  const { bySeverity } = result.summary;
  const counts = (['prohibited', 'risk', 'style'] as const)
    .filter((s) => bySeverity[s] > 0)
    .map((s) => `${bySeverity[s]} ${messages.severity[s].toLowerCase()}`)
    .join(', ');
  const lines: string[] = [];
  lines.push(
    `${paint(ANSI.bold, name)}: ${messages.findings(result.summary.total)}${counts ? ` (${counts})` : ''} · ${messages.language}: ${result.lang}`,
  );
  if (result.findings.length === 0) lines.push(`  ${messages.none}`);
  for (const f of result.findings) lines.push(...formatFinding(f, text, messages, locale, paint));
  const balance = result.genderBalance;
  if (balance.verdict !== 'empty') {
    lines.push('', paint(ANSI.dim, `${messages.balance}: ${balance.verdict} (${balance.masculine}/${balance.feminine}). ${balance.note}`));
  }
  if (readable) lines.push(...formatReadability(text, readable, messages, colour));
  return `${lines.join('\n')}\n`;
}

function formatFinding(f: Finding, text: string, messages: Messages, locale: Locale, paint: (code: string, s: string) => string): string[] {
  const { line, column } = lineColumn(text, f.start);
  const severity = paint(SEVERITY_COLOUR[f.severity], messages.severity[f.severity].padEnd(10));
  const out = [
    '',
    `  ${String(line)}:${String(column)}  ${severity} ${translate(locale, groundLabelKey(f.ground))}  ${paint(ANSI.bold, `"${f.text}"`)}`,
    `      ${f.message}`,
    `      ${paint(ANSI.dim, f.explanation)}`,
  ];
  if (f.alternatives.length > 0) out.push(`      ${messages.instead}: ${f.alternatives.join(' / ')}`);
  if (f.mayNotApply.length > 0) out.push(`      ${paint(ANSI.dim, `${messages.mayNotApply} ${f.mayNotApply.join(' ')}`)}`);
  out.push(`      ${paint(ANSI.dim, `${messages.source}: ${mainSource(f)} · ${f.ruleId}`)}`);
  return out;
}
