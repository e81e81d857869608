import type { Locale } from '../i18n/locale';
import type { Severity } from '../schema/grounds';
import { compiledRule, compileGates, type CompiledRule } from './compile';
import type { ConstructionData, ConstructionFrame, FrameKind, GroundText } from './construction-schema';
import type { Rule } from './rule-schema';

/*
 * The rules construction findings carry: one per language, frame kind and ground, built from the
 * frame's and the ground's texts, so that findings keep the rule packs' contract (message,
 * explanation, alternatives, law, sources, lawful exceptions).
 */

export function findingRuleText(frame: ConstructionFrame, ground: GroundText, severity: Severity, order: number): CompiledRule {
  const fill = (text: string, locale: Locale): string => text.replace('{ground}', ground.name[locale]);
  const rule: Rule = {
    id: `${ground.lang}.${ground.ground}.construction-${frame.kind}`,
    lang: ground.lang,
    ground: ground.ground,
    severity,
    patterns: ['-'],
    message: { nl: fill(frame.message.nl, 'nl'), en: fill(frame.message.en, 'en') },
    explanation: { nl: `${frame.explanation.nl} ${ground.law.nl}`, en: `${frame.explanation.en} ${ground.law.en}` },
    alternatives: [...ground.alternatives],
    legalBasis: [...ground.legalBasis],
    sources: ground.sources.map((s) => ({ ...s })),
    evidence: ground.evidence,
    ...(ground.exceptions ? { exceptions: [...ground.exceptions] } : {}),
    examples: { positive: ['-'], negative: ['-'] },
  };
  // Constructions apply their own gates (match-constructions.ts): none of the rule packs' here.
  return compiledRule(rule, order, compileGates({ inclusion: false, name: false }), true);
}

/**
 * Every finding rule the construction layer can report, one per language, frame kind and ground
 * (at the ground's own severity), so that lists of ignored rules can name them.
 */
export function constructionRuleList(data: ConstructionData): Rule[] {
  const rules: Rule[] = [];
  for (const ground of data.grounds) {
    const seen = new Set<FrameKind>();
    for (const frame of data.frames) {
      if (frame.lang !== ground.lang || seen.has(frame.kind)) continue;
      seen.add(frame.kind);
      rules.push(findingRuleText(frame, ground, ground.severity, 0).rule);
    }
  }
  return rules;
}
