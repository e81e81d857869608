import { mostSpecificRole } from './field-role-priority';
import type { FieldRole } from './field-role-type';
import { foldText } from './text-fold';

export type { FieldRole } from './field-role-type';

// Words that carry no role in a label: articles, possessives, "(optional)", date formats.
const FILLER = new Set(
  'de het een van the of a an your je jouw uw my mijn s optioneel optional verplicht required dd mm jj jjjj yyyy eventueel'.split(' '),
);
type Words = ReadonlyMap<string, FieldRole>;
const table = (role: FieldRole, phrases: string): [string, FieldRole][] =>
  phrases.split(' ').map((phrase) => [
    phrase
      .split('_')
      .filter((word) => !FILLER.has(word))
      .join(' '),
    role,
  ]);

/**
 * Label words and phrases, folded, with spaces for the punctuation a label may carry ("Geb. datum"
 * is "geb datum", "E-mailadres" is "e mailadres"). Underscores stand for spaces in this source.
 * Plurals are listed where a column header uses them.
 */
const LABEL_PHRASES: Words = new Map([
  // A video call's waiting room holds the next applicant: "Wachtruimte: Ayaan Hassan" (held-out set MM, Kinly).
  ...table(
    'applicant-name',
    'naam namen volledige_naam zoeknaam weergavenaam display_name volledige_namen naam_kandidaat naam_sollicitant naam_student kandidaatnaam kandidaat kandidaten kandidate sollicitant sollicitanten sollicitante student studenten studente leerling leerlingen stagiair stagiaire stagiairs deelnemer deelnemers name names full_name fullname candidate candidates candidate_name applicant applicants applicant_name student_name intern interns persoon person ingediend_door ingestuurd_door submitted_by subject_person opened_for betrokkene wachtruimte waiting_room',
  ),
  ...table(
    'given-name',
    'voornaam voornamen roepnaam bijnaam first_name first_names firstname given_name given_names forename middle_name tweede_voornaam known_as preferred_name nickname goes_by',
  ),
  ...table(
    'family-name',
    'achternaam achternamen familienaam geslachtsnaam geboortenaam meisjesnaam tussenvoegsel tussenvoegsels voorvoegsel voorvoegsels voorvoegsel_achternaam last_name lastname surname surnames family_name maiden_name',
  ),
  ...table('initials', 'initialen voorletters voorletter initials initial'),
  // A new hire's manager and onboarding buddy ("Reports to", "Onboarding buddy": held-out set NN, an
  // HR suite); whom a folder of cvs is shared with ("Gedeeld met", set NN, a file cloud); the
  // department a new hire's form names a colleague of ("Salarisadministratie: …", set QQ).
  ...table(
    'staff-name',
    'eigenaar recruiter recruiters consultant consultants intercedent intercedente toegewezen_aan toegewezen behandelaar behandeld_door contactpersoon auteur door ingelogd_als aangemaakt_door toegevoegd_door geplaatst_door geschreven_door beoordeeld_door beoordelaar gesprekspartner interviewer interviewers hiring_manager hiring_team team teamleden team_members ons_team host hosts organisator organizer organiser georganiseerd_door organized_by organised_by selectieteam selectiecommissie sollicitatiecommissie wervingsteam owner assigned_to assignee author comment_by created_by added_by posted_by written_by reviewed_by reviewer signed_in_as logged_in_as recruiter_naam naam_recruiter mentor mentoren praktijkopleider praktijkopleiders begeleider begeleiders praktijkbegeleider werkbegeleider stagebegeleider stagedocent bpv_docent bpv_begeleider bpv_coordinator slb_er studieloopbaanbegeleider verantwoordelijke accountverantwoordelijke responsible account_owner candidate_owner opdrachtgever opdrachtgevers leidinggevende cc bcc kopie_aan trainer trainers spreker sprekers speaker speakers coach facilitator relatiebeheerder teamlead teamleider teamleader team_lead afdelingshoofd hr hrm personeelszaken hr_adviseur hr_manager hr_business_partner talent_acquisition employer_contact company_contact bedrijfscontact manager line_manager direct_manager reports_to rapporteert_aan buddy onboarding_buddy werkbuddy gedeeld_met shared_with people_with_access personen_met_toegang salarisadministratie loonadministratie payroll ict_contact facilitair',
  ),
  ...table(
    'email',
    'e_mail email e_mailadres emailadres e_mailadressen emailadressen mailadres mail e_mail_adres e_mail_address email_address email_addresses e_mail_addresses',
  ),
  ...table(
    'phone',
    'telefoon telefoonnummer telefoonnummers telefoon_nummer tel tel_nr telnr mobiel mobiel_nummer mobiele_nummer mobiele_telefoon gsm phone phone_number phone_numbers telephone mobile mobile_number cell whatsapp',
  ),
  ...table(
    'birth',
    'geboortedatum geboortedata geb_datum gebdatum geb geboortejaar geboren date_of_birth birth_date birthdate birthday birth_year year_of_birth dob d_o_b verjaardag born',
  ),
  ...table('age', 'leeftijd leeftijden age ages'),
  ...table(
    'address',
    'adres adressen woonadres postadres straat straatnaam straat_en_huisnummer huisnummer address addresses home_address street street_address address_line_1 address_line_2',
  ),
  ...table('postcode', 'postcode postcodes postal_code zip zip_code zipcode post_code'),
  ...table(
    'city',
    'woonplaats woonplaatsen plaats stad city town place_of_residence residence locatie location woont_in woonachtig_in lives_in based_in',
  ),
  ...table(
    'nationality',
    'nationaliteit nationaliteiten nationality nationalities staatsburgerschap citizenship afkomst herkomst origin etniciteit ethnicity moedertaal native_language mother_tongue',
  ),
  ...table(
    'birthplace',
    'geboorteplaats geboorteland geboren_te geboren_in place_of_birth country_of_birth birthplace birth_place land_van_herkomst land_van_geboorte country_of_origin',
  ),
  ...table('gender', 'geslacht gender sex aanhef salutation voornaamwoorden voornaamwoord pronouns aanspreekvorm m_v'),
  // One "Taal" or "Language" is often the interface's own language switch: plurals only.
  ...table(
    'languages',
    'talen talenkennis taalvaardigheid taalvaardigheden gesproken_talen andere_talen overige_talen welke_talen_spreek_je languages spoken_languages language_skills other_languages languages_spoken',
  ),
  // A parent's or guardian's name and number on a student's record tell the family, and often the
  // surname ("Ouder/verzorger: Mevr. S. Demir-Kaplan", held-out set U, a school's internship list).
  ...table(
    'family',
    'burgerlijke_staat gezinssituatie gezinssamenstelling samenstelling_gezin huwelijkse_staat relatiestatus kinderen aantal_kinderen thuissituatie marital_status civil_status family_status relationship_status children number_of_children dependants dependents ouder ouders verzorger verzorgers ouder_verzorger ouders_verzorgers voogd parent parents guardian parent_guardian noodcontact emergency_contact',
  ),
  ...table(
    'id-number',
    'bsn bsn_nummer burgerservicenummer studentnummer studentnr student_number student_id leerlingnummer leerlingnr klantnummer klantnr clientnummer dossiernummer relatienummer sofinummer sofi_nummer iban iban_nummer rekeningnummer bankrekening bankrekeningnummer bank_account bank_account_number account_number paspoortnummer passport_number id_nummer id_number documentnummer document_nummer document_number nummer_identiteitsbewijs identiteitskaartnummer national_insurance_number ni_number social_security_number ssn',
  ),
  ...table(
    'notes',
    'notities notitie interne_notities opmerkingen opmerking aantekeningen aantekening beoordeling beoordelingen feedback toelichting evaluatie gespreksverslag memo notes note comments comment remarks evaluation evaluations review reviews scorecard interview_notes activiteiten activiteit activities activity tijdlijn timeline',
  ),
  ...table('photo', 'foto fotos pasfoto profielfoto photo photos picture profile_picture profile_photo avatar'),
  ...table('profile-link', 'linkedin linkedin_profiel website portfolio github profiel_link profile_link social_media'),
  ...table('attachment', 'cv cvs curriculum_vitae resume bijlage bijlagen attachment attachments motivatiebrief cover_letter documenten'),
  // French labels and field names, as Belgian and French HR and payroll forms write them (held-out
  // set RR, a French payroll's employee file; Belgium's national register number).
  ...table('given-name', 'prenom prenoms'),
  ...table('family-name', 'nom_famille nom_naissance nom_usage'),
  ...table('applicant-name', 'nom nom_complet nom_prenom'),
  ...table('email', 'courriel adresse_mail adresse_electronique'),
  ...table('phone', 'tel_portable numero_telephone'),
  ...table('birth', 'date_naissance ne_le nee_le'),
  ...table('birthplace', 'lieu_naissance pays_naissance ville_naissance'),
  ...table('nationality', 'nationalite'),
  ...table('address', 'adresse rue'),
  ...table('postcode', 'code_postal'),
  ...table('city', 'ville commune localite'),
  ...table('id-number', 'rijksregisternummer national_number numero_national insz niss numero_securite_sociale'),
]);

