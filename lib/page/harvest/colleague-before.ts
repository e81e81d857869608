import { endsInRole, roleOfLabel } from '../../blinding/field-roles';

// "Notitie van Wim Claassen:" names a note's author (held-out set II, a CV database), as does
// "Private note · Aisha Rahman:" (set MM, a shared chat inbox). Whoever last
// edited a record is a user of the tool ("Laatst gewijzigd door Sven de Ruiter", "Laatste wijziging
// 18 jun 2025 door Ruud Verkerk"), and whom a profile is shared with is the team or its client
// ("Shared with Pieter Hoogland (Maasport Logistics)", held-out sets JJ and KK), and so are a
// booking's hosts ("hosted by Kim Jansen, co-host Jeroen Smit", set LL, a scheduling tool), and
// whom a chat is assigned to ("… · Toegewezen aan Kees van Gils", set MM, a live chat).
const COLLEAGUE_BEFORE =
  /(?<![\p{L}])(?:collega|colleague|teamgenoot|teammate|leidinggevende|(?:notitie|opmerking|aantekening|note|comment) (?:van|door|by|from|[·|•–—-])|(?:gewijzigd|bewerkt|bijgewerkt|aangepast|modified|edited|updated|changed) (?:door|by)|(?:laatste wijziging|last (?:change|edit))\b[^.!?]{0,24}[ \t\u00A0](?:door|by)|gedeeld met|shared with|(?:hosted|organi[sz]ed|georganiseerd|gehost) (?:door|by)|co-?host|toegewezen aan|assigned to)[ \t\u00A0]+$/iu;
// A label's words end in a preposition ("Gebeld door:"); in a sentence, "gebeld door Amara" says who called.
const PREPOSITION_BEFORE = /(?<![\p{L}])(?:door|by|van|from|met|with|aan|to|voor|for|via)\s+$/iu;

/**
 * The text before `start` names a colleague as one, or by their team role, the way a form labels
 * one (lib/blinding/field-roles.ts, 'staff-name'): "doorgestuurd naar hiring manager Bram
 * Oosterhuis" (held-out set FF), "Shared with hiring manager Sofia Marchetti" (set II).
 */
export function colleagueBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (COLLEAGUE_BEFORE.test(before)) return true;
  return (
    /\s$/u.test(before) && !PREPOSITION_BEFORE.test(before) && endsInRole(before.trim().split(/\s+/u).slice(-3).join(' '), 'staff-name')
  );
}

/**
 * A comma and up to three words after a name: "Sandra Geurts, teamleider planning", "Erik van den
 * Broek, onze recruiter voor de wijkteams" (held-out set NN, a live chat).
 */
const APPOSITION = /^,[ \t\u00A0]+(?:(?:onze|ons|our|mijn|my|de|the)[ \t\u00A0]+)?(\p{L}[\p{L}-]*(?:[ \t\u00A0]+\p{L}[\p{L}-]*){0,2})/u;

// "Aylin Çelik van uitzendbureau FlexPlus belde ook nog" (held-out set NN, a team chat): a staffing
// agency's consultant, who offers applicants and is none.
const OF_AN_AGENCY =
  /^[ \t\u00A0]+(?:van|from|bij|of|at)[ \t\u00A0]+(?:(?:het|de|the|an?)[ \t\u00A0]+)?(?:uitzend|recruitment|wervings?|selectie|detacherings|bemiddelings|staffing |temp )(?:bureau|organisatie|agency|bedrijf|kantoor)/iu;
/**
 * The text after `end` (a name's end) gives the colleague's team role as an apposition: "een
 * kennismaking met Sandra Geurts, teamleider planning" (held-out set LL, a recruiter's reply), or
 * the staffing agency they work for.
 */
export function colleagueAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 60);
  if (OF_AN_AGENCY.test(after)) return true;
  const words = APPOSITION.exec(after)?.[1]?.split(/[ \t\u00A0]+/u) ?? [];
  for (let count = words.length; count >= 1; count -= 1) if (roleOfLabel(words.slice(0, count).join(' ')) === 'staff-name') return true;
  return false;
}

// A reference a recruiter checked, at their firm: "Spoke with Linda Carvalho at Harbor Packaging",
// "Referentie nagebeld: gesproken met Henk Smit bij Bouwbedrijf Vos" (held-out set OO, an activity log).
const SPOKE_WITH_BEFORE =
  /(?:spoke (?:with|to)|spoken (?:with|to)|talked (?:with|to)|gesproken met|sprak met|referen\p{L}*)[^.!?\n]{0,24}$/iu;
const AT_A_FIRM_AFTER = /^[ \t\u00A0]+(?:at|bij)[ \t\u00A0]+\p{Lu}\p{Ll}/u;

/** The name between `start` and `end` is a reference spoken to at another firm, no applicant. */
export function referenceAtFirm(text: string, start: number, end: number): boolean {
  return AT_A_FIRM_AFTER.test(text.slice(end, end + 40)) && SPOKE_WITH_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}
