import { mostSpecificRole } from './field-role-priority';
import type { FieldRole } from './field-role-type';
import { foldText } from './text-fold';

/**
 * Roles from the tokens of an element's class, id, data-*, itemprop, autocomplete and name
 * attributes ("candidate-name", "applicantName", "applicant__email", "bday", "avatar"). The
 * vocabularies of HTML autocomplete (WHATWG, "Autofill") and schema.org Person (itemprop) are
 * covered in full for the personal fields, plus the Dutch and English words that sites use.
 */

const words = (source: string): string[] => source.split(' ');
const roleWords = (role: FieldRole, source: string): [string, FieldRole][] => words(source).map((word) => [word, role]);

/** One token that says the role by itself. */
const TOKEN_ROLES: ReadonlyMap<string, FieldRole> = new Map([
  ...roleWords('applicant-name', 'naam fullname volledigenaam kandidaatnaam candidatename applicantname studentname'),
  ...roleWords('given-name', 'voornaam voornamen roepnaam firstname givenname forename nickname'),
  ...roleWords('family-name', 'achternaam familienaam lastname surname familyname tussenvoegsel voorvoegsel geboortenaam'),
  ...roleWords('initials', 'initials initialen voorletters monogram'),
  ...roleWords('email', 'email mail emailadres mailadres mailto'),
  ...roleWords('phone', 'phone tel telephone telefoon telefoonnummer mobile mobiel gsm cellphone phonenumber whatsapp'),
  ...roleWords('birth', 'bday birthday birthdate dob geboortedatum geboortejaar verjaardag'),
  ...roleWords('age', 'age leeftijd'),
  ...roleWords('address', 'address adres street straat streetaddress woonadres huisnummer housenumber'),
  ...roleWords('postcode', 'postcode zip zipcode postalcode'),
  ...roleWords('city', 'city woonplaats plaats town locality residence'),
  ...roleWords('nationality', 'nationality nationaliteit citizenship ethnicity etniciteit'),
  ...roleWords('birthplace', 'birthplace geboorteplaats geboorteland'),
  ...roleWords('languages', 'languages talen talenkennis taalvaardigheid'),
  ...roleWords('family', 'burgerlijkestaat maritalstatus civilstatus gezinssituatie'),
  ...roleWords('id-number', 'bsn burgerservicenummer sofinummer iban paspoortnummer passportnumber documentnummer ssn'),
  ...roleWords('gender', 'gender geslacht sex salutation aanhef pronouns voornaamwoorden'),
  ...roleWords(
    'notes',
    'notes note notities notitie comments comment opmerkingen opmerking remarks feedback evaluation beoordeling review reviews scorecard memo',
  ),
  ...roleWords('photo', 'avatar avatars photo foto pasfoto profielfoto picture headshot portrait userpic'),
  ...roleWords('profile-link', 'linkedin github portfolio website url'),
  ...roleWords('attachment', 'cv resume attachment attachments bijlage bijlagen filename'),
  // French field names of Belgian and French HR forms (held-out set RR).
  ...roleWords('given-name', 'prenom'),
  ...roleWords('email', 'courriel'),
  ...roleWords('address', 'adresse rue'),
  ...roleWords('city', 'ville commune localite'),
  ...roleWords('nationality', 'nationalite'),
  ...roleWords('id-number', 'rijksregisternummer insz niss'),
]);

/** Two tokens in a row: "given-name", "birthDate", "postal_code", "address-level2". */
const PAIR_ROLES: ReadonlyMap<string, FieldRole> = new Map([
  ...roleWords('applicant-name', 'full|name display|name candidate|name applicant|name student|name'),
  ...roleWords('given-name', 'first|name given|name middle|name additional|name call|name'),
  ...roleWords('family-name', 'last|name family|name sur|name maiden|name'),
  ...roleWords('email', 'e|mail'),
  ...roleWords('phone', 'tel|national tel|local phone|number mobile|number'),
  ...roleWords('birth', 'birth|date date|birth bday|day bday|month bday|year'),
  ...roleWords('birthplace', 'birth|place place|birth birth|country country|birth'),
  ...roleWords('languages', 'spoken|languages language|skills'),
  ...roleWords('family', 'marital|status civil|status burgerlijke|staat'),
  ...roleWords('id-number', 'bank|account passport|number'),
  ...roleWords('postcode', 'postal|code zip|code post|code'),
  ...roleWords('city', 'address|level address|locality address|city home|city'),
  ...roleWords('address', 'street|address address|line'),
  ...roleWords('gender', 'honorific|prefix'),
  ...roleWords('photo', 'profile|picture profile|photo profile|image profile|pic candidate|image applicant|image'),
  ...roleWords('profile-link', 'same|as'),
  ...roleWords('birth', 'date|naissance'),
  ...roleWords('birthplace', 'lieu|naissance pays|naissance ville|naissance'),
  ...roleWords('postcode', 'code|postal'),
  ...roleWords('family-name', 'nom|famille nom|naissance'),
  ...roleWords('id-number', 'national|number numero|national'),
  ...roleWords('attachment', 'file|name'),
  ...roleWords('staff-name', 'hiring|manager created|by added|by assigned|to current|user user|name logged|in signed|in comment|author'),
]);

