import type { PronounKind } from './categories';
import { captureDetector, COLON, pattern } from './capture';
import type { MarkerRange } from './marker-range';

/**
 * Gender markers: salutations and titles, a gender field, pronoun badges, and (optionally)
 * gendered pronouns in notes about the candidate. Sex is a ground of the AWGB (art. 1); Recruitee
 * and the municipal pilots hide it (domain notes E.3, E.5).
 */

// "dhr. Jansen", "mevr. F. Benali", "mevrouw Visser", "de heer De Vries", "Ms Can". A bare
// "Geachte heer/mevrouw," names nobody and stays.
const TITLE = pattern(
  String.raw`(?<![\p{L}])(?<value>~dhr\.?|~mevr\.?|~mw\.|~meneer|~mevrouw|~de heer|~heer|~juffrouw|Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?)(?=[ \u00A0]+(?:\p{Lu}|van |de |ter |ten |el |al ))`,
  'dgu',
);
const GENDER_LABEL = pattern(
  String.raw`(?:^|[\n\r|•;,(])[ \t]*(?:~geslacht|~gender|~sex|~aanhef|~salutation|~voornaamwoorden|~pronouns|~aanspreekvorm)[ \t]*[:：][ \t]*(?<value>[^\n\r|•;)]{1,30})`,
  'dgu',
);

const FEMININE = ['zij', 'haar', 'ze', 'she', 'her', 'hers'];
const MASCULINE = ['hij', 'hem', 'zijn', 'he', 'him', 'his'];
const NEUTRAL = ['hen', 'hun', 'die', 'diens', 'they', 'them', 'their', 'theirs', 'xe', 'xem', 'ze', 'zir', 'hir', 'dee', 'dem'];
const PRONOUN = [...new Set([...FEMININE, ...MASCULINE, ...NEUTRAL])].join('|');
const BADGE = pattern(
  String.raw`(?<![\p{L}/])(?<value>\(?(?:${PRONOUN})[ \t]*\/[ \t]*(?:${PRONOUN})(?:[ \t]*\/[ \t]*(?:${PRONOUN}))?\)?)(?![\p{L}/])`,
  'dgiu',
);

// Gendered pronouns in running text. "zijn" (also "to be") and "ze" (also "they") are left alone.
const GENDERED_PRONOUN = /(?<![\p{L}\p{N}'’/])(?:hij|zij|hem|haar|he|she|him|his|her|hers|himself|herself)(?![\p{L}\p{N}/])/giu;
const PRONOUN_KIND: Readonly<Record<string, PronounKind>> = {
  hij: 'pronoun-subject',
  zij: 'pronoun-subject',
  he: 'pronoun-subject',
  she: 'pronoun-subject',
  hem: 'pronoun-object',
  him: 'pronoun-object',
  himself: 'pronoun-object',
  herself: 'pronoun-object',
  his: 'pronoun-possessive',
  hers: 'pronoun-possessive',
};
// "haar"/"her" is possessive before a noun ("haar cv") and an object before a verb or at the end.
const OBJECT_FOLLOWERS =
  /^[ \t]*(?:$|[.,;:!?)]|(?:gebeld|gesproken|gezien|gevraagd|uitgenodigd|gemaild|afgewezen|aangenomen|niet|ook|wel|nog|al|morgen|vandaag|terug|aan|uit|op|in|voor|bij|mee|te|om|dat|to|for|about|again|back|yesterday|today|that|a|an|the)(?![\p{L}]))/iu;

function isBadge(value: string): boolean {
  const pronouns = value
    .toLowerCase()
    .replace(/[()\s]/g, '')
    .split('/');
  const feminine = pronouns.some((word) => FEMININE.includes(word) && word !== 'ze');
  const masculine = pronouns.some((word) => MASCULINE.includes(word));
  // "hij/zij", "he/she", "his/her" are the generic both-gender forms of a vacancy, not a badge.
  return !(feminine && masculine);
}

const TITLE_TRIGGER = /dhr|mevr|mw\.|meneer|mevrouw|heer|juffrouw|mr|ms|miss|mx/iu;

export const detectGenderMarkers = captureDetector('gender', [
  [TITLE_TRIGGER, TITLE],
  [COLON, GENDER_LABEL],
  [/\//u, BADGE, isBadge],
]);

export function detectGenderedPronouns(text: string, out: MarkerRange[]): void {
  for (const match of text.matchAll(GENDERED_PRONOUN)) {
    const word = match[0].toLowerCase();
    const end = match.index + match[0].length;
    let pronoun = PRONOUN_KIND[word];
    if (pronoun === undefined) {
      pronoun = OBJECT_FOLLOWERS.test(text.slice(end, end + 16)) ? 'pronoun-object' : 'pronoun-possessive';
    }
    out.push({ start: match.index, end, category: 'gender', pronoun });
  }
}
