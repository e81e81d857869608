import { opensWithLevel, PERSON_PARTICLE } from '../../blinding/name-words';
import { colleagueAfter } from './colleague-before';

/**
 * Names that a phrase about an application introduces: "Nieuwe reactie van X op ...",
 * "sollicitatie van X", "New application from X", "Nieuwe sollicitant voor Chauffeur: X". Mail
 * notifications and inbox subjects say who applied this way; calendars name whom a meeting of
 * selection is with ("Sollicitatiegesprek – X", "Interview: X", "Kennismaking met X (stage)");
 * activity lines and chat say what the applicant did ("X heeft gesolliciteerd op ...", "X komt
 * dinsdag voor een gesprek", "X heeft meegelopen", "X belde") and what the team asks to do with
 * them ("X afwijzen?"). The patterns have bounded repetitions only, so the work per text is linear
 * in its length.
 */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]{1,30}`;
const NAME_RUN = String.raw`${WORD}(?:[ \u00A0](?:${PERSON_PARTICLE}[ \u00A0]){0,3}${WORD}){0,3}`;
// Written out, not with the i flag: with it, \p{Lu} would match small letters too.
const NOUN = String.raw`(?:[Ss]ollicitatie|[Ss]ollicitant|[Ss]ollicitante|[Rr]eactie|[Aa]anmelding|[Kk]andida(?:at|te)|[Aa]pplication|[Aa]pplicant|[Cc]andidate|[Rr]esponse|CV|[Cc]v)`;
// What an applicant hands in to be judged: "de case van X", "het portfolio van X", "X's assessment".
const WORK_NOUN = String.raw`(?:[Mm]otivatie(?:brief)?|[Pp]ortfolio|[Aa]ssessment|[Cc]ase(?:opdracht)?|[Pp]roefopdracht|[Tt]huisopdracht|[Tt]ake-home)`;
// "Sollicitatie per mail binnengekomen van X", "application received from X": how it arrived may
// come between (a recruiters' chat, held-out set O), or a comma ("de derde reactie, van X", set T).
const ARRIVED = String.raw`(?:[ \u00A0]+\p{Ll}[\p{L}-]{1,20}){0,3}[ \u00A0]+(?:binnengekomen|ontvangen|gekregen|binnen|received|in)`;
const BY_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:${NOUN}|${WORK_NOUN})(?:${ARRIVED})?,?[ \u00A0]+(?:van|from|by|door)[ \u00A0]+(?<name>${NAME_RUN})`,
  'gu',
);
// A mail's subject that ends in whom it is about: "Fwd: Open sollicitatie Kerem Aydın" (held-out set
// OO, a desktop mail client), at the end of its line. Each word written as a name's, so that a job's title with its
// abbreviation ("Sollicitatie Verzorgende IG") is none; the lexicon judges the rest.
const CAPITALISED_WORD = String.raw`\p{Lu}\p{Ll}[\p{L}\p{M}'’-]{0,29}`;
const NOUN_THEN_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:[Oo]pen )?${NOUN}[ \u00A0]+(?<name>${CAPITALISED_WORD}(?:[ \u00A0](?:${PERSON_PARTICLE}[ \u00A0]){0,3}${CAPITALISED_WORD}){1,3})[ \u00A0]*$`,
  'gmu',
);
const COLON_NAME = new RegExp(
  String.raw`(?<![\p{L}])${NOUN}[^:\n]{0,60}:[ \u00A0]*(?<name>${NAME_RUN})[ \u00A0]*(?=$|[\n,.;!?()|·–-])`,
  'gu',
);
// A list after such a colon: "Shortlist: Yasmina Tahiri, Oleksandr Bondarenko (Олександр …), Jan-Willem
// van 't Veld, Shurwin Martha." (a task's description), "Ook binnen voor Helpende Plus: Noortje Mars
// (19 jaar, uit Hengelo) en Filmon Tekle" (a team chat; both held-out set W). Each item, without its
// aside in brackets, must be a name and nothing else; the list ends with its sentence.
const LIST_HEAD = new RegExp(
  String.raw`(?<![\p{L}])(?:${NOUN}|[Ss]hortlist|[Ll]onglist|(?:[Oo]ok |[Nn]og |[Nn]ieuw )?binnen voor|[Nn]og (?:eentje|een|twee|drie|vier|vijf|\d{1,2}) voor|[Nn]ew applicants)[^:\n]{0,60}:[ \u00A0]*`,
  'gu',
);
const LIST_ITEM = new RegExp(String.raw`^(${NAME_RUN})$`, 'u');
const LIST_SEPARATOR = /[ \u00A0]*(?:,[ \u00A0]*(?:en|and)[ \u00A0]|,|&|[ \u00A0](?:en|and)[ \u00A0])[ \u00A0]*/u;
const MAX_LIST = 320;

function listedNames(text: string): string[] {
  const names: string[] = [];
  for (const head of text.matchAll(LIST_HEAD)) {
    const start = head.index + head[0].length;
    const rest = text.slice(start, start + MAX_LIST).replace(/\([^()\n]{0,80}\)/gu, '');
    const sentence = rest.split(/[.!?](?:\s|$)|[;\n]/u)[0] ?? '';
    const items = sentence.split(LIST_SEPARATOR).map((item) => item.trim());
    // One item is what COLON_NAME reads; a list is two or more names, and what else it holds are
    // facts about them in small letters ("Li Wei, tel 06 …, en Nicole de Boer", set X).
    const listed = items.filter((item) => LIST_ITEM.test(item));
    if (listed.length < 2 || !items.every((item) => LIST_ITEM.test(item) || /^[\p{Ll}\p{N}]/u.test(item))) continue;
    names.push(...listed);
  }
  return names;
}

// Meetings of a selection procedure and their records; a plain "Gesprek met X" or "Overleg met X"
// is as often a colleague's.
const MEETING = String.raw`(?:[Ss]ollicitatiegesprek|[Ss]electiegesprek|[Kk]ennismaking(?:sgesprek)?|[Ii]ntake(?:gesprek)?|[Ii]nterview|[Pp]roefdag|[Mm]eeloopdag|(?:[Ee]erste|[Tt]weede|[Vv]ervolg)[ -]?gesprek|[Pp]hone screen|(?:[Tt]elefonische |[Vv]ideo)?[Ss]creening(?:sgesprek)?|[Ss]corekaart|[Ss]corecard|[Ii]nterviewverslag|[Gg]espreksverslag|[Ee]valuatie(?:formulier)?|[Ee]valuation)`;
// "Sollicitatiegesprek – X", "Interview with X", "Kennismaking stagiair: X" (one or two small
// words of role before the colon), and in a calendar's event also the bare "Sollicitatiegesprek X".
const MEETING_WITH = new RegExp(
  String.raw`(?<![\p{L}])${MEETING}(?:(?:[ \u00A0]+\p{Ll}[\p{L}-]{1,20}){0,2}[ \u00A0]*(?:[:–—-]|met|with|van|voor|for|of)[ \u00A0]*|[ \u00A0]+)(?<name>${NAME_RUN})[ \u00A0]*(?=$|[\n,.;:!?()|·–+-])`,
  'gu',
);
// The name first: "Amara Okonkwo – Sollicitatiegesprek", "Lotte Jansen (kennismaking)".
const WITH_MEETING = new RegExp(
  String.raw`(?<![\p{L}])(?<name>${NAME_RUN})[ \u00A0]*(?:[:–—(]|-[ \u00A0])[ \u00A0]*${MEETING}(?![\p{L}])`,
  'gu',
);
// "met kandidaat Amara Okonkwo", "applicant Sem Bos": the noun names whom it is about.
const PERSON_NOUN = String.raw`(?:[Kk]andidaa?te?|[Ss]ollicitante?|[Cc]andidate|[Aa]pplicant)`;
const NOUN_NAME = new RegExp(String.raw`(?<![\p{L}])${PERSON_NOUN}[ \u00A0]+(?<name>${NAME_RUN})`, 'gu');
// The applicant as the subject of applying, or of coming to a meeting of selection; an aside in
// brackets may come between ("Bram Schipper (ja, echt) heeft gereageerd", a recruiters' chat).
// Papers an applicant hands in before starting: "X heeft haar VOG binnen" (held-out set S).
const PAPERS = String.raw`(?:VOG|cv|CV|diploma|getuigschrift|referenties|motivatiebrief|portfolio)`;
// Who is still in the running: "Nina de Graaf staat ook nog in de pijplijn", "X is on the shortlist" (set CC, a team chat).
// So is whoever waits to be let into an interview's call: "Hope Mensah is waiting in the waiting room" (set OO).
const IN_THE_PIPELINE = String.raw`(?:staat|zit|is|wacht|is waiting)(?:[ \u00A0](?:ook|nog|al|also|still))*[ \u00A0](?:in|op|on)[ \u00A0](?:de|onze|the|our)[ \u00A0](?:pijplijn|pipeline|shortlist|longlist|wachtruimte|waiting room|lobby)`;
const SUBJECT = new RegExp(
  String.raw`(?<![\p{L}])(?<name>${NAME_RUN})(?:[ \u00A0]+\([^()\n]{1,40}\))?[ \u00A0]+(?:heeft(?:[ \u00A0](?:ook|vandaag|gisteren|net|zojuist|nu|al|zelf|eindelijk|opnieuw))?[ \u00A0](?:gesolliciteerd|gereageerd(?: op)?|zich aangemeld|zich teruggetrokken|afgezegd)|solliciteerde|trekt zich terug|applied|has applied|withdrew|has withdrawn|(?:komt|is coming|comes)(?=[^.\n!?]{0,40}?(?:gesprek|interview|kennismaking|proefdag|intake))|heeft(?:[ \u00A0](?:gisteren|vandaag|al))?[ \u00A0]meegelopen|liep[ \u00A0](?:gisteren[ \u00A0]|vandaag[ \u00A0])?mee|belde|heeft(?:[ \u00A0](?:net|zojuist|vandaag|gisteren|ook))?[ \u00A0]gebeld|heeft[ \u00A0](?:haar|zijn)[ \u00A0]${PAPERS}|${IN_THE_PIPELINE})(?![\p{L}])`,
  'gu',
);
// Who called in, as a receptionist or a colleague logs it: "Net gebeld door Abena Owusu (06 …)",
// "telefoontje van X", "voicemail from X" (held-out set R). Colleagues are known and stay.
const CALLER = new RegExp(
  String.raw`(?<![\p{L}])(?:[Gg]ebeld (?:door|met)|[Tt]elefoontje van|[Bb]elletje van|[Vv]oicemail van|[Tt]eruggebeld door|[Cc]alled by|[Cc]all from|[Vv]oicemail from)[ \u00A0]+(?<name>${NAME_RUN})`,
  'gu',
);
// What the team asks to do with an applicant: "wil jij Willemijn de Graaf afwijzen?", "Sem Bos uitnodigen".
// The same step as a calendar's or a task list's title, the step first: "Terugbellen Ahmad Faiz bin
// Rahman", "Afwijzen: Sem Bos" (held-out set S).
const STEP_FIRST = new RegExp(
  String.raw`(?<![\p{L}])(?:[Tt]erugbellen|[Aa]fwijzen|[Uu]itnodigen|[Ii]nplannen|[Cc]all back|[Rr]eject)[ \u00A0]*[:–—-]?[ \u00A0]*(?<name>${NAME_RUN})[ \u00A0]*(?=$|[\n,.;:!?()|·–+-])`,
  'gu',
);
const SELECTION_STEP = new RegExp(
  String.raw`(?<![\p{L}])(?<name>${NAME_RUN})[ \u00A0]+(?:afwijzen|uitnodigen|aannemen|inplannen|terugbellen|doorzetten)(?![\p{L}])`,
  'gu',
);
/**
 * Each pattern with a word it cannot match without, tested first: the patterns try a name at every
 * capital, and most texts of a page (a cell, a line of a letter) hold none of these words.
 */
const NOUN_WORD = new RegExp(NOUN, 'u');
const MEETING_WORD = new RegExp(MEETING, 'u');
const RULES: readonly (readonly [trigger: RegExp, pattern: RegExp])[] = [
  [new RegExp(`${NOUN}|${WORK_NOUN}`, 'u'), BY_NAME],
  [NOUN_WORD, COLON_NAME],
  [NOUN_WORD, NOUN_THEN_NAME],
  [MEETING_WORD, MEETING_WITH],
  [MEETING_WORD, WITH_MEETING],
  [new RegExp(PERSON_NOUN, 'u'), NOUN_NAME],
  [
    /gesolliciteerd|gereageerd|zich aangemeld|zich teruggetrokken|afgezegd|solliciteerde|trekt zich terug|applied|withdrew|has withdrawn|komt|is coming|comes|meegelopen|liep|belde|gebeld|heeft (?:haar|zijn) |pijplijn|pipeline|shortlist|longlist|wachtruimte|waiting room|lobby/u,
    SUBJECT,
  ],
  [/gebeld|telefoontje|belletje|voicemail|called|call from/iu, CALLER],
  [/afwijzen|uitnodigen|aannemen|inplannen|terugbellen|doorzetten/u, SELECTION_STEP],
  [/[Tt]erugbellen|[Aa]fwijzen|[Uu]itnodigen|[Ii]nplannen|[Cc]all back|[Rr]eject/u, STEP_FIRST],
];
const MAX_TEXT = 4096;
const LIST_TRIGGER = new RegExp(String.raw`${NOUN}|[Ss]hortlist|[Ll]onglist|binnen voor|[Nn]og \S+ voor|[Nn]ew applicants`, 'u');

export function applicantPhraseNames(text: string): string[] {
  const names: string[] = [];
  const slice = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  if (LIST_TRIGGER.test(slice)) for (const name of listedNames(slice)) if (aPerson(name, name)) names.push(name);
  for (const [trigger, pattern] of RULES) {
    if (!trigger.test(slice)) continue;
    for (const match of slice.matchAll(pattern)) {
      const name = match.groups?.['name'];
      if (name === undefined || !aPerson(name, slice.slice(Math.max(0, (match.index ?? 0) - 8), match.index ?? 0) + match[0])) continue;
      const end = (match.index ?? 0) + match[0].lastIndexOf(name) + name.length;
      if (colleagueAfter(slice, end)) continue;
      names.push(name);
    }
  }
  // Two patterns may read one name: "met kandidaat Amara Okonkwo" is a noun, then a name ending the text.
  return [...new Set(names)];
}

// "meeloopdienst op De Vechtoever inplannen": a place after a preposition of place, named with its article.
const PLACE_BEFORE = /(?<![\p{L}])(?:op|in|bij|naar|aan|at)[ \u00A0]+$/iu;

/** False for a job ("Interview – Junior Developer (45 min)": a level opens its title) or a place (set Q). */
function aPerson(name: string, around: string): boolean {
  if (opensWithLevel(name)) return false;
  const at = around.indexOf(name);
  return !(/^(?:De|Het)[ \u00A0]/u.test(name) && at >= 0 && PLACE_BEFORE.test(around.slice(0, at)));
}
