import { describe, expect, it } from 'vitest';
import { detectMarkers } from '../../../lib/blinding';
import { lexicalFullNames } from '../../../lib/blinding/lexical-names';
import { judgeName } from '../../../lib/blinding/name-evidence';
import { createNameLexicon } from '../../../lib/blinding/name-lexicon';
import { testLexiconData } from './test-lexicon';

// Invented people and schools. The phrasings are the kinds held-out set CC showed us.
const found = (text: string, pronouns = false) =>
  detectMarkers(text, { names: [], pronouns }).map((range) => `${range.category}:${text.slice(range.start, range.end)}`);

describe('markers set CC showed us', () => {
  it('reads "zijn" after "jij", "je", "ik" or "u" as his: their verb it never is', () => {
    expect(found('@Mehmet wil jij zijn open-sourcewerk bekijken?', true)).toContain('gender:zijn');
    expect(found('Heeft u zijn cv al gezien?', true)).toContain('gender:zijn');
    // "zijn" as the verb of "wij", "jullie" or "ze" is no pronoun.
    expect(found('Jullie zijn welkom om 10 uur.', true)).toEqual([]);
    expect(found('Wil jij er om 10 uur zijn?', true)).toEqual([]);
  });

  it("takes a school's or a firm's document for theirs, and a cv for its applicant's", () => {
    expect(found('Stageovereenkomst_model_Noordzee_College.docx')).toEqual([]);
    expect(found('Reglement_Stichting_Kinderopvang_Noord.pdf')).toEqual([]);
    expect(found('CV_Yasmina_El_Idrissi.pdf')).toContain('names:Yasmina_El_Idrissi');
  });
});

describe('names set DD showed us', () => {
  const lexicon = createNameLexicon({
    ...testLexiconData({ given: ['bram', 'sanne', 'roc'], family: ['jong', 'vries', 'tilburg'] }),
    places: 'tilburg|amsterdam',
  });

  it('reads a reversed name whose particle follows the given name: "Jong, Bram de"', () => {
    expect(judgeName('Jong, Bram de', ['list-cell'], lexicon)).toMatchObject({ name: 'Jong, Bram de', accept: true });
    expect(judgeName('Vries, Sanne de', ['list-cell'], lexicon).accept).toBe(true);
  });

  it('takes an acronym before a town for an institution, not a person: "ROC Tilburg"', () => {
    expect(judgeName('ROC Tilburg', ['list-cell'], lexicon).accept).toBe(false);
    expect(lexicalFullNames('Ze rondt haar opleiding af bij ROC Tilburg en begint in februari.', lexicon)).toEqual([]);
  });
});