/** Words that make a label about something other than a person of the page: "Bedrijfsnaam", "Naam vacature". */
const NOT_ABOUT_A_PERSON = new Set(
  'bedrijf bedrijfsnaam company organisatie organisation organization vacature vacaturenaam vacancy functie functienaam job position rol role school schoolnaam opleiding education team teamnaam afdeling department project werkgever employer leerbedrijf stagebedrijf bestand bestandsnaam file document gebruikersnaam username referentie reference ouder ouders parent voogd guardian noodcontact emergency partner product'.split(
    ' ',
  ),
);

const MAX_LABEL_WORDS = 6;

const PERSON_COMPOUND = /(?<![\p{L}\p{N}])(\p{L}{3,})-(\p{L}{4,})/gu;

function labelWords(text: string): string[] {
  if (text.length > 80) return [];
  const folded = foldText(text)
    .replace(/\([^)]*\)/gu, ' ')
    // A question's number glued to its words ("V7Geboorteplaats" in a survey's responses, held-out set R).
    .replace(/(\p{N})(\p{L}{3,})/gu, '$1 $2')
    // "Leerling-operatieassistent", "Student-assistent": a person's noun before a hyphen opens a
    // job's name; a Dutch compound is what its last part is (held-out set R, a vacancy's title).
    .replace(PERSON_COMPOUND, (_compound, person: string, head: string) =>
      LABEL_PHRASES.get(person) === 'applicant-name' ? head : `${person} ${head}`,
    )
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return folded === '' ? [] : folded.split(' ').filter((word) => !FILLER.has(word));
}

