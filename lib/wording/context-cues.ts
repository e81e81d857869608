import type { Locale } from '../i18n/locale';
import { makeWordSet, type WordSet } from './word-set';

/**
 * Words that tell the context gates what a sentence is about. Each list serves one gate in
 * lib/wording/gates.ts; the reasons come from the College's vacancy guidance and the false-alarm
 * traps in our research notes (a word about clients or products is no demand on the candidate).
 */
export interface ContextCues {
  /** The sentence addresses or describes the person sought. */
  candidate: WordSet;
  /** Right before a match: the words are about the people served or the products sold. */
  clientBefore: WordSet;
  /** Right after a match: the candidate does something for them ("jongeren begeleiden"). */
  clientAfter: WordSet;
  /** Single words that mark an equal-opportunity sentence. */
  inclusionWords: WordSet;
  /** Multi-word equal-opportunity phrases, normalised and space-separated. */
  inclusionPhrases: readonly string[];
  /** The sentence gives a job-related reason. */
  justification: WordSet;
  justificationPhrases: readonly string[];
  /** Negation right before a match. */
  negation: WordSet;
  /** Marks an internship ad. */
  internship: WordSet;
}

const NL: ContextCues = {
  candidate: makeWordSet([
    'jij', 'je', 'jou', 'jouw', 'u', 'uw', 'kandida*', 'sollicitant*', 'stagiair*', 'zoeken', 'zoek', 'zoekt',
    'gezocht', 'gevraagd', 'vacature*', 'profiel', 'solliciteer*', 'reageer', 'ben', 'bent', 'medewerker*',
    'werknemer*', 'aanvulling', 'versterking', 'wie', 'eisen', 'vereist*', 'voorwaarde*', 'voorkeur',
    'bijbaan*', 'leerling', 'student', 'studenten', 'aanmelden', 'iemand', 'persoon', 'mensen', 'nodig', 'opgelet',
    'gezocht', 'welkom',
  ]),
  clientBefore: makeWordSet([
    'met', 'begeleid*', 'ondersteun*', 'help*', 'coach*', 'onderwijs*', 'lesgeven', 'les', 'verzorg*', 'klant', 'klanten',
    'klantgroep*',
    'client*', 'doelgroep*', 'bezoeker*', 'leerlingen', 'patient*', 'bewoner*', 'deelnemer*', 'kleding*', 'mode*',
    'product*', 'artikel*', 'speelgoed*', 'spellen', 'campagne*', 'collectie*', 'assortiment*', 'zorg', 'hulp',
    'dienstverlening', 'activiteiten', 'programma*', 'gericht', 'bereik*', 'bedien*', 'traint', 'trainen', 'leert',
    'leren', 'opvang*', 'woonzorg*', 'begeleiding', 'advis*', 'informeer*', 'informeren', 'adviseur*',
  ]),
  clientAfter: makeWordSet([
    'begeleid*', 'ondersteun*', 'helpen', 'coachen', 'verzorgen', 'opvangen', 'lesgeven', 'bereiken', 'adviseren',
    'bedienen', 'motiveren', 'activeren',
  ]),
  inclusionWords: makeWordSet([
    'ongeacht', 'ongeachte', 'discrimin*', 'diversiteit', 'inclusie*', 'inclusief', 'inclusieve', 'moedigen',
    'aanmoedig*',
  ]),
  inclusionPhrases: [
    'gelijke kansen', 'gelijke behandeling', 'geen probleem', 'van harte welkom', 'ook welkom', 'is welkom',
    'ben je welkom', 'bent welkom', 'ben je ook welkom',
    'geen onderscheid', 'alle achtergronden', 'alle leeftijden', 'elke leeftijd', 'maakt niet uit',
    'speelt geen rol', 'niet van belang', 'geen rol', 'iedereen is', 'iedereen welkom', 'iedereen kan',
    'iedereen wordt', 'welkom iedereen',
  ],
  justification: makeWordSet(['omdat', 'want', 'vanwege', 'wettelijk*', 'wet', 'wetgeving', 'drank*', 'alcohol*', 'arbeidstijdenwet']),
  justificationPhrases: ['in verband met', 'dit is nodig', 'dat is nodig', 'nodig om', 'nodig voor', 'vereist voor'],
  negation: makeWordSet(['geen', 'niet', 'nooit', 'zonder', 'noch']),
  internship: makeWordSet([
    'stage*', '*stage', '*stages', 'stagiair*', '*stagiair', '*stagiairs', '*stagiaire', 'bpv', 'bbl*', 'bol', 'leerbedrijf', 'leerwerkplek*',
    'praktijkopleider', 'praktijkbegeleider', 'stagebegeleider*', 'stagemarkt*',
  ]),
};

const EN: ContextCues = {
  candidate: makeWordSet([
    'you', 'your', 'youre', 'candidate*', 'applicant*', 'seeking', 'seek', 'looking', 'wanted', 'hire', 'hiring',
    'join', 'apply*', 'intern', 'interns', 'trainee*', 'employee*', 'profile', 'requirements', 'required', 'must',
    'ideal', 'ideally', 'preferred', 'preference', 'someone', 'person', 'people', 'who', 'need', 'needed', 'staff',
    'worker*', 'student', 'students',
  ]),
  clientBefore: makeWordSet([
    'with', 'serve*', 'serving', 'support*', 'help*', 'coach*', 'mentor*', 'teach*', 'tutor*', 'customer', 'customers',
    'client*', 'patient*', 'resident*', 'pupil*', 'visitor*', 'audience*', 'product*', 'clothing', 'fashion',
    'apparel', 'toys', 'games', 'brand*', 'market*', 'campaign*', 'care', 'caring', 'services', 'programme*',
    'program*', 'targeting', 'target', 'reach*', 'engage*', 'train', 'training',
  ]),
  clientAfter: makeWordSet(['support*', 'helping', 'mentoring', 'coaching', 'teaching', 'clients', 'customers', 'services', 'programs', 'programmes']),
  inclusionWords: makeWordSet([
    'regardless', 'irrespective', 'discriminat*', 'diversity', 'inclusive', 'inclusion', 'encourage*', 'eoe',
    'nondiscrimination',
  ]),
  inclusionPhrases: [
    'equal opportunity', 'equal opportunities', 'equal employment', 'all backgrounds', 'without regard',
    'no matter', 'all ages', 'welcome applications', 'we welcome', 'are welcome', 'is welcome', 'not a barrier',
    'does not matter', 'doesnt matter', 'is no problem', 'not a problem', 'protected characteristic',
    'everyone is', 'everyone can', 'welcome everyone', 'everyone welcome',
  ],
  justification: makeWordSet(['because', 'since', 'due', 'law', 'legally', 'legal', 'statutory', 'regulation*', 'alcohol', 'licensing']),
  justificationPhrases: ['required by', 'as the role', 'as this role', 'as you will', 'in order to', 'needed to', 'needed for', 'necessary for'],
  negation: makeWordSet(['no', 'not', 'never', 'without', 'nor', 'dont', 'doesnt', 'isnt']),
  internship: makeWordSet(['internship*', 'intern', 'interns', 'placement', 'placements', 'traineeship*', 'apprentice*', 'workexperience']),
};

export const CUES: Record<Locale, ContextCues> = { nl: NL, en: EN };
