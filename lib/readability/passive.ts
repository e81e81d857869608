import type { Locale } from '../i18n/locale';
import type { Token } from '../wording/tokenize';

/*
 * Passive constructions ("er wordt verwacht", "worden aangeboden", "applications are reviewed"):
 * B1 guidance asks for active sentences that say who does what. Dutch: a form of "worden" with a
 * past participle near it in the same sentence ("zijn" + participle is also the active perfect of
 * many verbs, so it is left alone). English: a form of "be" followed, perhaps after an adverb,
 * by a past participle.
 */
const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden']);
const DUTCH_PARTICIPLE =
  /^(?:(?:aan|af|bij|door|in|mee|na|om|op|over|toe|uit|voor|weg|terug|vast|samen|tegen)?ge\p{L}{2,}(?:d|t|en)|(?:be|ver|ont|her|er)\p{L}{2,}(?:d|t|en))$/u;
const NOT_PARTICIPLE = new Set(['gebied', 'gezicht', 'gewicht', 'gedicht', 'geweest', 'geworden', 'gehad', 'gezond', 'gelegen', 'bekend']);

const BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);
const IRREGULAR = new Set(
  'given taken made done seen known shown written paid held found sent told built kept left brought bought chosen spent put set run read heard met won lost sold thought understood taught caught drawn driven eaten forgiven forgotten gotten hidden ridden risen spoken stolen sworn thrown worn woken begun broken frozen'.split(
    ' ',
  ),
);
const BETWEEN = new Set(['not', 'also', 'always', 'often', 'being', 'been', 'currently', 'usually', 'never', 'then', 'still', 'only']);

function isDutchParticiple(norm: string): boolean {
  return DUTCH_PARTICIPLE.test(norm) && !NOT_PARTICIPLE.has(norm);
}

function isEnglishParticiple(norm: string): boolean {
  return (norm.length >= 4 && norm.endsWith('ed')) || IRREGULAR.has(norm);
}

/** How far from "worden" a Dutch participle may stand: "wordt van je verwacht", "aangeboden wordt". */
const DUTCH_REACH = 6;

/** A form of "worden" (Dutch) or "be" (English). */
export function isPassiveAuxiliary(lang: Locale, norm: string): boolean {
  return (lang === 'nl' ? WORDEN : BE).has(norm);
}

/**
 * Passives in tokens [first, last) of one sentence, given the indexes of its auxiliaries
 * (isPassiveAuxiliary): [index of the auxiliary, index of the participle].
 */
export function findPassives(
  lang: Locale,
  tokens: readonly Token[],
  first: number,
  last: number,
  auxiliaries: readonly number[],
): [number, number][] {
  const found: [number, number][] = [];
  let after = first;
  for (const i of auxiliaries) {
    if (i < after) continue;
    if (lang === 'nl') {
      let participle = -1;
      for (let d = 1; d <= DUTCH_REACH && participle < 0; d++) {
        if (i + d < last && isDutchParticiple((tokens[i + d] as Token).norm)) participle = i + d;
        else if (i - d >= first && isDutchParticiple((tokens[i - d] as Token).norm)) participle = i - d;
      }
      if (participle >= 0) found.push([i, participle]);
    } else {
      let j = i + 1;
      while (j < last && j <= i + 3 && (BETWEEN.has((tokens[j] as Token).norm) || (tokens[j] as Token).norm.endsWith('ly'))) j++;
      if (j < last && isEnglishParticiple((tokens[j] as Token).norm)) {
        found.push([i, j]);
        after = j + 1;
      }
    }
  }
  return found;
}
