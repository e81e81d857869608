/**
 * Blind screenen detection core (docs/decisions.md#measured-not-hoped): how long the pure detector
 * takes on the text of a page of 500 applicant rows (name, e-mail, phone, city, short note; one
 * call per text node, as the content script does) and on a 2,000-word motivation letter. Measured,
 * not asserted.
 */
import { createMarkerDetector, maskText } from '../../lib/blinding/detect';
import type { BenchResult } from './format';

const GIVEN = [
  'Fatima-Zahra',
  'Mohamed',
  'Ayşe',
  'Emre',
  'Shanti',
  'Rajesh',
  'Shurendy',
  'Katarzyna',
  'Łukasz',
  'Ahmad',
  'Yonas',
  'Senait',
  'Xiaoming',
  'Minh Anh',
  'Oleksandr',
  'Kwame',
  'Akosua',
  'Sanne',
  'Jan Willem',
  'Noura',
  'Can',
  'Roos',
  'Daan',
  'Lotte',
];
const FAMILY = [
  'Benali',
  'El Amrani',
  'Yılmaz',
  'Öztürk',
  'Mahabier-Jagessar',
  'Ramdin',
  'Martina',
  'Wiśniewska',
  'Kowalski',
  'Al-Hassan',
  'Tesfamariam',
  'Gebremedhin',
  'Zhang',
  'Nguyễn',
  'Shevchenko',
  'Mensah',
  'Owusu-Ansah',
  'van der Berg',
  'de Haan',
  'Visser',
  'Bakker',
  'van Dam',
  'de Jong',
  "in 't Veld",
];
const CITIES = ['Utrecht', 'Rotterdam', 'Den Haag', 'Amsterdam', 'Zwolle', 'Tilburg', 'Almere', 'Nijmegen'];
const NOTES = [
  'Sterke motivatie, wil stage lopen bij een bakker.',
  'Ervaring met de CAN-bus, mbo niveau 4.',
  'Werkt in het weekend op de Dam.',
  'Heeft 3 jaar ervaring in de horeca, goede referenties.',
  'Beschikbaar vanaf september, 32 uur per week.',
];
const LETTER_PARAGRAPHS = [
  'Met veel enthousiasme solliciteer ik naar de stageplek bij uw organisatie. Tijdens mijn opleiding heb ik geleerd hoe belangrijk samenwerken is, en in de visserij en bij een bakker heb ik gezien hoe een team onder druk blijft presteren.',
  'Ik ben 19 jaar en woon in Utrecht. Op school werkte ik aan de CAN-bus van een bestelbus en in het weekend sta ik op de Dam in een koffiebar, waar ik klanten help en de kassa beheer.',
  "Mijn docent, mevrouw de Haan, zegt dat ik nauwkeurig en leergierig ben. Benali's portfolio en mijn cijferlijst vindt u in de bijlage, net als CV_Fatima-Zahra_Benali.pdf.",
  'U kunt mij bereiken op 06-12345678 of via fz.benali@example.nl. Mijn profiel staat op linkedin.com/in/fatima-zahra-benali. Ik kijk uit naar een gesprek.',
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => void, repeats: number): number {
  const samples: number[] = [];
  for (let index = 0; index < repeats; index += 1) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

export default async function blindingCoreBenchmark(): Promise<BenchResult> {
  const applicants = Array.from({ length: 500 }, (_, index) => {
    const given = GIVEN[index % GIVEN.length] ?? 'Sam';
    const family = FAMILY[(index * 7) % FAMILY.length] ?? 'Jansen';
    const name = `${given} ${family}`;
    const slug = `${given}.${family}`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/[^a-z.]/g, '');
    return {
      name,
      texts: [
        name,
        `${slug}${index}@example.nl`,
        `06-${String(10_000_000 + index * 7919).slice(0, 8)}`,
        CITIES[index % CITIES.length] ?? 'Utrecht',
        NOTES[index % NOTES.length] ?? '',
      ],
    };
  });
  const textNodes = applicants.flatMap((applicant) => applicant.texts);
  const names = applicants.map((applicant) => applicant.name);

  let detect = createMarkerDetector({ names });
  const compileMs = time(() => {
    detect = createMarkerDetector({ names });
  }, 5);

  // Warm up the regular expressions once, as a page would after the first rows.
  for (const text of textNodes) detect(text);
  let hidden = 0;
  const pageMs = time(() => {
    hidden = 0;
    for (const text of textNodes) hidden += detect(text).length;
  }, 15);
  let slowestNodeMs = 0;
  for (const text of textNodes) {
    const started = performance.now();
    detect(text);
    slowestNodeMs = Math.max(slowestNodeMs, performance.now() - started);
  }

  const letterWords: string[] = [];
  for (let index = 0; letterWords.length < 2000; index += 1)
    letterWords.push(...(LETTER_PARAGRAPHS[index % LETTER_PARAGRAPHS.length] ?? '').split(' '));
  const letter = letterWords.slice(0, 2000).join(' ');
  const letterDetector = createMarkerDetector({ names: ['Fatima-Zahra Benali'] });
  letterDetector(letter);
  const letterMs = time(() => letterDetector(letter), 15);
  const letterWithPageNamesMs = time(() => detect(letter), 15);
  const maskMs = time(() => maskText(letter, letterDetector(letter), 'nl'), 15);

  return {
    title: 'Blind screenen: detection core',
    rows: [
      { name: 'Compile detector for 500 known names', value: `${compileMs.toFixed(2)} ms` },
      { name: `500 applicant rows (${textNodes.length} text nodes, one call each)`, value: `${pageMs.toFixed(2)} ms` },
      { name: 'Per text node, mean', value: `${((pageMs / textNodes.length) * 1000).toFixed(1)} µs` },
      { name: 'Slowest single text node', value: `${slowestNodeMs.toFixed(3)} ms` },
      { name: 'Markers hidden on the 500-row page', value: String(hidden) },
      { name: '2,000-word motivation letter, 1 known name', value: `${letterMs.toFixed(2)} ms` },
      { name: '2,000-word letter, 500 known names', value: `${letterWithPageNamesMs.toFixed(2)} ms` },
      { name: '2,000-word letter, detect and mask', value: `${maskMs.toFixed(2)} ms` },
    ],
    notes: [
      'Median of 15 runs (compile: 5) in Node on this machine; the browser runs the same code.',
      'Budget context: blinding the 500-applicant page must leave no task of 50 ms or more (docs/decisions.md#measured-not-hoped); the content script can split the page into batches if needed.',
    ],
  };
}
