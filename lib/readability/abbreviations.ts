import type { Locale } from '../i18n/locale';
import type { Token } from '../wording/tokenize';

/*
 * Abbreviations a reader may not know. Officialese with dots ("i.v.m.", "t.b.v.") always gets a
 * hint with its meaning; an acronym in capitals ("HACCP", "VOG") gets one at its first use unless
 * the text explains it in brackets, "Verklaring Omtrent het Gedrag (VOG)" or "VOG (...)".
 * Acronyms every job seeker knows (cv, mbo) are left alone.
 * An acronym can open a token: "KPI's" and "WMS-omgeving" are one token each.
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
/** Two to six capitals, perhaps with a plural 's or a hyphenated tail: "VOG", "KPI's", "WMS-omgeving". */
const ACRONYM = /^(\p{Lu}{2,6})(?:['’]s|-\p{L}.*)?$/u;

/** The first non-space character at or after `i`. */
function nextVisible(text: string, i: number): string {
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  return text[i] ?? '';
}

/** "(VOG)", or "VOG (" / "BHV-diploma (" followed by its meaning. */
function explainsItself(text: string, token: Token): boolean {
  return (text[token.start - 1] === '(' && text[token.end] === ')') || nextVisible(text, token.end) === '(';
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

/** What one paragraph holds: officialese with dots, acronyms where they stand, and acronyms it explains. */
export interface AbbreviationScan {
  dotted: AbbreviationHit[];
  acronyms: { start: number; acronym: string }[];
  explained: string[];
}

/** A capital, then another: the only tokens an acronym can be (cheaper than the expression). */
function mayBeAcronym(text: string, token: Token): boolean {
  if (!token.cap || token.end - token.start < 2) return false;
  const second = text.charCodeAt(token.start + 1);
  return second >= 128 || (second >= 65 && second <= 90);
}

/** One paragraph's abbreviations (`text` is the paragraph, token offsets count from its start). */
export function scanAbbreviations(lang: Locale, text: string, tokens: readonly Token[]): AbbreviationScan {
  const scan: AbbreviationScan = { dotted: dottedAbbreviations(lang, text, tokens), acronyms: [], explained: [] };
  for (const token of tokens) {
    if (!mayBeAcronym(text, token)) continue;
    const match = ACRONYM.exec(text.slice(token.start, token.end));
    if (!match) continue;
    const acronym = match[1] as string;
    if (explainsItself(text, token)) scan.explained.push(acronym);
    else scan.acronyms.push({ start: token.start, acronym });
  }
  return scan;
}

/**
 * Unexplained abbreviations of a text from its paragraphs' scans, per paragraph and in text order:
 * an acronym gets a hint at its first use unless the text explains it anywhere. `isWord` says
 * whether a lower-case word is an ordinary word of the language ("WIJ ZOEKEN" in a shouted heading).
 */
export function findAbbreviations(
  lang: Locale,
  scans: readonly AbbreviationScan[],
  isWord: (word: string) => boolean,
): AbbreviationHit[][] {
  const explained = new Set<string>();
  for (const scan of scans) for (const acronym of scan.explained) explained.add(acronym);
  const seen = new Set<string>();
  return scans.map((scan) => {
    const hits = scan.dotted.slice();
    for (const { start, acronym } of scan.acronyms) {
      const lower = acronym.toLowerCase();
      if (seen.has(acronym) || explained.has(acronym) || KNOWN[lang].has(lower) || isWord(lower)) continue;
      seen.add(acronym);
      hits.push({ start, end: start + acronym.length, text: acronym, meaning: undefined });
    }
    return hits.length > 1 ? hits.sort((a, b) => a.start - b.start) : hits;
  });
}
