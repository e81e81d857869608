import type { Finding, Summary } from '../wording/types';
import type { Locale } from '../i18n/locale';

/** A finding as the CLI's JSON contract has it (architecture page): exactly these fields. */
export interface ContractFinding {
  start: number;
  end: number;
  text: string;
  ruleId: string;
  ground: string;
  severity: string;
  message: string;
  alternatives: string[];
  source: string;
}

const RULING = /\b(?:19|20)\d\d-\d+\b/;

/** The main source as one string: a ruling number where there is one, else a URL or a label. */
export function mainSource(finding: Pick<Finding, 'sources'>): string {
  const ruling = finding.sources.find((s) => RULING.test(s.label));
  if (ruling) return ruling.label;
  const first = finding.sources[0];
  return first?.url ?? first?.label ?? '';
}

export function toContractFinding(f: Finding): ContractFinding {
  return {
    start: f.start,
    end: f.end,
    text: f.text,
    ruleId: f.ruleId,
    ground: f.ground,
    severity: f.severity,
    message: f.message,
    alternatives: f.alternatives,
    source: mainSource(f),
  };
}

export function toContractResult(result: { lang: Locale; findings: Finding[]; summary: Summary }): {
  lang: Locale;
  findings: ContractFinding[];
  summary: Summary;
} {
  return { lang: result.lang, findings: result.findings.map(toContractFinding), summary: result.summary };
}
