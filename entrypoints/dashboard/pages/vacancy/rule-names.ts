import type { Locale } from '../../../../lib/i18n/locale';
import type { Ground, Severity } from '../../../../lib/schema/grounds';
import { RULES } from '../../../../lib/wording/rules/index';

export interface RuleName {
  /** The rule's one-line message in the user's language, e.g. "Maximumleeftijd". */
  name: string;
  ground: Ground;
  severity: Severity;
  /** Language of the texts the rule checks. */
  lang: Locale;
}

let byId: Map<string, (typeof RULES)[number]> | undefined;

/**
 * A rule's human name from the engine's packs. `undefined` for an id no pack has (any more): a
 * rule removed in an update can still sit in someone's ignore list, and must stay removable.
 */
export function ruleName(ruleId: string, locale: Locale): RuleName | undefined {
  byId ??= new Map(RULES.map((rule) => [rule.id, rule]));
  const rule = byId.get(ruleId);
  if (!rule) return undefined;
  return { name: rule.message[locale], ground: rule.ground, severity: rule.severity, lang: rule.lang };
}
