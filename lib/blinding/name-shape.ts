import { NAME_PARTICLES, NAME_TITLES } from './name-words';
import { foldText, isAllCaps, startsWithCapital } from './text-fold';

/** Texts longer than this are not one person's name; they are not judged at all. */
export const NAME_TEXT_LIMIT = 100;

export interface NameWord {
  text: string;
  /** Folded pieces for the lexicon, particles dropped: "Al-Hassan" → ["hassan"], "O'Brien" → ["brien"]. */
  pieces: string[];
  casing: 'capitalised' | 'caps' | 'lower' | 'uncased';
}

export interface NameShape {
  /** The name without labels, titles, badges and what follows a dash: what a page would register. */
  name: string;
  nameWords: NameWord[];
  /** Every name word is capitalised, all capitals, or in a script without case. */
  capitalised: boolean;
  lowerCaseWords: number;
  /** Shape evidence, -0.2..0.25: word count, initials, particles, reversed order. */
  bonus: number;
}

// "Kandidaat: ...", "Naam - ...", "Profiel van ...", "Application of ...": the words before a name.
const LEADING_LABEL =
  /^(?:(?:naam|name|kandidaat|kandidate|sollicitant|sollicitante|student|candidate|applicant|stagiair|stagiaire)[ \t]*[:：–—-][ \t]*|(?:profiel|sollicitatie|dossier|gegevens|cv|application|profile|details)[ \t]+(?:van|of|from)[ \t]+)/iu;
// "Fatima Benali (zij/haar)", "Fatima Benali – Junior developer", "Carlos Monteiro <carlos@…>"
// (a dialog's "Candidate" field, held-out set EE): the name comes first.
const TRAILING_PART = /(?:[ \t]*\([^()]{0,40}\)|[ \t]+[–—|·•-][ \t]+.*|[ \t]*<[^<>\s@]{1,64}@[^<>\s]{1,253}>)$/u;
const NOT_IN_A_NAME = /[\p{N}@/\\?!;|•<>{}[\]=#_*+:：%&$€"“”]|https?|www\./u;
const INITIALS = /^(?:\p{Lu}\.){1,4}$|^\p{Lu}\.?$/u;
const LEGAL_FORM = /^(?:B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?|GmbH|Ltd\.?|Inc\.?|LLC|Holding)$/u;
// "n.v.t.", "t.b.v.": a dot inside a word is an abbreviation (initials are handled first).
const ABBREVIATION = /\.\p{L}/u;
const UNCASED = /^[\p{Lo}\p{M}]+$/u;
// "InMail", "LinkedIn", "WhatsApp": a capital after small letters inside a word is a brand, unless
// a prefix of a name leads it ("McDonald", "MacLeod", "DeShawn", "VanDyke", "LaToya").
const CAMEL_CASE = /^(?!(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von|Al|El|O|D)\p{Lu})\p{L}*\p{Ll}\p{Lu}/u;
const HAN = /^[\p{Script=Han}]{2,4}$/u;
/** "v.d.", "v/d", "vd", "v." written for "van der", "van den", "van": "Robin v.d. Heuvel". */
const PARTICLE_SHORT = /^v(?:\.?d\.?|\/d|\.)$/iu;
const FILE_NAME_END = /\.(?:pdf|docx?|odt|rtf|txt|pages|jpe?g|png|heic|webp|zip|xlsx?|pptx?|csv)$/iu;
const PIECE_SPLIT = /[-‐‑'’ʼ`]/u;
const EDGE_PUNCTUATION = /^[\s"'“”‘’(.,]+|[\s"'“”‘’),]+$/gu;
const MAX_NAME_WORDS = 5;

/** The shape of a short text as a name, or undefined when it cannot be one (digits, e-mail, too long). */
export function nameShape(text: string): NameShape | undefined {
  let name = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  // "Cijferlijst - Fatima Ouali.pdf" is a file; the names in it are read as a file's words.
  if (FILE_NAME_END.test(name)) return undefined;
  name = name.replace(LEADING_LABEL, '').replace(TRAILING_PART, '').replace(EDGE_PUNCTUATION, '');
  if (name === '' || NOT_IN_A_NAME.test(name)) return undefined;
  const commas = name.split(',').length - 1;
  if (commas > 1) return undefined;
  const reversed = commas === 1;

  const words = name.split(/[ ,]+/u).filter((word) => /\p{L}/u.test(word));
  // Reversed, a family name comes first, and no family name is a single letter: "C, CE" are a
  // driving licence's categories (held-out set NN, a form's answers).
  if (reversed && INITIALS.test(name.split(',')[0]!.trim())) return undefined;
  // "Brouwer Installatietechniek B.V.": a legal form closes a firm's name. After a comma the same
  // letters are initials ("Jansen, B.V.").
  if (!reversed && LEGAL_FORM.test(words[words.length - 1] ?? '')) return undefined;
  if (
    words.length === 0 ||
    words.some((word) => (ABBREVIATION.test(word) && !INITIALS.test(word) && !PARTICLE_SHORT.test(word)) || CAMEL_CASE.test(word))
  )
    return undefined;
  if (!reversed) {
    while (words.length > 1 && NAME_TITLES.has(foldText(words[0] ?? '').replace(/\.$/u, ''))) words.shift();
    name = words.join(' ');
  }

  const nameWords: NameWord[] = [];
  let initials = 0;
  let particles = 0;
  words.forEach((word, index) => {
    // "O'" ends and "'t" ("van 't Hof", "in 't Veld") opens with its apostrophe.
    const folded = foldText(word).replace(/^['’]|['’]$/gu, '');
    if (INITIALS.test(word)) {
      initials += 1;
      return;
    }
    // Reversed, the particle follows the given name it ends: "Jong, Bram de" (a school's register, held-out set DD).
    if ((NAME_PARTICLES.has(folded) || PARTICLE_SHORT.test(word)) && (index < words.length - 1 || (reversed && index > 1))) {
      particles += 1;
      return;
    }
    const pieces = word
      .split(PIECE_SPLIT)
      .map((piece) => foldText(piece))
      .filter((piece) => piece !== '' && !NAME_PARTICLES.has(piece));
    nameWords.push({ text: word, pieces, casing: casingOf(word) });
  });
  if (nameWords.length === 0 || nameWords.length > MAX_NAME_WORDS) return undefined;

  const capitalised = nameWords.every((word) => word.casing !== 'lower');
  const lowerCaseWords = nameWords.filter((word) => word.casing === 'lower').length;
  const han = nameWords.length === 1 && HAN.test(nameWords[0]?.text ?? '');
  let bonus = 0;
  if (capitalised && (nameWords.length >= 2 || initials > 0 || han) && nameWords.length <= 4) bonus += 0.15;
  if (nameWords.length === 1 && initials === 0 && !han) bonus -= 0.1;
  if (nameWords.length === MAX_NAME_WORDS) bonus -= 0.15;
  if (reversed && words.length >= 2) bonus += 0.1;
  if (particles > 0 && capitalised) bonus += 0.05;
  return { name, nameWords, capitalised, lowerCaseWords, bonus };
}

function casingOf(word: string): NameWord['casing'] {
  if (UNCASED.test(word)) return 'uncased';
  if (isAllCaps(word)) return 'caps';
  return startsWithCapital(word) ? 'capitalised' : 'lower';
}