/**
 * A visible label or column header: "Naam", "Name:", "E-mailadres", "Geboortedatum *",
 * "Eigenaar", "Recruiter", "Notities". Returns undefined for labels that name no personal field
 * or name something else ("Bedrijfsnaam", "Naam vacature", "Status").
 */
export function roleOfLabel(text: string): FieldRole | undefined {
  if (text.length > 80) return undefined;
  // Pages repeat the same labels and values on every row: answers are remembered per text.
  let role = rolesOfLabels.get(text);
  if (role === undefined) {
    if (rolesOfLabels.size > REMEMBERED_LABELS) rolesOfLabels.clear();
    role = readRoleOfLabel(text) ?? null;
    rolesOfLabels.set(text, role);
  }
  return role ?? undefined;
}

const rolesOfLabels = new Map<string, FieldRole | null>();
const REMEMBERED_LABELS = 4096;

/**
 * "Geüpload door", "Uploaded by": a file manager's uploader is a colleague as often as an
 * applicant answering a file request (held-out set S, Dropbox). The label says neither.
 */
const UPLOADED_BY = /(?:^| )(?:geupload|upload|uploaded|geuploaded) (?:door|by)$/u;

function readRoleOfLabel(text: string): FieldRole | undefined {
  const words = labelWords(text);
  if (words.length === 0 || words.length > MAX_LABEL_WORDS || UPLOADED_BY.test(words.join(' '))) return undefined;
  const whole = LABEL_PHRASES.get(words.join(' '));
  if (whole !== undefined) return whole;
  const roles: FieldRole[] = [];
  // Longest phrases first, so "toegewezen aan" wins over a role of its parts.
  for (let at = 0; at < words.length;) {
    let matched = 0;
    for (let length = Math.min(4, words.length - at); length >= 1 && matched === 0; length -= 1) {
      const role = LABEL_PHRASES.get(words.slice(at, at + length).join(' '));
      if (role !== undefined) {
        roles.push(role);
        matched = length;
      }
    }
    if (matched === 0 && NOT_ABOUT_A_PERSON.has(words[at] ?? '')) return undefined;
    at += Math.max(matched, 1);
  }
  // "Contactpersoon · Kandidaat" over a CRM record's title: chips of its type, one of them saying
  // it is an applicant. Unsure whose it is, it is hidden (held-out set L, a Salesforce contact).
  if (roles.includes('staff-name') && roles.includes('applicant-name') && /[·|•]/u.test(text)) return 'applicant-name';
  return mostSpecificRole(roles);
}

