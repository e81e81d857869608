import { describe, expect, it } from 'vitest';
import {
  attributeTokens,
  endsInRole,
  mentionsApplicant,
  roleOfAttributeTokens,
  roleOfLabel,
  type FieldRole,
} from '../../../lib/blinding/field-roles';

describe('roleOfLabel', () => {
  it.each<[string, FieldRole]>([
    ['Naam', 'applicant-name'],
    ['Naam:', 'applicant-name'],
    ['NAAM', 'applicant-name'],
    ['Namen', 'applicant-name'],
    ['Volledige naam *', 'applicant-name'],
    ['Naam kandidaat', 'applicant-name'],
    // AFAS lists people under their search name, "Hof, J.F. van 't" (held-out set Q).
    ['Zoeknaam', 'applicant-name'],
    ['Weergavenaam', 'applicant-name'],
    ['Naam van de kandidaat', 'applicant-name'],
    ['Kandidaat', 'applicant-name'],
    ['Kandidaten', 'applicant-name'],
    ['Sollicitant', 'applicant-name'],
    ['Student', 'applicant-name'],
    ['Name', 'applicant-name'],
    ['Full name:', 'applicant-name'],
    ['Candidate', 'applicant-name'],
    ['Applicants', 'applicant-name'],
    ["Applicant's name", 'applicant-name'],
    ['Voornaam', 'given-name'],
    ['Voornamen', 'given-name'],
    ['First name', 'given-name'],
    ['Achternaam', 'family-name'],
    ['Tussenvoegsel', 'family-name'],
    ['Voorvoegsel', 'family-name'],
    ['Last name', 'family-name'],
    ['Voorletters', 'initials'],
    ['E-mail', 'email'],
    ['E-mailadres', 'email'],
    ['Emailadres:', 'email'],
    ['E-mail address', 'email'],
    ['E-mailadres kandidaat', 'email'],
    ['Telefoon', 'phone'],
    ['Telefoonnummer', 'phone'],
    ['Tel.nr.', 'phone'],
    ['Mobiel', 'phone'],
    ['Phone number', 'phone'],
    ['Geboortedatum', 'birth'],
    ['Geb. datum', 'birth'],
    ['Date of birth (dd-mm-jjjj)', 'birth'],
    ['DOB', 'birth'],
    ['Leeftijd', 'age'],
    ['Age', 'age'],
    ['Adres', 'address'],
    ['Straat', 'address'],
    ['Straat en huisnummer', 'address'],
    ['Postcode', 'postcode'],
    ['Zip code', 'postcode'],
    ['Woonplaats', 'city'],
    ['Plaats', 'city'],
    ['Nationaliteit', 'nationality'],
    ['Geboorteplaats', 'birthplace'],
    ['Geboorteland', 'birthplace'],
    ['Place of birth', 'birthplace'],
    ['Geslacht', 'gender'],
    ['Aanhef', 'gender'],
    ['M/V', 'gender'],
    ['Notities', 'notes'],
    ['Opmerkingen', 'notes'],
    ['Beoordeling', 'notes'],
    ['Feedback', 'notes'],
    ['Interview notes', 'notes'],
    ['Eigenaar', 'staff-name'],
    ['Recruiter', 'staff-name'],
    ['Toegewezen aan', 'staff-name'],
    ['Behandelaar', 'staff-name'],
    ['Contactpersoon', 'staff-name'],
    ['Auteur', 'staff-name'],
    ['Door', 'staff-name'],
    ['Ingelogd als', 'staff-name'],
    ['Hiring manager', 'staff-name'],
    ['Owner', 'staff-name'],
    ['Assigned to:', 'staff-name'],
    ['Author', 'staff-name'],
    ['Comment by', 'staff-name'],
    ['Interviewer', 'staff-name'],
    ['Naam recruiter', 'staff-name'],
    // A school's and a host company's internship supervisors (BPV) are staff, not students.
    ['BPV-docent', 'staff-name'],
    ['Mentor', 'staff-name'],
    ['Praktijkopleider', 'staff-name'],
    ['BPV-coördinator', 'staff-name'],
    ['Notities van de stagebegeleider', 'notes'],
    ['Feedback recruiter', 'notes'],
    ['Foto', 'photo'],
    ['Profile picture', 'photo'],
    ['LinkedIn', 'profile-link'],
    ['CV', 'attachment'],
    ['Bijlagen', 'attachment'],
  ])('%s → %s', (label, role) => {
    expect(roleOfLabel(label)).toBe(role);
  });

  it.each([
    'Bedrijfsnaam',
    'Naam vacature',
    'Naam van de vacature',
    'Company name',
    'Gebruikersnaam',
    'Status',
    'Datum',
    'Fase',
    'Score',
    '',
    ':',
    'Functie',
  ])('names no personal field: %s', (label) => {
    expect(roleOfLabel(label)).toBeUndefined();
  });

  it("reads chips of a record's type that name an applicant and a colleague as the applicant's (held-out set L)", () => {
    expect(roleOfLabel('Contactpersoon · Kandidaat')).toBe('applicant-name');
    expect(roleOfLabel('Contactpersoon')).toBe('staff-name');
    expect(roleOfLabel('Naam recruiter')).toBe('staff-name');
  });

  it("reads a file's uploader as nobody in particular and a form's submitter as the applicant (held-out set S)", () => {
    expect(roleOfLabel('Geüpload door')).toBeUndefined();
    expect(roleOfLabel('Uploaded by')).toBeUndefined();
    expect(endsInRole('Geüpload door', 'staff-name')).toBe(false);
    expect(roleOfLabel('Ingediend door')).toBe('applicant-name');
    expect(roleOfLabel('Behandeld door')).toBe('staff-name');
  });

  it('ends in a role only where the role closes the label: a stage named after a recruiter does not', () => {
    expect(endsInRole('Jouw recruiter', 'staff-name')).toBe(true);
    expect(endsInRole('Hiring manager', 'staff-name')).toBe(true);
    expect(endsInRole('Recruiter Screen · 2', 'staff-name')).toBe(false);
    expect(endsInRole('Team', 'staff-name')).toBe(true);
    // A booking's or a meeting's host is the employer's (a colleague the lexicon learnt to name).
    expect(roleOfLabel('Host')).toBe('staff-name');
    expect(roleOfLabel('Georganiseerd door')).toBe('staff-name');
    // A municipality's or an agency's client number points at one person's file (held-out set L).
    expect(roleOfLabel('Klantnummer')).toBe('id-number');
  });

  it("reads a job's name that opens with a person's noun as no label, and a question's number glued to it (held-out set R)", () => {
    expect(roleOfLabel('Leerling-operatieassistent')).toBeUndefined();
    expect(roleOfLabel('Student-assistent')).toBeUndefined();
    expect(roleOfLabel('E-mailadres')).toBe('email');
    expect(roleOfLabel('BSN-nummer')).toBe('id-number');
    expect(roleOfLabel('V7Geboorteplaats')).toBe('birthplace');
    expect(roleOfLabel('Q1Full name')).toBe('applicant-name');
    expect(roleOfLabel('Opdrachtgever')).toBe('staff-name');
  });

  it('ignores sentences and very long texts', () => {
    expect(roleOfLabel('Dit is de naam die je kandidaat opgaf bij de inschrijving voor de stage')).toBeUndefined();
    expect(roleOfLabel(`Naam ${'x'.repeat(200)}`)).toBeUndefined();
  });
});

