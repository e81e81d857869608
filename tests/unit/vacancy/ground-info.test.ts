import { describe, expect, it } from 'vitest';
import { loadRuleNames } from '../../../entrypoints/dashboard/pages/vacancy/rule-names';
import { translate } from '../../../lib/i18n/translate';
import { GROUNDS } from '../../../lib/schema/grounds';
import { groundLabelKey, groundLawKey } from '../../../lib/wording/ground-info';
import { RULES } from '../../../lib/wording/rules/index';
import en from '../../../public/_locales/en/messages.json';
import nl from '../../../public/_locales/nl/messages.json';

describe('one source for what the law says per ground', () => {
  it.each(GROUNDS)('%s has a name and a law text in Dutch and English', (ground) => {
    for (const catalogue of [nl, en] as Record<string, { message: string }>[]) {
      expect(catalogue[groundLabelKey(ground)]?.message.length).toBeGreaterThan(2);
      expect(catalogue[groundLawKey(ground)]?.message.length).toBeGreaterThan(40);
    }
    // Really translated, not Dutch copied into the English catalogue.
    expect(translate('en', groundLawKey(ground))).not.toBe(translate('nl', groundLawKey(ground)));
  });

  it('gives every ground its own texts', () => {
    const laws = new Set(GROUNDS.map((g) => translate('nl', groundLawKey(g))));
    const labels = new Set(GROUNDS.map((g) => translate('en', groundLabelKey(g))));
    expect(laws.size).toBe(GROUNDS.length);
    expect(labels.size).toBe(GROUNDS.length);
  });

  it('maps hyphenated grounds to catalogue keys', () => {
    expect(groundLabelKey('sexual-orientation')).toBe('vacancy_ground_sexual_orientation');
    expect(groundLawKey('proxy-other')).toBe('vacancy_law_proxy_other');
  });
});

describe('rule names for the dashboard', () => {
  it('finds every rule of the packs by id, in the asked language', async () => {
    const ruleName = await loadRuleNames();
    for (const rule of RULES) {
      expect(ruleName(rule.id, 'nl')).toEqual({ name: rule.message.nl, ground: rule.ground, severity: rule.severity, lang: rule.lang });
      expect(ruleName(rule.id, 'en')?.name).toBe(rule.message.en);
    }
  });

  it('knows nothing of ids no pack has (a rule removed in an update)', async () => {
    const ruleName = await loadRuleNames();
    expect(ruleName('nl.age.removed-rule', 'nl')).toBeUndefined();
    expect(ruleName('', 'en')).toBeUndefined();
    expect(ruleName('__proto__', 'nl')).toBeUndefined();
  });
});