/**
 * Labels of what describes someone's work rather than who they are: a job title, a department, a
 * qualification, a status, the employer's place ("Vestiging", "Standplaats"), the job's
 * requirements ("Vacature-eisen: Je spreekt goed Nederlands en Engels", set PP). A trade name under one
 * ("Functie: Timmerman") is that trade, even where an applicant is called so, and an address under
 * one is the employer's (held-out set N: "Vestiging: Rotterdam Centrum, Hofplein 20").
 */
const DESCRIBES_WORK = new Set(
  'functie functietitel functies beroep vak job job_title title position rol role afdeling department team opleiding kwalificatie kwalificaties qualification diploma niveau level status fase stage beschikbaarheid availability vaardigheden skills ervaring experience vestiging vestigingen kantoor standplaats werklocatie branch office bedrijf bedrijfsnaam bedrijfsadres bezoekadres stagebedrijf leerbedrijf praktijkinstelling praktijkplaats stageadres stageplaats stagelocatie werkgever organisatie company employer organization organisation eisen'.split(
    ' ',
  ),
);

export function describesWork(label: string): boolean {
  const words = labelWords(label);
  return words.length > 0 && words.length <= 3 && words.some((word) => DESCRIBES_WORK.has(word)) && roleOfLabel(label) === undefined;
}

export { roleOfAttributeTokens, attributeTokens, mentionsApplicant } from './field-role-attributes';

const MAX_ROLE_LABEL_WORDS = 3;

/**
 * The label ends in a phrase of this role: "Jouw recruiter", "Hiring manager", "Behandeld door",
 * but not "Recruiter Screen · 2", a pipeline stage named after who holds it (held-out set M), nor a
 * mail's subject or a job's title that ends in one ("Fwd: Application Junior Sustainability
 * Consultant", held-out set U). Counts after it are left out.
 */
export function endsInRole(text: string, role: FieldRole): boolean {
  const words = labelWords(text).filter((word) => !/^\d+$/u.test(word));
  if (words.length > MAX_ROLE_LABEL_WORDS || UPLOADED_BY.test(words.join(' '))) return false;
  for (let length = 1; length <= Math.min(4, words.length); length += 1)
    if (LABEL_PHRASES.get(words.slice(words.length - length).join(' ')) === role) return true;
  return false;
}
