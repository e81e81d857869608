// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgeName, type NameCue } from '../../../lib/blinding/name-evidence';
import { createNameLexicon } from '../../../lib/blinding/name-lexicon';
import { NAME_LEXICON_DATA } from '../../../lib/blinding/name-lexicon-data';
import { foldText } from '../../../lib/blinding/text-fold';
import { renderNameLexiconModule } from '../../../scripts/build-name-lexicon';

const lexicon = createNameLexicon(NAME_LEXICON_DATA);
const known = (name: string): boolean => Math.max(lexicon.given(foldText(name)), lexicon.family(foldText(name))) > 0;

describe('the generated name lexicon', () => {
  it('is what the build script makes from the installed packages (no drift)', () => {
    const committed = readFileSync(new URL('../../../lib/blinding/name-lexicon-data.ts', import.meta.url), 'utf8');
    expect(renderNameLexiconModule() === committed, 'run: npx tsx scripts/build-name-lexicon.ts').toBe(true);
  });

  it('knows given and family names of many origins', () => {
    const names = {
      Dutch: ['Sanne', 'Jeroen', 'Henk', 'Visser', 'Dijkstra', 'Hoekstra'],
      // Beyond the top of the Dutch list, which the Belgian-Dutch package lacks (stop 23).
      'Dutch, less frequent': ['Nieuwenhuis', 'Groenewoud', 'Oudshoorn', 'Wiersma', 'Mensink', 'Kloosterman', 'Zijlstra'],
      Moroccan: ['Youssef', 'Khadija', 'Amrani', 'Bakkali'],
      Turkish: ['Emre', 'Büşra', 'Yılmaz', 'Öztürk'],
      Surinamese: ['Radjesh', 'Soenita', 'Ramdin', 'Sewnath', 'Pinas', 'Kwasi'],
      Antillean: ['Shurendy', 'Martina', 'Isenia', 'Winklaar'],
      'Cape Verdean': ['Djamila', 'Semedo', 'Tavares'],
      Indonesian: ['Wulan', 'Pattiasina', 'Wattimena'],
      Polish: ['Łukasz', 'Katarzyna', 'Wiśniewski'],
      Ukrainian: ['Oleksandr', 'Kateryna', 'Shevchenko', 'Bondarenko'],
      Eritrean: ['Senait', 'Filmon', 'Tesfamariam', 'Ghebremichael'],
      Somali: ['Hodan', 'Abdirahman', 'Warsame'],
      Syrian: ['Bashar', 'Lujain', 'Darwish'],
      Chinese: ['Xiaoming', 'Zhang', 'Liu'],
      Indian: ['Arjun', 'Ananya', 'Sharma', 'Iyer'],
      Ghanaian: ['Kwabena', 'Akosua', 'Mensah', 'Boateng'],
      Vietnamese: ['Linh', 'Nguyen'],
    };
    for (const [origin, list] of Object.entries(names))
      expect(
        list.filter((name) => !known(name)),
        origin,
      ).toEqual([]);
  });

  it('tells ordinary words, also those that are names too', () => {
    for (const word of ['koster', 'bakker', 'rose', 'wolf', 'marketing', 'manager', 'sollicitatie', 'open', 'kerk']) {
      expect(lexicon.commonWord(word), word).toBe(true);
    }
    for (const word of ['fatima', 'sanne', 'tesfamariam', 'benali']) expect(lexicon.commonWord(word), word).toBe(false);
  });

  it('with it, weak page cues find names of many origins and skip ordinary phrases', () => {
    const cell: NameCue[] = ['list-cell'];
    for (const name of [
      'Fleur Koster',
      'Mohamed El Amrani',
      'Yusuf Demir',
      'Radjesh Ramdin',
      'Shurendy Martina',
      'Senait Tesfamariam',
      'Kateryna Bondarenko',
    ]) {
      expect(judgeName(name, cell, lexicon).accept, name).toBe(true);
    }
    for (const phrase of [
      'de koster van de kerk',
      'Marketing Manager',
      'Open sollicitatie',
      'Nieuwe kandidaten',
      'Amsterdam',
      'Gesprek gepland',
    ]) {
      expect(judgeName(phrase, cell, lexicon).accept, phrase).toBe(false);
    }
  });
});
