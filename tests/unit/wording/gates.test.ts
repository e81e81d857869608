import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/wording/analyze';

/** Rule ids found in a text. */
const ids = (text: string, lang: 'nl' | 'en' = 'nl') => analyze(text, { lang }).findings.map((f) => f.ruleId);
const grounds = (text: string, lang: 'nl' | 'en' = 'nl') => analyze(text, { lang }).findings.map((f) => f.ground);

describe('word boundaries', () => {
  it.each([
    'Je leert jongleren met taken.',
    'Wij zoeken een manager.',
    'Je werkt volgens een vast schema met de hijskraan.',
    'Je beheert het magazijn.',
    'Wij besparen op energiekosten.',
    'Je hebt een mantelzorgtaak? Geen probleem.',
    'De permanente opleiding is gratis.',
  ])('finds nothing in "%s"', (text) => {
    expect(analyze(text, { lang: 'nl' }).findings.filter((f) => f.severity !== 'style')).toEqual([]);
  });

  it('still finds the word itself', () => {
    expect(ids('Ben jij jong en wil je leren?')).toContain('nl.age.jong');
  });
});

describe('candidate versus clients and products', () => {
  it.each([
    'Je werkt met jongeren in de buurt.',
    'Je begeleidt jongeren naar werk.',
    'Wij maken producten voor alle leeftijden.',
    'Onze klanten zijn vooral jongeren.',
    'Je verkoopt kleding voor meisjes.',
  ])('ignores "%s"', (text) => {
    expect(grounds(text)).not.toContain('age');
    expect(grounds(text)).not.toContain('gender');
  });

  it('flags the same words when they describe the candidate', () => {
    expect(ids('Wij zoeken jongeren voor de bediening.')).toContain('nl.age.jongeren');
  });
});

describe('equal-opportunity sentences', () => {
  it.each([
    'Ongeacht leeftijd, afkomst of geslacht nodigen wij je uit.',
    'Wij discrimineren niet op leeftijd of nationaliteit.',
    'Iedereen is welkom, ook met een hoofddoek.',
  ])('are not flagged: "%s"', (text) => {
    expect(analyze(text, { lang: 'nl' }).findings).toEqual([]);
  });

  it('English equal-opportunity statement is not flagged', () => {
    expect(analyze('Regardless of age, race, religion or gender, you are welcome.', { lang: 'en' }).findings).toEqual([]);
  });
});

describe('job-relevant language levels', () => {
  it('does not flag a named moderate level', () => {
    expect(grounds('Je spreekt Nederlands op B1-niveau.')).toEqual([]);
    expect(grounds('Je spreekt perfect Nederlands op B2-niveau.')).toEqual([]);
  });
  it('flags perfect Dutch without a level or reason', () => {
    expect(ids('Je spreekt perfect Nederlands.')).toContain('nl.origin.perfect-nederlands');
  });
  it("flags a language demand far above an internship's level", () => {
    expect(ids('Voor deze stage spreek je vloeiend Nederlands.')).toContain('nl.origin.taaleis-stage');
    expect(ids('Voor deze baan spreek je vloeiend Nederlands.')).not.toContain('nl.origin.taaleis-stage');
  });
});

describe('organisation and programme names', () => {
  it.each(['Doe mee met Jong Talent.', 'Je werkt bij Stichting Jong Leren.'])('skips "%s"', (text) => {
    expect(grounds(text)).not.toContain('age');
  });
  it.each(['Join our Young Professionals Programme.', 'You will work at Young Capital.'])('skips "%s"', (text) => {
    expect(grounds(text, 'en')).not.toContain('age');
  });
  it('skips surnames that end in -man', () => {
    expect(ids('Mevrouw Huisman is je begeleider.')).not.toContain('nl.gender.man-titel');
    expect(ids('Wij zoeken een timmerman.')).toContain('nl.gender.man-titel');
  });
});

describe('English traps', () => {
  it.each([
    'We build a native app and cloud-native services.',
    'The chef prepares the menu; then the team helps.',
    'Human resources and the manager will contact you.',
    'Single sign-on and a single point of contact.',
    'You must be able to work independently.',
    'We offer a healthy work-life balance.',
  ])('finds nothing in "%s"', (text) => {
    expect(analyze(text, { lang: 'en' }).findings.filter((f) => f.severity !== 'style')).toEqual([]);
  });
});

describe('internship gate', () => {
  it('does not treat "student" as an age demand in an internship ad', () => {
    expect(ids('Voor deze stage zoeken wij een student van het mbo.')).not.toContain('nl.age.student-bijbaan');
    expect(ids('Wij zoeken studenten voor het vakkenvullen.')).toContain('nl.age.student-bijbaan');
  });
  it('uses the internship rule for age limits in internship ads', () => {
    expect(ids('Stagiair gezocht, maximaal 21 jaar.')).toContain('nl.age.stage-leeftijdsgrens');
    expect(ids('Verkoper gezocht, maximaal 21 jaar.')).toContain('nl.age.maximumleeftijd');
  });
});

describe('justification and negation', () => {
  it('accepts a minimum age with a legal reason', () => {
    expect(ids('Omdat je alcohol schenkt, moet je wettelijk minimaal 18 jaar zijn.')).toEqual([]);
    expect(ids('Je bent minimaal 18 jaar oud.')).toContain('nl.age.minimumleeftijd');
  });
  it('does not flag a negated age limit', () => {
    expect(ids('Wij hanteren geen leeftijdsgrens.')).toEqual([]);
  });
  it('never flags a plain minimum of experience or hours', () => {
    expect(ids('Je hebt minimaal 3 jaar ervaring en werkt 32-40 uur.')).toEqual([]);
  });
});
