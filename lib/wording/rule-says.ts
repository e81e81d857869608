import type { ExceptionId, Rule } from './rule-schema';

/**
 * What a finding of a rule says, taken from the rule once when it is compiled. Rules come from
 * JSON whose optional fields differ; read through this one shape, building a finding costs the
 * same for every rule and language, and the optimised code does not start over at a new one.
 */
export interface RuleSays {
  id: string;
  /** Dutch and English, at langIndex (language-facts.ts). */
  message: readonly string[];
  explanation: readonly string[];
  alternatives: readonly string[];
  legalBasis: readonly string[];
  sources: Rule['sources'];
  evidence: Rule['evidence'];
  exceptions: readonly ExceptionId[];
}

export function ruleSays(rule: Rule): RuleSays {
  return {
    id: rule.id,
    message: [rule.message.nl, rule.message.en],
    explanation: [rule.explanation.nl, rule.explanation.en],
    alternatives: rule.alternatives,
    legalBasis: rule.legalBasis,
    sources: rule.sources,
    evidence: rule.evidence,
    exceptions: rule.exceptions ?? [],
  };
}
