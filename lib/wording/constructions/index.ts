import { constructionRuleList } from '../construction-rules';
import type { ConstructionData } from '../construction-schema';
import type { Rule } from '../rule-schema';
import candidate from './candidate.json';
import frames from './frames.json';
import grounds from './grounds.json';
import groupsEn from './groups-en.json';
import groupsNl from './groups-nl.json';
import stated from './stated-exceptions.json';

/**
 * The construction layer's data, Dutch and English. The JSON files are validated against
 * construction-schema.ts by tests/unit/wording/constructions.test.ts, which also runs every
 * example of every frame and group; docs/wording-rules.md explains the format.
 */
export const CONSTRUCTION_FILES: Record<string, unknown> = {
  'frames.json': frames,
  'groups-nl.json': groupsNl,
  'groups-en.json': groupsEn,
  'grounds.json': grounds,
  'candidate.json': candidate,
  'stated-exceptions.json': stated,
};

export const CONSTRUCTIONS = {
  frames,
  groups: [...groupsNl, ...groupsEn],
  grounds,
  candidate,
  stated,
} as unknown as ConstructionData;

/** The rules construction findings carry (`nl.age.construction-preference`, ...), for lists that name rules by id. */
export function constructionRules(): Rule[] {
  return constructionRuleList(CONSTRUCTIONS);
}
