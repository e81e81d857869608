import { captureDetector, COLON, pattern } from './capture';
import type { MarkerRange } from './marker-range';

/**
 * Marital status, children and pregnancy. Marital status ("burgerlijke staat") is a ground of the
 * AWGB (art. 1); pregnancy counts as sex (AWGB art. 1 lid 2), and questions about children or
 * pregnancy have no place in a selection (NVP Sollicitatiecode; domain notes, "verboden vragen").
 * Only statements about a person are hidden: "werkt graag met kinderen" stays.
 */

const FAMILY_LABEL = pattern(
  String.raw`(?:^|[\n\r|•;(])[ \t]*(?:~burgerlijke staat|~gezinssituatie|~gezinssamenstelling|~relatiestatus|~thuissituatie|~aantal kinderen|~kinderen|~marital status|~civil status|~family status|~relationship status|~children|~dependants|~dependents)[ \t]*[:：][ \t]*(?<value>[^\n\r|•·;)]{1,60})`,
  'dgu',
);

const COUNT = String.raw`(?:een|één|twee|drie|vier|vijf|zes|\d{1,2}|a|an|one|two|three|four|five|six)`;
const CHILD = String.raw`(?:kind|kinderen|kindje|kindjes|zoon|zoons|zonen|zoontje|dochter|dochters|dochtertje|baby|tweeling|child|children|kid|kids|son|sons|daughter|daughters|twins)`;
const YOUNG = String.raw`(?:(?:jonge|kleine|schoolgaande|young|small|little)[ \t]+)?`;
// "moeder van twee kinderen", "father of three", "alleenstaande moeder", "single mum".
const PARENT_OF = pattern(
  String.raw`(?<![\p{L}])(?<value>(?:(?:~alleenstaande|~jonge|~single|~young)[ \t]+)?(?:~moeder|~vader|~mama|~papa|~ouder|~mother|~father|~mum|~mom|~dad|~parent)[ \t]+(?:van|of)[ \t]+${COUNT}(?:[ \t]+${YOUNG}${CHILD})?)(?![\p{L}])`,
  'dgu',
);
const SINGLE_PARENT = pattern(
  String.raw`(?<![\p{L}])(?<value>(?:~alleenstaande|~single)[ \t]+(?:moeder|vader|ouder|mother|father|mum|mom|dad|parent))(?![\p{L}])`,
  'dgu',
);
// "heeft twee jonge kinderen", "has a daughter", "met drie kinderen thuis".
const HAS_CHILDREN = pattern(
  String.raw`(?<![\p{L}])(?:heeft|heb|hebben|has|have)[ \t]+(?<value>${COUNT}[ \t]+${YOUNG}${CHILD})(?![\p{L}])`,
  'dgu',
);
// "getrouwd met", "married to", "is gescheiden", "recently divorced", "zwanger", "pregnant".
const STATUS_WORD = pattern(
  String.raw`(?<![\p{L}])(?<value>(?:~gehuwd|~getrouwd|~ongehuwd|~ongetrouwd|~gescheiden|~weduwe|~weduwnaar|~samenwonend|~married|~divorced|~widowed|~widow|~widower|~unmarried|~engaged|~verloofd)|~zwanger|~zwangerschap|~zwangerschapsverlof|~bevallingsverlof|in verwachting|~pregnant|~pregnancy|~maternity leave|expecting a baby)(?![\p{L}])`,
  'dgu',
);
// "gescheiden" also means "separated" of things ("gescheiden afval"): only with a person before it.
const PERSON_CONTEXT = /\b(?:is|ben|was|zijn|am|are|recent(?:ly)?|pas|sinds|since)[ \t]+(?:\p{L}+[ \t]+)?$/iu;
const PERSON_STATUS = /^(?:gescheiden|separated)$/iu;

const FAMILY_TRIGGER =
  /burgerlijk|gezin|relatie|thuissituatie|marital|civil|relationship|dependant|dependent|moeder|vader|mama|papa|ouder|mother|father|mum|mom|dad|parent|kind|zoon|dochter|baby|child|kid|son|daughter|twin|huwd|trouwd|scheiden|weduw|samenwon|married|divorc|widow|engaged|verloofd|zwanger|bevalling|verwachting|pregnan|maternity|expecting/iu;

const detectInSentences = captureDetector('family', [
  [COLON, FAMILY_LABEL],
  [undefined, PARENT_OF],
  [undefined, SINGLE_PARENT],
  [undefined, HAS_CHILDREN],
]);

export function detectFamily(text: string, out: MarkerRange[]): void {
  if (!FAMILY_TRIGGER.test(text)) return;
  detectInSentences(text, out);
  for (const match of text.matchAll(STATUS_WORD)) {
    const span = match.indices?.groups?.['value'];
    if (span === undefined) continue;
    const word = text.slice(span[0], span[1]);
    if (PERSON_STATUS.test(word) && !PERSON_CONTEXT.test(text.slice(Math.max(0, span[0] - 40), span[0]))) continue;
    out.push({ start: span[0], end: span[1], category: 'family' });
  }
}