describe('roleOfAttributeTokens', () => {
  it('splits on - _ . spaces, camelCase and digits', () => {
    expect(attributeTokens('candidate-name applicant__email givenName address-level2 XMLName')).toEqual([
      'candidate',
      'name',
      'applicant',
      'email',
      'given',
      'name',
      'address',
      'level',
      'xml',
      'name',
    ]);
  });

  it.each<[string, FieldRole]>([
    ['candidate-name', 'applicant-name'],
    ['applicantName', 'applicant-name'],
    ['c-card__name', 'applicant-name'],
    ['naam', 'applicant-name'],
    ['fullName', 'applicant-name'],
    ['voornaam', 'given-name'],
    ['achternaam', 'family-name'],
    ['given-name', 'given-name'],
    ['family-name', 'family-name'],
    ['firstName', 'given-name'],
    ['applicant__email', 'email'],
    ['email', 'email'],
    ['tel', 'phone'],
    ['tel-national', 'phone'],
    ['telephone', 'phone'],
    ['bday', 'birth'],
    ['birthDate', 'birth'],
    ['date-of-birth', 'birth'],
    ['street-address', 'address'],
    ['streetAddress', 'address'],
    ['address-line1', 'address'],
    ['postal-code', 'postcode'],
    ['postalCode', 'postcode'],
    ['address-level2', 'city'],
    ['addressLocality', 'city'],
    ['r-plaats', 'city'],
    ['candidate-residence', 'city'],
    ['sex', 'gender'],
    ['honorific-prefix', 'gender'],
    ['nationality', 'nationality'],
    ['birthPlace', 'birthplace'],
    ['avatar', 'photo'],
    ['photo', 'photo'],
    ['foto', 'photo'],
    ['profile-picture', 'photo'],
    ['candidate-avatar', 'photo'],
    // Initials drawn as someone's picture (held-out set DD): hidden as an avatar, kept beside a colleague's name.
    ['avatar-initials', 'photo'],
    ['sameAs', 'profile-link'],
    ['linkedin-url', 'profile-link'],
    ['file-name', 'attachment'],
    ['candidate-notes', 'notes'],
    ['recruiter-name', 'staff-name'],
    ['owner', 'staff-name'],
    ['assignee-avatar', 'staff-name'],
    ['comment-author', 'staff-name'],
    ['hiring-manager', 'staff-name'],
    ['user-name', 'staff-name'],
    ['current-user', 'staff-name'],
  ])('%s → %s', (value, role) => {
    expect(roleOfAttributeTokens(value)).toBe(role);
  });

  it.each([
    'company-name',
    'vacancy-name',
    'job-title',
    'school-name',
    'username',
    'card',
    'candidate-card',
    'btn-primary',
    'stage',
    'page',
    '',
  ])('says no field: %s', (value) => {
    expect(roleOfAttributeTokens(value)).toBeUndefined();
  });

  it('tells an applicant container by its tokens', () => {
    expect(mentionsApplicant('candidate-card')).toBe(true);
    expect(mentionsApplicant('data-applicant-id')).toBe(true);
    expect(mentionsApplicant('job-card')).toBe(false);
  });
});
