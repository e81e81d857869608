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
  String.raw`(?:^|[\n\r|•·;,(])[ \t]*(?:~geslacht|~gender|~sex|~aanhef|~salutation|~voornaamwoorden|~pronouns|~aanspreekvorm)[ \t]*[:：][ \t]*(?<value>[^\n\r|•·;)]{1,30})`,
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

// Gendered pronouns in running text. "zijn" (also "to be") and "ze" (also "they") are left alone,
// and so is a word that is part of a compound: a "zij-instromer" (side-entrant) is no pronoun.
const GENDERED_PRONOUN =
  /(?<![\p{L}\p{N}'’/]|\p{L}-)(?:hij|zij|hem|haar|he|she|him|his|her|hers|himself|herself)(?![\p{L}\p{N}/]|-\p{L})/giu;
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

// "zijn" is also the verb "to be". It is his only before what someone has: a language or another
// capitalised word ("Zijn Nederlands is goed"), or a noun of the things notes speak of, also the
// end of a compound ("zijn cv", "zijn stagebegeleider").
const ZIJN =
  /(?<![\p{L}\p{N}'’/])(?<before>\p{L}+[ \t]+)?[Zz]ijn(?=[ \t]+(?:\p{Lu}|\p{Ll}*(?:cv|motivatie\p{L}*|opzegtermijn|ervaring|rijbewijs|diploma\p{L}*|certifica\p{L}*|referenties?|werkgever|salaris\p{L}*|beschikbaarheid|vorige|huidige|eigen|laatste|nieuwe|achtergrond|accent|uitspraak|taal|houding|instelling|presentatie|sollicitatie\p{L}*|brief|portfolio|stage|opleiding|studie|baan|functie|rol|leidinggevende|startdatum|woonplaats|adres|telefoonnummer|nummer|mail|antwoord|reactie|kennis|vaardigheden|kwaliteiten|profiel|voorkeur|wens|wensen|gezin|vrouw|partner|kinderen|familie|ouders|vader|moeder|werk|team|auto|begeleider|docent|mentor|coach|school|klas|collega's|vrienden|broer|zus)(?![\p{L}])))/gu;
// A weak verb's past singular ends in -de or -te ("stelde", "werkte"; plural "stelden"); adjectives
// that end so ("ze beide", "de goede") are no verbs.
const WEAK_PAST_SINGULAR = String.raw`(?!(?:beide|goede|eerste|laatste|beste|oude|grote|rode|witte|zwarte|late|korte|harde|ronde|vorige|volgende)(?![\p{L}]))\p{Ll}{2,}(?:de|te)`;
// A word in -t that is a verb's present singular ("komt", "verwacht", "verhuist"), not one of the
// nouns and small words that end so.
const SINGULAR_T = String.raw`(?!(?:klant|markt|nacht|dienst|plaats|tijd|gesprek|contract|bericht|resultaat|niet|wat|dat|het|met|best|eerst|laatst|vast|soort|uit|feit|punt|recht|echt|net|direct|apart)(?![\p{L}]))\p{Ll}{2,}t`;
// "ze" is "she" and "they". As the subject of a singular verb it is she: "ze is heel klantgericht",
// "ze deed het gesprek", also opening a line or after a bracketed role ("(BPV-coördinator) Ze mag",
// set T); before a plural verb ("ze zijn", "ze deden") or as an object it stays.
const ZE_SUBJECT = new RegExp(
  String.raw`(?<=(?:^|[.!?;:,\n)]|\b(?:en|maar|want|dus|toen|nu|ook))[ \t]*)[Zz]e(?=[ \t]+(?:is|was|heeft|had|deed|wil|wilde|kan|kon|mag|moet|moest|zal|zou|gaat|ging|komt|kwam|doet|zegt|zei|belt|belde|woont|woonde|werkt|werkte|spreekt|sprak|vindt|vond|vroeg|vraagt|staat|stond|krijgt|kreeg|heb|lijkt|leek|klinkt|maakt|maakte|past|begint|begon|zoekt|zocht|${SINGULAR_T}|${WEAK_PAST_SINGULAR})(?![\p{L}]))`,
  'gu',
);
// "Afgesproken dat ze met de bus komt": in a clause after a conjunction, "ze" is she when the clause
// ends in a singular verb ("komt", "heeft", "kon"); "dat ze om negen uur komen" is they.
const ZE_IN_CLAUSE = new RegExp(
  String.raw`(?<=(?<![\p{L}])(?:dat|omdat|als|of|wanneer|zodat|tenzij|hoewel|nadat|voordat|terwijl|zodra|toen|sinds|waar|waarom|hoe)[ \t]+)[Zz]e(?=[ \t](?:[^.!?;:,\n]|(?<=\d)[:.,](?=\d)){0,60}?[ \t](?:is|was|heeft|had|kan|kon|wil|wilde|mag|moet|moest|zal|zou|${SINGULAR_T}|${WEAK_PAST_SINGULAR})[ \t]*(?:[.!?;:,\n]|$))`,
  'gu',
);
// "met zijn cv", "heeft zijn rijbewijs": after a preposition or a verb of having, "zijn" is his. So
// after "jij", "je", "ik" or "u", whose verb "zijn" never is ("wil jij zijn werk bekijken?", set CC).
const ZIJN_AFTER =
  /(?<![\p{L}])(?:met|van|in|voor|over|bij|naar|op|aan|om|door|uit|tot|onder|na|via|zonder|heeft|had|noemde|noemt|stuurde|stuurt|deelde|liet|jij|je|ik|u)[ \t]+(?<value>zijn)(?=[ \t]+\p{L})/gu;
// "Zijn code 95 is geldig": opening a sentence before a noun; the verb opens a question before er, de, ze, ...
const ZIJN_OPENS =
  /(?:^|[.!?][ \t]+)(?<value>Zijn)(?=[ \t]+(?!(?:er|de|het|een|deze|die|dat|dit|jullie|ze|we|wij|u|zij|hun|alle|beide|nog|dan|daar|hier|allemaal|sommige|veel|meer|twee|drie|niet|wel|ook)(?![\p{L}]))\p{Ll})/gu;
// "zijn tests zijn goed leesbaar": "zijn", a noun and then a verb; the first "zijn" is his.
const ZIJN_SUBJECT =
  /(?<![\p{L}\p{N}'’/])(?<before>\p{L}+[ \t]+)?(?<value>[Zz]ijn)(?=[ \t]+(?!(?:goed|niet|wel|al|ook|nog|er|erg|heel|zeer|daar|hier|allemaal|beide|klaar|bezig|gewoon|echt|even|dan|nu)(?![\p{L}]))\p{Ll}[\p{L}-]*[ \t]+(?:zijn|waren|is|was|hebben|heeft|had|hadden|wordt|worden|werd|werden)(?![\p{L}]))/gu;
/** Words before "zijn" that make it the verb: "er zijn", "ze zijn", "kunnen zijn". */
const VERB_BEFORE = new Set([
  'er',
  'ze',
  'we',
  'wij',
  'jullie',
  'die',
  'dat',
  'deze',
  'dit',
  'u',
  'kunnen',
  'moeten',
  'zullen',
  'willen',
  'mogen',
  'te',
]);

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
  if (/\bze\b/iu.test(text))
    for (const subject of [ZE_SUBJECT, ZE_IN_CLAUSE])
      for (const match of text.matchAll(subject))
        out.push({ start: match.index, end: match.index + 2, category: 'gender', pronoun: 'pronoun-subject' });
  if (!/zijn/iu.test(text)) return;
  const starts = new Set<number>();
  for (const pattern of [ZIJN, ZIJN_SUBJECT])
    for (const match of text.matchAll(pattern)) {
      const before = match.groups?.['before'];
      if (before !== undefined && VERB_BEFORE.has(before.trim().toLowerCase())) continue;
      starts.add(match.index + (before?.length ?? 0));
    }
  for (const pattern of [ZIJN_AFTER, ZIJN_OPENS]) for (const match of text.matchAll(pattern)) starts.add(match.index + match[0].length - 4);
  for (const start of starts) out.push({ start, end: start + 4, category: 'gender', pronoun: 'pronoun-possessive' });
}
