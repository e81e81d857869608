import type { Locale } from '../i18n/locale';

/** Every text the CLI prints itself, in Dutch and English. */
export const MESSAGES = {
  nl: {
    help: `eerlijk-werven: controleer vacatureteksten op discriminerende of uitsluitende taal.

Gebruik:
  eerlijk-werven check [BESTAND|-] [--lang nl|en|auto] [--format text|json|jsonl] [--target A1..C2]

Argumenten:
  BESTAND            tekstbestand met de vacature; "-" of niets: lees van standaardinvoer
  --lang             taal van de tekst (standaard: auto, per alinea herkend)
  --format text      leesbaar overzicht (standaard)
  --format json      één JSON-object met lang, findings, summary en readability
  --format jsonl     batch: lees per regel {"id","text","lang"?,"target"?}, schrijf per regel {"id","findings","readability"}
  --target           taalniveau dat de tekst moet halen (standaard: B1)
  -h, --help         deze hulp

Leesbaarheid (taalniveau A1 tot C2 met tips) is advies: het verandert de afsluitcode niet.

Afsluitcodes:
  0  geen bevindingen van ernst "prohibited" of "risk"
  1  wel zulke bevindingen
  2  ongeldige invoer of verkeerd gebruik

Niets verlaat uw computer: de controle draait helemaal lokaal.`,
    unknownCommand: (c: string) => `Onbekende opdracht "${c}". Gebruik: eerlijk-werven check [BESTAND|-]. Zie --help.`,
    missingCommand: 'Geen opdracht opgegeven. Gebruik: eerlijk-werven check [BESTAND|-]. Zie --help.',
    unknownOption: (o: string) => `Onbekende optie "${o}". Zie --help.`,
    missingValue: (o: string) => `Optie ${o} heeft een waarde nodig. Zie --help.`,
    badLang: (v: string) => `Ongeldige taal "${v}": kies nl, en of auto.`,
    badFormat: (v: string) => `Ongeldig formaat "${v}": kies text, json of jsonl.`,
    badTarget: (v: string) => `Ongeldig taalniveau "${v}": kies A1, A2, B1, B2, C1 of C2.`,
    tooManyFiles: 'Geef maximaal één bestand op.',
    noInput: 'Geen invoer: geef een bestand op, of stuur tekst via standaardinvoer (bijv. met "-").',
    notFound: (f: string) => `Kan "${f}" niet lezen: het bestand bestaat niet.`,
    isDirectory: (f: string) => `Kan "${f}" niet lezen: dit is een map, geen bestand.`,
    noAccess: (f: string) => `Kan "${f}" niet lezen: geen toegang.`,
    unreadable: (f: string, why: string) => `Kan "${f}" niet lezen: ${why}`,
    badJson: 'ongeldige JSON',
    badLine: 'verwacht een object {"id","text","lang"?,"target"?} met tekst als string',
    findings: (n: number) => (n === 1 ? '1 bevinding' : `${n} bevindingen`),
    none: 'Geen bevindingen. Goed bezig!',
    severity: { prohibited: 'VERBODEN', risk: 'RISICO', style: 'STIJL' },
    language: 'taal',
    instead: 'Beter',
    source: 'Bron',
    mayNotApply: 'Uitzondering?',
    balance: 'Genderbalans (stijl)',
    readability: {
      title: 'Leesbaarheid',
      target: 'doel',
      reached: 'gehaald',
      notReached: 'niet gehaald',
      noLevel: 'geen niveau',
      counts: (sentences: number, words: number) => `${sentences} zinnen, ${words} woorden`,
      advice: 'Tips zijn advies, geen bevindingen: ze tellen niet mee in de afsluitcode.',
      kinds: {
        'long-sentence': 'lange zin',
        'rare-word': 'moeilijk woord',
        'long-word': 'lang woord',
        passive: 'lijdende vorm',
        nominalisation: 'naamwoordstijl',
        jargon: 'jargon',
        abbreviation: 'afkorting',
      },
    },
  },
  en: {
    help: `eerlijk-werven: check vacancy texts for discriminatory or exclusionary wording.

Usage:
  eerlijk-werven check [FILE|-] [--lang nl|en|auto] [--format text|json|jsonl] [--target A1..C2]

Arguments:
  FILE               text file with the vacancy; "-" or nothing: read standard input
  --lang             language of the text (default: auto, detected per paragraph)
  --format text      readable report (default)
  --format json      one JSON object with lang, findings, summary and readability
  --format jsonl     batch: read {"id","text","lang"?,"target"?} per line, write {"id","findings","readability"} per line
  --target           language level the text should reach (default: B1)
  -h, --help         this help

Readability (language level A1 to C2 with hints) is advice: it never changes the exit code.

Exit codes:
  0  no findings of severity "prohibited" or "risk"
  1  some such findings
  2  bad input or usage

Nothing leaves your computer: the check runs entirely locally.`,
    unknownCommand: (c: string) => `Unknown command "${c}". Usage: eerlijk-werven check [FILE|-]. See --help.`,
    missingCommand: 'No command given. Usage: eerlijk-werven check [FILE|-]. See --help.',
    unknownOption: (o: string) => `Unknown option "${o}". See --help.`,
    missingValue: (o: string) => `Option ${o} needs a value. See --help.`,
    badLang: (v: string) => `Invalid language "${v}": choose nl, en or auto.`,
    badFormat: (v: string) => `Invalid format "${v}": choose text, json or jsonl.`,
    badTarget: (v: string) => `Invalid language level "${v}": choose A1, A2, B1, B2, C1 or C2.`,
    tooManyFiles: 'Give at most one file.',
    noInput: 'No input: give a file, or pipe text to standard input (e.g. with "-").',
    notFound: (f: string) => `Cannot read "${f}": the file does not exist.`,
    isDirectory: (f: string) => `Cannot read "${f}": it is a folder, not a file.`,
    noAccess: (f: string) => `Cannot read "${f}": permission denied.`,
    unreadable: (f: string, why: string) => `Cannot read "${f}": ${why}`,
    badJson: 'invalid JSON',
    badLine: 'expected an object {"id","text","lang"?,"target"?} with text as a string',
    findings: (n: number) => (n === 1 ? '1 finding' : `${n} findings`),
    none: 'No findings. Well done!',
    severity: { prohibited: 'PROHIBITED', risk: 'RISK', style: 'STYLE' },
    language: 'language',
    instead: 'Instead',
    source: 'Source',
    mayNotApply: 'Exception?',
    balance: 'Gender balance (style)',
    readability: {
      title: 'Readability',
      target: 'target',
      reached: 'reached',
      notReached: 'not reached',
      noLevel: 'no level',
      counts: (sentences: number, words: number) => `${sentences} sentences, ${words} words`,
      advice: 'Hints are advice, not findings: they never count towards the exit code.',
      kinds: {
        'long-sentence': 'long sentence',
        'rare-word': 'uncommon word',
        'long-word': 'long word',
        passive: 'passive',
        nominalisation: 'noun style',
        jargon: 'jargon',
        abbreviation: 'abbreviation',
      },
    },
  },
} as const;

export type Messages = (typeof MESSAGES)[Locale];
