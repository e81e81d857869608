import type { Locale } from '../../../../lib/i18n/locale';
import type { Ground, Severity } from '../../../../lib/schema/grounds';
import type { Rule } from '../../../../lib/wording/rule-schema';

export interface RuleName {
  /** The rule's one-line message in the user's language, e.g. "Maximumleeftijd". */
  name: string;
  ground: Ground;
  severity: Severity;
  /** Language of the texts the rule checks. */
  lang: Locale;
}

/** Looks a rule up by id; `undefined` for an id no pack has (any more). */
export type RuleNamer = (ruleId: string, locale: Locale) => RuleName | undefined;

export function ruleNamer(rules: readonly Rule[]): RuleNamer {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  return (ruleId, locale) => {
    const rule = byId.get(ruleId);
    return rule && { name: rule.message[locale], ground: rule.ground, severity: rule.severity, lang: rule.lang };
  };
}

let loading: Promise<RuleNamer> | undefined;

/**
 * Rule names from the engine's packs, loaded on first use: the packs are several hundred kB and
 * the dashboard should not parse them on every page, only where ignored rules are listed. A rule
 * removed in an update can still sit in someone's ignore list and must stay removable.
 */
export function loadRuleNames(): Promise<RuleNamer> {
  loading ??= Promise.all([import('../../../../lib/wording/rules/index'), import('../../../../lib/wording/constructions/index')]).then(
    ([{ RULES }, { constructionRules }]) => ruleNamer([...RULES, ...constructionRules()]),
  );
  return loading;
}
