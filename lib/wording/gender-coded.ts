import type { Locale } from '../i18n/locale';
import type { GenderBalance, GenderCodedWord, GenderVerdict } from './types';
import type { Token } from './tokenize';
import type { LanguageFacts } from './language-facts';

/*
 * Gender-coded words, counted for a soft balance signal only.
 * English: the word stems of Gaucher, Friesen & Kay (2011), "Evidence that gendered wording in job
 * advertisements exists and sustains gender inequality", J. Pers. Soc. Psychol. 101(1), as used by
 * Kat Matfield's Gender Decoder, minus stems that mostly hit neutral words (see EXCLUDED).
 * Dutch: OUR OWN provisional list (a translation of those stems plus words Flemish and Dutch
 * studies reported as read masculine or feminine); it is not validated.
 * Evidence: mostly lab studies; a field study of about 300,000 postings found negligible effects
 * on who applies. Hence a style balance, never a finding of prohibited or risk.
 */
interface CodedStems {
  masculine: readonly string[];
  feminine: readonly string[];
  /** Whole words that start with a stem but are not coded (responsibilities, workforce). */
  excluded: ReadonlySet<string>;
}

const EN: CodedStems = {
  masculine: [
    'active',
    'adventurous',
    'aggress',
    'ambitio',
    'analy',
    'assert',
    'athlet',
    'autonom',
    'battle',
    'boast',
    'challeng',
    'champion',
    'compet',
    'confident',
    'courag',
    'decid',
    'decisive',
    'determin',
    'domina',
    'driven',
    'fearless',
    'fight',
    'force',
    'greedy',
    'headstrong',
    'hierarch',
    'hostil',
    'impulsive',
    'independen',
    'individual',
    'intellect',
    'lead',
    'logic',
    'objective',
    'opinion',
    'outspoken',
    'persist',
    'principle',
    'reckless',
    'selfconfiden',
    'selfrelian',
    'selfsufficien',
    'stubborn',
    'superior',
    'unreasonab',
  ],
  feminine: [
    'agree',
    'affectionate',
    'child',
    'cheer',
    'collab',
    'commit',
    'communal',
    'compassion',
    'connect',
    'considerate',
    'cooperat',
    'depend',
    'emotiona',
    'empath',
    'feel',
    'flatterable',
    'gentle',
    'honest',
    'interpersonal',
    'interdependen',
    'kind',
    'kinship',
    'loyal',
    'modesty',
    'nag',
    'nurtur',
    'pleasant',
    'polite',
    'quiet',
    'respon',
    'sensitiv',
    'submissive',
    'support',
    'sympath',
    'tender',
    'together',
    'trust',
    'understand',
    'warm',
    'whin',
    'enthusias',
    'inclusive',
    'yield',
    'share',
    'sharin',
  ],
  excluded: new Set([
    'responsibility',
    'responsibilities',
    'responsible',
    'response',
    'responses',
    'responsive',
    'respond',
    'competence',
    'competences',
    'competency',
    'competencies',
    'competent',
    'lead',
    'leads',
    'leading',
    'analyst',
    'analysts',
    'analytics',
    'sharepoint',
    'workforce',
    'salesforce',
    'commit',
    'commits',
    'committee',
    'childcare',
    'kind',
    'kindly',
    'depends',
    'dependencies',
    'dependency',
    'dependent',
    'objectives',
    'individually',
    'feel',
    'activities',
    'activity',
    'actively',
    'forced',
    'agreement',
    'agreements',
    'connection',
    'connections',
    'connected',
    'connectivity',
    'connector',
    'connectors',
    'principles',
    'warmly',
    'support',
    'supports',
    'supported',
    'decide',
    'decided',
    'together',
    'understanding',
    'shares',
    'shared',
    'nagging',
    'yields',
    'trusts',
  ]),
};

