import type { Ground, Severity } from '../../lib/schema/grounds';
import { GROUNDS as GROUND_ORDER } from '../../lib/schema/grounds';
import type { WireFinding } from '../../lib/messages/vacancy-messages';
import type { Strings } from './strings';

export interface Counts {
  total: number;
  bySeverity: Record<Severity, number>;
  byGround: Partial<Record<Ground, number>>;
}

export function countFindings(findings: readonly Pick<WireFinding, 'severity' | 'ground'>[]): Counts {
  const bySeverity = { prohibited: 0, risk: 0, style: 0 };
  const byGround: Partial<Record<Ground, number>> = {};
  for (const f of findings) {
    bySeverity[f.severity]++;
    byGround[f.ground] = (byGround[f.ground] ?? 0) + 1;
  }
  return { total: findings.length, bySeverity, byGround };
}

/** Grounds with findings, in the architecture's order. */
export function groundsPresent(counts: Counts): Ground[] {
  return GROUND_ORDER.filter((g) => (counts.byGround[g] ?? 0) > 0);
}

/**
 * A plain-text report for an e-mail to a colleague (docs/decisions.md#vacancy-panel-and-report):
 * counts, each finding with why and what to write instead, and what the law says per ground.
 * Contains the flagged words themselves (the user copies it on purpose); it never leaves the
 * browser by itself.
 */
export function buildReport(
  findings: readonly WireFinding[],
  strings: Strings,
  page: string,
  gender: { masculine: number; feminine: number; note: string },
): string {
  const { t, ground, severity, law } = strings;
  const counts = countFindings(findings);
  const lines = [t('vacancy_report_heading'), t('vacancy_report_page', page), ''];
  lines.push(t('vacancy_report_total', counts.total, counts.bySeverity.prohibited, counts.bySeverity.risk, counts.bySeverity.style));
  for (const g of groundsPresent(counts)) lines.push(`  - ${ground(g)}: ${counts.byGround[g] ?? 0}`);
  lines.push('');
  findings.forEach((f, i) => {
    lines.push(`${i + 1}. “${f.text}” (${severity(f.severity)}, ${ground(f.ground)})`);
    lines.push(`   ${f.message}`);
    if (f.alternatives.length > 0) lines.push(`   ${t('vacancy_report_alternatives', f.alternatives.slice(0, 3).join(' / '))}`);
    if (f.legalBasis.length > 0) lines.push(`   ${t('vacancy_card_legal')}: ${f.legalBasis.join('; ')}`);
  });
  lines.push('', `${t('vacancy_panel_gender')}: ${t('vacancy_panel_gender_counts', gender.masculine, gender.feminine)}`);
  if (gender.note) lines.push(gender.note);
  const present = groundsPresent(counts);
  if (present.length > 0) {
    lines.push('', t('vacancy_panel_law'));
    for (const g of present) lines.push(`- ${ground(g)}: ${law(g)}`);
  }
  lines.push('', t('vacancy_report_footer'));
  return lines.join('\n');
}
