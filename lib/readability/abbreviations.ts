import type { Locale } from '../i18n/locale';
import type { Token } from '../wording/tokenize';

/*
 * Abbreviations a reader may not know. Officialese with dots ("i.v.m.", "t.b.v.") always gets a
 * hint with its meaning; an acronym in capitals ("HACCP", "VOG") gets one at its first use unless
 * the text explains it in brackets, "Verklaring Omtrent het Gedrag (VOG)" or "VOG (...)".
 * Acronyms every job seeker knows (cv, mbo) are left alone.
 * Acronyms are found in the text itself, not in tokens: "KPI's" and "WMS-omgeving" are one token.
 */
export interface AbbreviationHit {
  start: number;
  end: number;
  text: string;
  /** What it stands for, or a plain alternative, where the list knows it. */
  meaning: string | undefined;
}

const DOTTED: Record<Locale, Record<string, string>> = {
  nl: {
    ivm: 'in verband met (door, omdat)',
    mbt: 'met betrekking tot (over)',
    tav: 'ten aanzien van (over, voor)',
    tbv: 'ten behoeve van (voor)',
    zsm: 'zo snel mogelijk',
    oa: 'onder andere',
    ipv: 'in plaats van',
    muv: 'met uitzondering van (behalve)',
    nav: 'naar aanleiding van (na, over)',
    dwz: 'dat wil zeggen',
    eea: 'een en ander',
    miv: 'met ingang van (vanaf)',
    iom: 'in overleg met',
    tzt: 'te zijner tijd (later)',
    icm: 'in combinatie met (met)',
    bijv: 'bijvoorbeeld',
    evt: 'eventueel',
    ca: 'circa (ongeveer)',
    incl: 'inclusief (met)',
    excl: 'exclusief (zonder)',
    resp: 'respectievelijk',
    pw: 'per week',
  },
  en: {
    eg: 'for example',
    ie: 'that is',
    etc: 'and so on',
    asap: 'as soon as possible',
    wrt: 'about',
    approx: 'about',
    incl: 'including',
    excl: 'excluding',
    pa: 'a year',
    resp: 'respectively',
  },
};

const KNOWN: Record<Locale, ReadonlySet<string>> = {
  nl: new Set([
    'cv',
    'mbo',
    'hbo',
    'wo',
    'vmbo',
    'havo',
    'vwo',
    'bbl',
    'bol',
    'hr',
    'ict',
    'bv',
    'nv',
    'eu',
    'nl',
    'ov',
    'pdf',
    'tv',
    'ok',
    'btw',
    'usb',
    'id',
    'sms',
    'app',
    'cao',
  ]),
  en: new Set(['cv', 'hr', 'it', 'uk', 'us', 'usa', 'eu', 'tv', 'pdf', 'ok', 'id', 'faq', 'am', 'pm', 'ceo', 'usb', 'sms', 'app', 'i']),
};

/** Longest part of a dotted abbreviation: "i.v.m." has parts of one letter, "bijv." one of four. */
const LONGEST_PART = 6;
/** Two to six capitals standing alone (also before 's or a hyphen): "VOG", "KPI's", "WMS-omgeving". */
const ACRONYM_PATTERN = /(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])/gu;
/** "(VOG)", or "VOG (" or "BHV-diploma (" followed by its meaning. */
const EXPLAINED_PATTERN = /\(\s*(\p{Lu}{2,6})\s*\)|(?<![\p{L}\p{N}])(\p{Lu}{2,6})(?:-\p{L}+)?\s*\(/gu;

/** Acronyms the text explains somewhere, found in one pass (a check per acronym would be quadratic). */
function explainedAcronyms(text: string): Set<string> {
  const explained = new Set<string>();
  EXPLAINED_PATTERN.lastIndex = 0;
  for (let m = EXPLAINED_PATTERN.exec(text); m !== null; m = EXPLAINED_PATTERN.exec(text)) explained.add((m[1] ?? m[2]) as string);
  return explained;
}

const dotAfter = (text: string, token: Token) => text.charCodeAt(token.end) === 46;

/**
 * "i.v.m.", "bijv.": short tokens each followed by a full stop, read from the tokens (the
 * tokeniser splits "i.v.m." into i, v and m), looked up in the list of their meanings.
 */
function dottedAbbreviations(lang: Locale, text: string, tokens: readonly Token[]): AbbreviationHit[] {
  const hits: AbbreviationHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (first.end - first.start > LONGEST_PART || !dotAfter(text, first)) continue;
    let j = i + 1;
    let key = first.norm;
    // Further parts follow right after the previous full stop: "v" in "i.v.m.".
    while (j < tokens.length && j - i < 4) {
      const next = tokens[j] as Token;
      if (next.start !== (tokens[j - 1] as Token).end + 1 || next.end - next.start > 2 || !dotAfter(text, next)) break;
      key += next.norm;
      j++;
    }
    const meaning = DOTTED[lang][key];
    if (meaning) {
      const end = (tokens[j - 1] as Token).end + 1;
      hits.push({ start: first.start, end, text: text.slice(first.start, end), meaning });
      i = j - 1;
    }
  }
  return hits;
}

/**
 * Unexplained abbreviations in `text`, in document order. `isWord` says whether a lower-case
 * word is an ordinary word of the language ("WIJ ZOEKEN" in a shouted heading).
 */
export function findAbbreviations(
  lang: Locale,
  text: string,
  tokens: readonly Token[],
  isWord: (word: string) => boolean,
): AbbreviationHit[] {
  const hits = dottedAbbreviations(lang, text, tokens);
  const seen = new Set<string>();
  const explained = explainedAcronyms(text);
  ACRONYM_PATTERN.lastIndex = 0;
  for (let m = ACRONYM_PATTERN.exec(text); m !== null; m = ACRONYM_PATTERN.exec(text)) {
    const raw = m[0];
    const lower = raw.toLowerCase();
    if (seen.has(raw) || KNOWN[lang].has(lower) || isWord(lower)) continue;
    seen.add(raw);
    if (!explained.has(raw)) hits.push({ start: m.index, end: m.index + raw.length, text: raw, meaning: undefined });
  }
  return hits.sort((a, b) => a.start - b.start);
}
