import { describe, expect, it } from 'vitest';
import { applicantPhraseNames } from '../../../lib/page/harvest/applicant-phrases';

describe('names a phrase about an application introduces', () => {
  it('finds the applicant after "van", "from" and a colon', () => {
    expect(applicantPhraseNames('Nieuwe reactie van Wessel Maas op je leerplaats')).toEqual(['Wessel Maas']);
    expect(applicantPhraseNames('New application from Renske van der Pauwels')).toEqual(['Renske van der Pauwels']);
    expect(applicantPhraseNames('Nieuwe sollicitant voor Magazijnmedewerker: Ruud Veldhuis')).toEqual(['Ruud Veldhuis']);
  });

  it('finds nothing in ordinary text, lower-case words or a long colon phrase', () => {
    expect(applicantPhraseNames('De reactie van de klant was positief')).toEqual([]);
    expect(applicantPhraseNames('Sollicitatie: bekijk het dossier')).toEqual([]);
    expect(applicantPhraseNames('Gesprek op dinsdag met het team')).toEqual([]);
  });

  it('reads a bounded part of a long text: the work per node is capped', () => {
    expect(applicantPhraseNames(`${'x '.repeat(3000)}reactie van Wessel Maas`)).toEqual([]);
    expect(applicantPhraseNames(`Reactie van Wessel Maas ${'x '.repeat(3000)}`)).toEqual(['Wessel Maas']);
  });
});
