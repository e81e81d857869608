import type { Rule } from '../rule-schema';
import nlAge from './nl-age.json';
import nlGender from './nl-gender.json';
import nlOrigin from './nl-origin.json';
import nlReligion from './nl-religion.json';
import nlDisability from './nl-disability.json';
import nlFamily from './nl-family-orientation-politics.json';
import nlWork from './nl-hours-contract.json';
import nlAppearance from './nl-appearance.json';
import nlProxy from './nl-proxy-other.json';
import enAge from './en-age.json';
import enGender from './en-gender.json';
import enOrigin from './en-origin-nationality.json';
import enReligion from './en-religion.json';
import enDisability from './en-disability.json';
import enFamily from './en-family-orientation-politics.json';
import enWork from './en-hours-contract.json';
import enAppearance from './en-appearance.json';
import enProxy from './en-proxy-other.json';

/**
 * Every rule pack, Dutch first. The JSON files are validated against rule-schema.ts by the unit
 * tests (tests/unit/wording/rule-packs.test.ts), which also run each rule's examples.
 */
export const RULE_FILES: Record<string, unknown> = {
  'nl-age.json': nlAge,
  'nl-gender.json': nlGender,
  'nl-origin.json': nlOrigin,
  'nl-religion.json': nlReligion,
  'nl-disability.json': nlDisability,
  'nl-family-orientation-politics.json': nlFamily,
  'nl-hours-contract.json': nlWork,
  'nl-appearance.json': nlAppearance,
  'nl-proxy-other.json': nlProxy,
  'en-age.json': enAge,
  'en-gender.json': enGender,
  'en-origin-nationality.json': enOrigin,
  'en-religion.json': enReligion,
  'en-disability.json': enDisability,
  'en-family-orientation-politics.json': enFamily,
  'en-hours-contract.json': enWork,
  'en-appearance.json': enAppearance,
  'en-proxy-other.json': enProxy,
};

export const RULES: readonly Rule[] = Object.values(RULE_FILES).flat() as Rule[];
