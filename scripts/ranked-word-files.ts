/**
 * Builds the ranked word lists from the zxcvbn-ts packages (Node only: scripts and tests, never a
 * bundle). Kept apart from the script so that a unit test can compare its output with the
 * committed files.
 */
import { createRequire } from 'node:module';
import { normalizeWord } from '../lib/wording/normalize';

const require = createRequire(import.meta.url);

/** How many English words to keep: the list has 55,000, mostly rare forms and names. */
export const ENGLISH_WORDS = 20_000;

interface Source {
  list: string;
  limit: number;
  source: string;
  licence: string;
}

const SOURCES: Record<'nl' | 'en', Source> = {
  nl: {
    list: '@zxcvbn-ts/language-nl-be/src/commonWords.json',
    limit: Infinity,
    source:
      '@zxcvbn-ts/language-nl-be 3.0.2 commonWords.json (MIT), built from hermitdave/FrequencyWords 2018 nl_50k: word counts of the OpenSubtitles 2018 corpus, CC BY-SA 4.0',
    licence: 'CC-BY-SA-4.0',
  },
  en: {
    list: '@zxcvbn-ts/language-en/src/commonWords.json',
    limit: ENGLISH_WORDS,
    source:
      '@zxcvbn-ts/language-en 4.1.1 commonWords.json (MIT), derived from OpenSubtitles 2024 via OPUS (Helsinki-NLP), ODC-BY; the first 20,000 usable words',
    licence: 'ODC-BY-1.0',
  },
};

/** Letters only (with inner hyphens or apostrophes): no numbers, no clitics such as "'s". */
const USABLE = /^\p{L}+(?:['-]\p{L}+)*$/u;

export function rankedWords(lang: 'nl' | 'en'): string[] {
  const { list, limit } = SOURCES[lang];
  const raw = require(list) as string[];
  const seen = new Set<string>();
  const words: string[] = [];
  for (const entry of raw) {
    if (words.length >= limit) break;
    if (!USABLE.test(entry)) continue;
    const norm = normalizeWord(entry);
    if (seen.has(norm)) continue;
    seen.add(norm);
    words.push(norm);
  }
  return words;
}

/** File name → file content, exactly as committed. */
export function rankedWordFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const lang of ['nl', 'en'] as const) {
    const { source, licence } = SOURCES[lang];
    files[`words-${lang}.json`] = `${JSON.stringify({ source, licence, words: rankedWords(lang).join(' ') }, null, 1)}\n`;
  }
  return files;
}