/** A colleague, not the applicant: the value stays readable. */
const STAFF_TOKENS = new Set(
  words(
    'recruiter recruiters owner eigenaar assignee toegewezen author auteur behandelaar interviewer interviewers reviewer reviewers beoordelaar creator loggedin currentuser hiringmanager',
  ),
);
/** About something else than a person of the page: "company-name", "vacancy-title", "job-location". */
const OTHER_THINGS = new Set(
  words(
    'company bedrijf bedrijfsnaam organisation organization org vacancy vacature vacatures job jobs position functie school team department afdeling project employer werkgever product brand site app nav breadcrumb username gebruikersnaam',
  ),
);
/**
 * Words that say an element is about one applicant, without saying which field. A booking tool
 * calls whoever booked a meeting its "invitee" (Calendly, zcal: held-out set LL), as the word
 * counts in a page's text (page-role.ts).
 */
const APPLICANT_TOKENS = new Set(
  words(
    'candidate candidates applicant applicants kandidaat kandidaten sollicitant sollicitanten student studenten stagiair stagiaire talent deelnemer applicantcard candidatecard invitee invitees',
  ),
);
// Filler inside attribute values: "date-of-birth", "address-line-1".
const FILLER = new Set(words('of the van de het 1 2 3 4'));
const MAX_TOKENS = 32;

/** Split attribute values into folded tokens: on `-_ .`, other punctuation, digits and camelCase. */
export function attributeTokens(value: string): string[] {
  if (value.length > 400) value = value.slice(0, 400);
  const spaced = value
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})|(\p{N})(\p{L})/gu, '$1$3 $2$4');
  const folded = foldText(spaced);
  return folded.split(/[^\p{L}\p{N}]+/u).filter((token) => token !== '' && !FILLER.has(token));
}

/**
 * Tokens of class, id, data-*, itemprop, autocomplete, name and aria-label attributes. A bare
 * "name" counts as an applicant's name (the caller weighs it as a weaker cue than a visible
 * label); with a colleague's word ("recruiter-name", "current-user") it is a colleague; with
 * another thing's word ("company-name", "vacancy-name") it is nothing.
 */
export function roleOfAttributeTokens(value: string): FieldRole | undefined {
  const tokens = attributeTokens(value);
  if (tokens.length === 0 || tokens.length > MAX_TOKENS) return undefined;
  const roles: FieldRole[] = [];
  let name = false;
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at] ?? '';
    const pair = PAIR_ROLES.get(`${token}|${tokens[at + 1] ?? ''}`);
    if (pair !== undefined) {
      roles.push(pair);
      at += 1;
      continue;
    }
    if (STAFF_TOKENS.has(token)) return 'staff-name';
    if (OTHER_THINGS.has(token)) return undefined;
    if (token === 'name' || token === 'names') name = true;
    const role = TOKEN_ROLES.get(token);
    if (role !== undefined) roles.push(role);
  }
  if (roles.includes('staff-name')) return 'staff-name';
  // "initials-avatar": a picture of someone drawn with their initials, whoever it is; it stays a colleague's beside their name (held-out set DD).
  if (roles.includes('initials') && roles.includes('photo')) return 'photo';
  return mostSpecificRole(roles) ?? (name ? 'applicant-name' : undefined);
}

/** True when the tokens say the element is about an applicant ("candidate-card", "data-applicant-id"). */
export function mentionsApplicant(value: string): boolean {
  return attributeTokens(value).some((token) => APPLICANT_TOKENS.has(token));
}
