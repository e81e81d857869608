import { DETERMINERS, FUNCTION_WORDS, GREETING_WORDS, JOB_WORDS, LEVEL_WORDS, TITLE_WORDS } from './name-words';
import { isAllCaps, startsWithCapital } from './text-fold';

export interface Token {
  start: number;
  end: number;
  text: string;
  folded: string;
}

export const HYPHEN_SEPARATOR = /^[-‐‑]$/u;

const SENTENCE_BREAK = /[.!?:;•|\n\r]\s*$/u;
const POSSESSIVE_AFTER = /^['’ʼ]s?\b/u;
const ARTICLE_PARTICLES: ReadonlySet<string> = new Set(['de', 'het', 't', 'den', 'der', 'des']);
// After a word: a colon (a label or status), a gender marker of a job title, a lower-case
// qualifier or the hours of a job in brackets ("(broodafdeling)", "(24 uur)"), or a kind of street ("Wolf Street"). A name is
// followed by none of these.
const DESCRIBED_AFTER =
  /^[ \t\u00A0]*(?::|\((?:[mvwxdhfMVWXDHF](?:[ \t]*\/[ \t]*[mvwxdhfMVWXDHF]){1,3}|\p{Ll}[^()]{0,40}|\d{1,2}(?:[ \t]*[-–][ \t]*\d{1,2})?[ \t]*(?:uur|u|hours|hrs|h|fte)(?![\p{L}])[^()]{0,20})\)|(?:Street|Road|Avenue|Lane|Square|Straat|Laan|Weg|Plein|Gracht|Kade|Singel)(?![\p{L}]))/u;

// After an ordinary-word surname alone, any capitalised word or a legal form begins another name
// than the applicant's: the rest of a firm's ("Brouwer Installatietechniek B.V.", "Visser Transport
// BV"; held-out sets L and M), a partner's ("Bloem & Blad"), a venue's ("Sky Bar"; sets R and S) or
// someone else's ("Mars Wrigley", set T).
const FIRM_AFTER = /^(?:[ \u00A0](?:\p{Lu}\p{Ll}{2,}|B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?|GmbH)(?![\p{L}])|[ \u00A0]?&[ \u00A0]?\p{Lu})/u;
// Before it, the same: a partner's ("Smit & Koster"), or an article and a capitalised word that
// open the name of a place or a firm ("Hotel De Gouden Roos"; held-out set LL). A person's name
// opens with no capitalised article.
const AMPERSAND = /^[ \u00A0]?&[ \u00A0]?$/u;
const NAME_ARTICLE = /^(?:De|Het|'t|Den)$/u;

/**
 * Whether a part of an applicant's name that is also an ordinary word ("Bakker", "Dam", "Can")
 * stands as a name where it is found alone (name-matcher.ts; docs/decisions.md#ordinary-words-stay-readable).
 */
export function hasNameEvidence(
  text: string,
  tokens: readonly Token[],
  at: number,
  leading: number,
  joined: (left: number) => boolean,
): boolean {
  const token = tokens[at];
  if (token === undefined) return false;
  const before = tokens[leading - 1];
  const after = tokens[at + 1];
  const beforeJoined = before !== undefined && joined(leading - 1);

  // "meneer Bakker", "mevr. Visser", "Beste Can": a title or greeting makes the next word a name.
  if (before !== undefined && beforeJoined && (TITLE_WORDS.has(before.folded) || GREETING_WORDS.has(before.folded))) return true;
  // "Timmerman (m/v)", "Bakker (broodafdeling)", "Groen: direct beschikbaar", "niveau 2 Bakker": a
  // job title with its gender marker or department, a label or status, a qualification's level.
  if (DESCRIBED_AFTER.test(text.slice(token.end, token.end + 48))) return false;
  if (FIRM_AFTER.test(text.slice(token.end, token.end + 24))) return false;
  if (before !== undefined && AMPERSAND.test(text.slice(before.end, token.start))) return false;
  if (before !== undefined && startsWithCapital(before.text) && NAME_ARTICLE.test(tokens[at - 2]?.text ?? '')) return false;
  if (before !== undefined && (/^\d+$/u.test(before.folded) || LEVEL_WORDS.has(before.folded) || JOB_WORDS.has(before.folded)))
    return false;
  // "Van Dam", "ter Horst": the name's own tussenvoegsel, capitalised or more than an article.
  // Lower-case articles alone are not enough: "op de Dam" stays readable.
  if (leading < at) {
    const particles = tokens.slice(leading, at);
    if (!startsWithCapital(token.text)) return false;
    if (particles[0] !== undefined && startsWithCapital(particles[0].text)) return true;
    // A text that is nothing but the particles and this word is the name: a form's "Achternaam" cell "de Haan" (set AA).
    if (before === undefined && after === undefined) return true;
    return particles.some((particle) => !ARTICLE_PARTICLES.has(particle.folded));
  }
  // "Bakker's": a possessive apostrophe is only written after names.
  if (POSSESSIVE_AFTER.test(text.slice(token.end, token.end + 3))) return startsWithCapital(token.text);

  if (!startsWithCapital(token.text) || isAllCaps(token.text)) return false;
  // "CAN-bus", "Dam-tot-Damloop": part of a hyphenated compound.
  const hyphenBefore = before !== undefined && HYPHEN_SEPARATOR.test(text.slice(before.end, token.start));
  const hyphenAfter = after !== undefined && HYPHEN_SEPARATOR.test(text.slice(token.end, after.start));
  if (hyphenBefore || hyphenAfter) return false;
  // A text that is nothing but this word (a table cell, a name field) is the name.
  if (before === undefined && after === undefined) return true;
  if (before !== undefined && DETERMINERS.has(before.folded)) return false;
  // "Ben je er morgen?": a function word opening a sentence is that word, unless a verb follows
  // that wants a subject: "Hope came across well" (held-out set T), "Hope is a chartered accountant"
  // (set JJ), not "Hope you are well".
  if (SUBJECT_VERB_AFTER.test(text.slice(token.end, token.end + 16))) return true;
  return !(isSentenceStart(text, tokens, at) && FUNCTION_WORDS.has(token.folded));
}

const SUBJECT_VERB_AFTER =
  /^[ \t\u00A0]+(?:came|comes|was|is|has|had|did|does|said|says|called|seems|seemed|looks|looked|showed|works|speaks|kwam|komt|belde|belt|heeft|zei|zegt|lijkt|leek|mailde|appte|deed|gaf|werkt|spreekt)(?![\p{L}])/u;

function isSentenceStart(text: string, tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token === undefined) return false;
  const previous = tokens[at - 1];
  const gap = text.slice(previous === undefined ? 0 : previous.end, token.start);
  return previous === undefined ? !/\p{L}/u.test(gap) : SENTENCE_BREAK.test(gap);
}