const NL: CodedStems = {
  masculine: [
    'competiti',
    'ambiti',
    'dominan',
    'daadkrachtig',
    'assertie',
    'zelfverzekerd',
    'resultaatgericht',
    'stressbestendig',
    'analytisch',
    'zelfstandig',
    'gedreven',
    'doelgericht',
    'leider',
    'onafhankelijk',
    'besluitvaardig',
    'avontuurlijk',
    'moedig',
    'vastberaden',
    'eigenwijs',
    'strijdlustig',
    'uitdagingen',
    'durf',
    'krachtig',
    'winnaar',
    'topprestatie',
  ],
  feminine: [
    'zorgza',
    'betrokken',
    'communicatie',
    'empathi',
    'inlevend',
    'inlevingsvermogen',
    'zorgvuldig',
    'klantvriendelijk',
    'nieuwsgierig',
    'veelzijdig',
    'behulpza',
    'ondersteunend',
    'loyaal',
    'samenwerk',
    'vriendelijk',
    'warm',
    'gevoelig',
    'verbind',
    'eerlijk',
    'begripvol',
    'hartelijk',
    'geduldig',
    'sociaal',
    'teamspeler',
  ],
  excluded: new Set([
    'samenwerkingsverband',
    'samenwerkingsverbanden',
    'communicatieafdeling',
    'communicatiebureau',
    'warmte',
    'warmtepomp',
    'warmtepompen',
    'verbinding',
    'verbindingen',
    'durft',
    'durven',
    'krachtige',
  ]),
};

const STEMS: Record<Locale, CodedStems> = { nl: NL, en: EN };

function computeCoding(norm: string, stems: CodedStems): 'masculine' | 'feminine' | null {
  if (norm.length < 3 || stems.excluded.has(norm)) return null;
  for (const stem of stems.masculine) if (norm.startsWith(stem)) return 'masculine';
  for (const stem of stems.feminine) if (norm.startsWith(stem)) return 'feminine';
  return null;
}

/** Remembered per word and language: texts repeat their words, and this runs on every token. */
const MEMO_LIMIT = 20_000;
let memo: Record<Locale, Map<string, 'masculine' | 'feminine' | null>> = { nl: new Map(), en: new Map() };

function memoFor(lang: Locale): Map<string, 'masculine' | 'feminine' | null> {
  if (memo[lang].size >= MEMO_LIMIT) memo = { ...memo, [lang]: new Map() };
  return memo[lang];
}

/** The coding of one normalised word in a language (not remembered: word-facts.ts does that). */
export function genderCoding(norm: string, lang: Locale): 'masculine' | 'feminine' | null {
  return computeCoding(norm, STEMS[lang]);
}

/** Coded words in one tokenised paragraph; `facts` (the words' facts in `lang`) saves the lookups. */
export function findGenderCodedWords(
  text: string,
  tokens: readonly Token[],
  lang: Locale,
  base = 0,
  facts?: readonly LanguageFacts[],
): GenderCodedWord[] {
  const words: GenderCodedWord[] = [];
  if (facts) {
    for (let i = 0; i < tokens.length; i++) {
      const coding = (facts[i] as LanguageFacts).gender;
      if (coding) {
        const token = tokens[i] as Token;
        words.push({ start: token.start, end: token.end, text: text.slice(token.start - base, token.end - base), coding, lang });
      }
    }
    return words;
  }
  const cache = memoFor(lang);
  const stems = STEMS[lang];
  for (const token of tokens) {
    let coding = cache.get(token.norm);
    if (coding === undefined) {
      coding = computeCoding(token.norm, stems);
      cache.set(token.norm, coding);
    }
    if (coding) {
      words.push({ start: token.start, end: token.end, text: text.slice(token.start - base, token.end - base), coding, lang });
    }
  }
  return words;
}

const NOTES = {
  nl: 'Geen fout, maar een stijlsignaal: sommige woorden klinken eerder mannelijk of vrouwelijk. Het effect op wie solliciteert is klein. Bron: Gaucher, Friesen & Kay (2011); de Nederlandse woordenlijst is van ons en niet getoetst.',
  en: 'Not an error but a style signal: some words sound more masculine or feminine. The effect on who applies is small. Source: Gaucher, Friesen & Kay (2011); the Dutch word list is ours and not validated.',
};

/** Gender Decoder's scale: distinct coded words, feminine minus masculine. */
export function genderBalance(words: readonly GenderCodedWord[], locale: Locale): GenderBalance {
  const masculine = new Set<string>();
  const feminine = new Set<string>();
  for (const word of words) (word.coding === 'masculine' ? masculine : feminine).add(word.text.toLowerCase());
  const score = feminine.size - masculine.size;
  let verdict: GenderVerdict;
  if (masculine.size + feminine.size === 0) verdict = 'empty';
  else if (score === 0) verdict = 'neutral';
  else if (score > 3) verdict = 'strongly-feminine';
  else if (score > 0) verdict = 'feminine';
  else if (score < -3) verdict = 'strongly-masculine';
  else verdict = 'masculine';
  return { masculine: masculine.size, feminine: feminine.size, verdict, words: [...words], note: NOTES[locale] };
}
