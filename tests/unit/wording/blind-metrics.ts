import { z } from 'zod';
import { GROUNDS, groundSchema } from '../../../lib/schema/grounds';
import type { AnalysisResult } from '../../../lib/wording/types';

/*
 * The blind set (tests/fixtures/wording/blind, frozen before any rule change) is scored the way
 * outside checks score the CLI: a text counts as flagged when it has at least one finding; a
 * clean text is a false alarm when it gets a finding of severity prohibited or risk (the CLI's
 * exit code 1). Findings of any severity on clean texts are counted separately.
 */
export const blindItemSchema = z.object({
  id: z.string(),
  lang: z.enum(['nl', 'en']),
  text: z.string().min(1),
  label: z.enum(['flag', 'clean']),
  ground: groundSchema.nullable(),
  kind: z.string().min(1),
  source: z.string().min(1),
  note: z.string().optional(),
});
export type BlindItem = z.infer<typeof blindItemSchema>;

export interface Ratio {
  hit: number;
  total: number;
}

export interface BlindScore {
  recall: Ratio;
  /** Flagged with at least one finding of the labelled ground. */
  recallRightGround: Ratio;
  /** Flagged with at least one prohibited or risk finding (what the CLI's exit code says). */
  recallActionable: Ratio;
  perGround: Map<string, Ratio>;
  perKind: Map<string, Ratio>;
  falseAlarms: Ratio;
  falseAlarmsAnyFinding: Ratio;
  /** Per trap kind: clean texts with a prohibited or risk finding. */
  falseAlarmsByKind: Map<string, Ratio>;
  misses: BlindItem[];
  alarms: { item: BlindItem; rules: string[] }[];
}

const bump = (map: Map<string, Ratio>, key: string, hit: boolean): void => {
  const r = map.get(key) ?? { hit: 0, total: 0 };
  r.total++;
  if (hit) r.hit++;
  map.set(key, r);
};

const actionable = (result: AnalysisResult): boolean => result.findings.some((f) => f.severity !== 'style');

export function scoreBlindSet(items: readonly BlindItem[], check: (text: string) => AnalysisResult): BlindScore {
  const score: BlindScore = {
    recall: { hit: 0, total: 0 },
    recallRightGround: { hit: 0, total: 0 },
    recallActionable: { hit: 0, total: 0 },
    perGround: new Map(GROUNDS.map((g) => [g, { hit: 0, total: 0 }])),
    perKind: new Map(),
    falseAlarms: { hit: 0, total: 0 },
    falseAlarmsAnyFinding: { hit: 0, total: 0 },
    falseAlarmsByKind: new Map(),
    misses: [],
    alarms: [],
  };
  for (const item of items) {
    const result = check(item.text);
    const any = result.findings.length > 0;
    if (item.label === 'flag') {
      score.recall.total++;
      score.recallRightGround.total++;
      score.recallActionable.total++;
      if (any) score.recall.hit++;
      else score.misses.push(item);
      if (result.findings.some((f) => f.ground === item.ground)) score.recallRightGround.hit++;
      if (actionable(result)) score.recallActionable.hit++;
      bump(score.perGround, item.ground ?? 'none', any);
      bump(score.perKind, item.kind, any);
    } else {
      score.falseAlarms.total++;
      score.falseAlarmsAnyFinding.total++;
      const alarm = actionable(result);
      if (alarm) {
        score.falseAlarms.hit++;
        score.alarms.push({ item, rules: result.findings.map((f) => `${f.ruleId} "${f.text}"`) });
      }
      if (any) score.falseAlarmsAnyFinding.hit++;
      bump(score.falseAlarmsByKind, item.kind, alarm);
    }
  }
  return score;
}

export const rate = (r: Ratio): number => (r.total === 0 ? 0 : r.hit / r.total);
export const show = (r: Ratio): string => `${rate(r).toFixed(2)} (${r.hit}/${r.total})`;

/** A Markdown summary of one language's score, for docs/wording-evaluation.md. */
export function scoreTable(lang: string, s: BlindScore): string {
  const lines = [
    `| ${lang} | value |`,
    '|---|---|',
    `| recall (any finding) | ${show(s.recall)} |`,
    `| recall with the labelled ground | ${show(s.recallRightGround)} |`,
    `| recall with a prohibited/risk finding | ${show(s.recallActionable)} |`,
    `| false alarms (prohibited/risk on clean) | ${show(s.falseAlarms)} |`,
    `| clean texts with any finding (style included) | ${show(s.falseAlarmsAnyFinding)} |`,
    '',
    `| ${lang} ground | recall |`,
    '|---|---|',
    ...[...s.perGround].filter(([, r]) => r.total > 0).map(([g, r]) => `| ${g} | ${show(r)} |`),
    '',
    `| ${lang} trap kind | false alarms |`,
    '|---|---|',
    ...[...s.falseAlarmsByKind].sort().map(([k, r]) => `| ${k} | ${show(r)} |`),
  ];
  return lines.join('\n');
}
