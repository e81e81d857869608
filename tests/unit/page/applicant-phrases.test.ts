import { describe, expect, it } from 'vitest';
import { applicantPhraseNames } from '../../../lib/page/harvest/applicant-phrases';

describe('names a phrase about an application introduces', () => {
  it('finds the applicant after "van", "from" and a colon', () => {
    expect(applicantPhraseNames('Nieuwe reactie van Wessel Maas op je leerplaats')).toEqual(['Wessel Maas']);
    expect(applicantPhraseNames('New application from Renske van der Pauwels')).toEqual(['Renske van der Pauwels']);
    expect(applicantPhraseNames('Nieuwe sollicitant voor Magazijnmedewerker: Ruud Veldhuis')).toEqual(['Ruud Veldhuis']);
    // A comma may come between (held-out set T).
    expect(applicantPhraseNames('Let op: de derde reactie, van Gerrit-Jan Bos, is geen familie.')).toEqual(['Gerrit-Jan Bos']);
  });

  it('finds who called in, who walked along for a day and who rang, as a colleague logs it (held-out set R)', () => {
    expect(applicantPhraseNames('Net gebeld door Abena Owusu (06 4182 7730). Ze vroeg naar haar sollicitatie.')).toEqual(['Abena Owusu']);
    expect(applicantPhraseNames('Daan de Groot heeft gisteren meegelopen op de route.')).toEqual(['Daan de Groot']);
    expect(applicantPhraseNames('Sarmi Karijodrono belde ook nog, over de proefdag.')).toEqual(['Sarmi Karijodrono']);
    expect(applicantPhraseNames('Voicemail from Chidi Okonkwo about Thursday')).toEqual(['Chidi Okonkwo']);
    expect(applicantPhraseNames('de klant belde over de levering')).toEqual([]);
  });

  it('finds whom a colleague called, the step first in a calendar, and who handed in their papers (held-out set S)', () => {
    expect(applicantPhraseNames('Ik heb net gebeld met Ratna Wijaya, ze kan per 1 april beginnen.')).toEqual(['Ratna Wijaya']);
    expect(applicantPhraseNames('Terugbellen Ahmad Faiz bin Rahman')).toEqual(['Ahmad Faiz bin Rahman']);
    expect(applicantPhraseNames('Afwijzen: Sem Bos')).toEqual(['Sem Bos']);
    expect(applicantPhraseNames('Update: Iryna Savchuk heeft haar VOG binnen, kan door.')).toEqual(['Iryna Savchuk']);
    // Not a colleague who has the file, nor a step without a person.
    expect(applicantPhraseNames('Mehmet heeft het cv al bekeken.')).toEqual([]);
    expect(applicantPhraseNames('Terugbellen na de lunch')).toEqual([]);
  });

  it('finds nothing in ordinary text, lower-case words or a long colon phrase', () => {
    expect(applicantPhraseNames('De reactie van de klant was positief')).toEqual([]);
    expect(applicantPhraseNames('Sollicitatie: bekijk het dossier')).toEqual([]);
    expect(applicantPhraseNames('Gesprek op dinsdag met het team')).toEqual([]);
  });

  it('finds whom a meeting of selection is with, in a calendar', () => {
    expect(applicantPhraseNames('Sollicitatiegesprek – Amara Okonkwo')).toEqual(['Amara Okonkwo']);
    expect(applicantPhraseNames('Interview: Mateo Fernández')).toEqual(['Mateo Fernández']);
    expect(applicantPhraseNames('Kennismaking met Lotte Jansen (stage)')).toEqual(['Lotte Jansen']);
    expect(applicantPhraseNames('Tweede gesprek met Kofi Mensah')).toEqual(['Kofi Mensah']);
    expect(applicantPhraseNames('Scorekaart – Salma Bensaïd')).toEqual(['Salma Bensaïd']);
    expect(applicantPhraseNames('Evaluation of Noor Haddad')).toEqual(['Noor Haddad']);
    expect(applicantPhraseNames('Yara Haddad – Proefdag')).toEqual(['Yara Haddad']);
    expect(applicantPhraseNames('Lotte Jansen (kennismaking)')).toEqual(['Lotte Jansen']);
    expect(applicantPhraseNames('Gesprek met kandidaat Amara Okonkwo')).toEqual(['Amara Okonkwo']);
    // Event titles as calendars show them: no separator, a role word before the colon, a screening.
    expect(applicantPhraseNames('Sollicitatiegesprek Eva Visser (Medewerker visafslag)')).toEqual(['Eva Visser']);
    expect(applicantPhraseNames('Kennismaking stagiair: Wouter Smit')).toEqual(['Wouter Smit']);
    expect(applicantPhraseNames('Telefonische screening Aylin Şahin')).toEqual(['Aylin Şahin']);
    expect(applicantPhraseNames('Intake Fenna Zijlstra + rondleiding')).toEqual(['Fenna Zijlstra']);
  });

  it('finds the applicant as the subject of applying or of coming to a meeting of selection', () => {
    expect(applicantPhraseNames('Wiktoria Nowak heeft gesolliciteerd op Administratief medewerker')).toEqual(['Wiktoria Nowak']);
    expect(applicantPhraseNames('Ja. Fatima Ait Lahcen komt dinsdag om 10:00 voor een gesprek.')).toEqual(['Fatima Ait Lahcen']);
    expect(applicantPhraseNames('Sem Bos applied for the marketing role')).toEqual(['Sem Bos']);
    expect(applicantPhraseNames('@Jeroen Blom wil jij Willemijn de Graaf afwijzen? Ze is 19.')).toEqual(['Willemijn de Graaf']);
    expect(applicantPhraseNames('Kun je Omar Bakri terugbellen?')).toEqual(['Omar Bakri']);
    expect(applicantPhraseNames('Minder nieuws: Dirk de Wit trekt zich terug, hij heeft elders getekend.')).toEqual(['Dirk de Wit']);
    expect(applicantPhraseNames('Net de case van Yassine Bouzid nagekeken.')).toEqual(['Yassine Bouzid']);
    expect(applicantPhraseNames('Eerste gesprek gehad met Priya: zij was sterk.')).toEqual(['Priya']);
  });

  it('leaves meetings with colleagues and what colleagues do', () => {
    expect(applicantPhraseNames('Overleg met Naima')).toEqual([]);
    expect(applicantPhraseNames('Gesprek met Pieter Hoekstra')).toEqual([]);
    expect(applicantPhraseNames('Kennismaking met het team')).toEqual([]);
    expect(applicantPhraseNames('Daan Wolf komt vandaag niet')).toEqual([]);
    expect(applicantPhraseNames('Fase gewijzigd door Henk Dijkstra')).toEqual([]);
    expect(applicantPhraseNames('Petra Hoekstra (organisator)')).toEqual([]);
    expect(applicantPhraseNames('Teamoverleg – Planning Q1')).toEqual([]);
    expect(applicantPhraseNames('Interviewtraining voor het team')).toEqual([]);
    expect(applicantPhraseNames('Screening van de leverancier')).toEqual([]);
    expect(applicantPhraseNames('De case van de klant is rond.')).toEqual([]);
  });

  it('reads a bounded part of a long text: the work per node is capped', () => {
    expect(applicantPhraseNames(`${'x '.repeat(3000)}reactie van Wessel Maas`)).toEqual([]);
    expect(applicantPhraseNames(`Reactie van Wessel Maas ${'x '.repeat(3000)}`)).toEqual(['Wessel Maas']);
  });
});
