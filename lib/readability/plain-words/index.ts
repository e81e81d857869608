import type { Locale } from '../../i18n/locale';
import { normalizeWord } from '../../wording/normalize';
import type { Token } from '../../wording/tokenize';
import * as english from './en';
import * as dutch from './nl';

export type PlainWordKind = 'rare-word' | 'jargon';

export interface PlainWordEntry {
  /** Normalised words of the phrase. */
  words: readonly string[];
  kind: PlainWordKind;
  /** Everyday alternatives, in the language of the text. */
  plain: readonly string[];
}

export interface PlainWordMatch {
  first: number;
  /** One past the last token. */
  last: number;
  entry: PlainWordEntry;
}

type Index = Map<string, PlainWordEntry[]>;

function parse(list: string, kind: PlainWordKind, into: Index): void {
  for (const line of list.split('\n')) {
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    const words = line.slice(0, eq).trim().split(/\s+/).map(normalizeWord);
    const plain = line
      .slice(eq + 1)
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    const entry: PlainWordEntry = { words, kind, plain };
    const bucket = into.get(words[0] as string);
    if (bucket) bucket.push(entry);
    else into.set(words[0] as string, [entry]);
  }
  // Longest phrase first, so "affiniteit met" wins over "affiniteit".
  for (const bucket of into.values()) bucket.sort((a, b) => b.words.length - a.words.length);
}

const indexes: Partial<Record<Locale, Index>> = {};

function indexFor(lang: Locale): Index {
  let index = indexes[lang];
  if (!index) {
    const source = lang === 'nl' ? dutch : english;
    index = new Map();
    parse(source.OFFICIAL, 'rare-word', index);
    parse(source.JARGON, 'jargon', index);
    indexes[lang] = index;
  }
  return index;
}

/**
 * Official words and jargon in a sentence that ends before token `last`, left to right, not
 * overlapping. `starts` are the indexes of its tokens that may start an entry (startsPlainWordPhrase).
 */
export function findPlainWords(lang: Locale, tokens: readonly Token[], starts: readonly number[], last: number): PlainWordMatch[] {
  const index = indexFor(lang);
  const matches: PlainWordMatch[] = [];
  let after = 0;
  for (const i of starts) {
    if (i < after) continue;
    const bucket = index.get((tokens[i] as Token).norm);
    if (!bucket) continue;
    const entry = bucket.find((e) => e.words.every((w, k) => i + k < last && (tokens[i + k] as Token).norm === w));
    if (!entry) continue;
    matches.push({ first: i, last: i + entry.words.length, entry });
    after = i + entry.words.length;
  }
  return matches;
}

/** True when an entry of the lists starts with this word (remembered in the word profile). */
export function startsPlainWordPhrase(lang: Locale, norm: string): boolean {
  return indexFor(lang).has(norm);
}
