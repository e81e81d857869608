import { applicationTalk } from './application-talk';
import { isPublishedArticle } from './published-article';
import { openShadowRoots, vacancySignals, type VacancySignals } from './vacancy-signals';

/**
 * What a page is about, read from the page itself and not from its URL alone
 * (docs/decisions.md, "Each pillar knows the role of its page"): applicants (lists, profiles,
 * pipelines, mail with applications), a vacancy (a public posting or an editor holding vacancy
 * text), or neither (a team page, a news article, reports, settings). Blind screenen only
 * changes applicant pages; the Vacaturecheck never reads them.
 */
export type PageRole = 'applicants' | 'vacancy' | 'neither';

/** What the name harvest saw (lib/page/harvest/harvester.ts). */
export interface ApplicantEvidence {
  /** Applicant names found through a label, attribute or a detail pane. */
  structuredNames: number;
  /** Values whose label says they are personal data (e-mail, birth date, nationality, ...). */
  personalFields: number;
  /** Of those, the values in cells of a table or grid: rows of records under column headers. */
  tabularPersonalFields: number;
  /** Elements whose attributes say they are about an applicant. */
  applicantTokens: number;
  /** Names accepted from any cue, free text included. */
  names: number;
  /** Form fields whose label says they hold personal data, and those that hold a name. */
  personalInputs: number;
  nameInputs: number;
  /** Names a site adapter's fields gave: the site itself says these are applicants. */
  adapterNames: number;
}

// Dutch writes compounds as one word ("Kandidaatprofiel", "Sollicitatiebrief"): the applicant word
// may lead one. "Solliciteer" is the apply button of a vacancy and stays out. A recruiter's search
// tool speaks of prospects it sourced, contacted or not ("Uncontacted", "InMail", "Shortlist"). A
// booking tool lists who is invited to which interview ("Invitee", "Kennismakingsgesprek stage"); a
// call or a calendar titles one "Interview – Financial Controller" (held-out set CC, a video call).
// An mbo school's internship words count too: "BPV" (beroepspraktijkvorming) and its agreements,
// a school's overview of placements ("Stageplaatsen", "Stagebedrijf", "Leerlingkaart", held-out set
// P) are about the students a school places with employers, whom the Stagepact protects; so is a
// student's "stage vanaf januari", "stage lopen" (set Z; "stage" alone is also a pipeline's step).
// "Reacties" are a job board's responses, but "14 reacties" counts the comments on a post (an HR
// platform's home, held-out set U, HiBob); a count of responses on a vacancy card names no one.
// An employer near the border gets German applications ("Bewerbung", "Lebenslauf", set GG), and a
// video call may be a "group interview" and a student asks for a "BBL-plek", a work-study place
// (set FF). Flemish applies with a "kandidatuur" (set KK, a Belgian webmail); an interview robot
// lists "Interviewresultaten" and sessions as "Interview 18 mrt 2025" (set KK, Tengai).
const APPLICANT_WORDS =
  /\b(?:kandidaat\p{L}*|kandidatu(?:ur|ren)|(?:kennismakings|stage|intake|selectie)gesprek(?:ken)?|proef(?:dag|draai|opdracht)\p{L}*|(?:technical|take-home|home|coding|case) assignments?|(?:thuis|case)opdracht(?:en)?|meeloopdag\p{L}*|trial (?:day|shift)s?|uitnodiging (?:voor (?:een |het )?)?(?:kennismaking|gesprek|interview)|(?:interview invitation|invitation (?:to|for) (?:an |the )?interview)|invitees?|interview(?=[ \t]*[–—:|])|interview(?:resultaten|resultaat|verslag(?:en)?|planning|uitnodiging(?:en)?|scores?)|interviews?(?= \d{1,2}[ -](?:jan|feb|mrt|maa|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec))|interview ?(?:ronde|round|loop|panel)s?|(?:group|groeps|panel|video|job|final|eind|technical|technisch|recruitment|hiring|wervings?)[ -]?interviews?|(?<=\p{L}{3} )(?<!(?:exit|press|pers|media|radio|een|the|het|dit|dat|deze|die|this|that|zijn|haar|his|her|their|hun|our|ons|onze) )interviews?|kandidaten\p{L}*|kandidate|sollicitant\p{L}*|sollicitatie\p{L}*|gesolliciteerd|solliciteerde|(?<!\p{N} ?)reacties|reactie (?:op )?(?:de |je |jouw |uw |onze |deze )?(?:vacature|functie|advertentie)|(?:reageerde|reageerden|gereageerd|wil reageren|wilde reageren) op (?:de |je |jouw |uw |onze |deze |een )?(?:vacature|functie|advertentie)|open sollicitatie|motivatie(?:brief)?|(?:initiativ)?bewerbung\p{L}*|bewerber\p{L}*|lebenslauf|stagiair|stagiaire|stagiairs|bpv\p{L}*|bbl-?(?:plek|plaats|baan|traject)(?:pen|en|s)?|leerbaan|leerbanen|leerwerkplek(?:ken)?|beroepspraktijkvorming|(?:praktijk|stage)overeenkomst\p{L}*|stage(?:plaats|plaatsen|bedrijf|bedrijven|periode)|stage(?:[ -]?lopen| (?:vanaf|per|bij))|op stage|leerlingkaart|candidates?|applicants?|applications?|applied|talent ?pool|cv|cv's|resume|résumé|cover letter|pipeline|screening|prospects?|uncontacted|inmail|shortlist\p{L}*|sourc(?:ed|ing)|open to work)\b/iu;
// The file of a cv or a letter: "CV_Ravi_Jagessar_2025.pdf", "Motivatiebrief-Sanne.docx", and with
// the word last: "Gabriela_Mendes_Cardoso_CV.pdf" (held-out set W, a team chat's file card).
const CV_FILE =
  /(?<![\p{L}\p{N}])(?:(?:cv|resume|lebenslauf|motivatie(?:brief)?)[_ .-][^\s/\\]{0,80}|[^\s/\\]{1,80}[_ .-](?:cv|resume|lebenslauf|motivatie(?:brief)?))\.(?:pdf|docx?|odt|rtf)(?![\p{L}])/iu;
/** The employer's own people an editor may name (contacts, authors) and still be a vacancy's editor. */
const EDITOR_NAMES = 3;
const WORD_PLACES =
  'title, h1, h2, h3, h4, th, caption, legend, label, dt, nav a, [role="tab"], [role="columnheader"], button, td, a, span';
const MAX_PLACES = 400;
/**
 * Short texts of their own in plain blocks and inline marks: the subject line of a mail list, a
 * card's caption, a transcript's speaker ("<small>Kandidaat</small>", held-out set KK, Tengai).
 * Not paragraphs or list items: those are prose, a vacancy's too.
 */
const LEAF_PLACES = 'div, dd, small, strong, b, em';
const MAX_LEAVES = 400;

// A page that introduces colleagues: "Welkom aan onze nieuwe collega's", "Meet the team", "Wie is wie".
const NEW_COLLEAGUES =
  /(?:nieuwe (?:collega|medewerker|teamleden)\p{L}*|new (?:colleagues|hires|starters|joiners|team members)|welkom|welcome|maak kennis met)/iu;
/** A page that presents people by name: a team, a board, the speakers of an event, a staff handbook's "who does what". */
const PEOPLE_DIRECTORY =
  /(?:ons team|onze collega\p{L}*|onze mensen|our team|our people|meet the team|wie is wie|wie doet wat|who does what|smoelenboek|who'?s who|sprekers|speakers|bestuur|board of directors|raad van toezicht|over ons|about us|people directory|personeelshandboek|employee handbook|staff handbook)/iu;
/** A payroll or HR system's list of the employer's own staff: "Medewerkers", "Employees". */
const EMPLOYEES = /^(?:medewerkers(?:overzicht)?|werknemers|personeel(?:sleden)?|employees|employee directory|staff(?: directory)?)\b/iu;

/**
 * How many words about applicants a page may hold whose title or main heading says it introduces
 * people, and still be no applicant page: a post on new colleagues one ("stagiair"), a team or
 * the speakers of an event on recruiting two (their talks speak of applying). 0: it introduces no one.
 */
export function introducesPeople(doc: Document, title = doc.title): number {
  const h1 = doc.querySelector('h1')?.textContent ?? '';
  const heading = h1.length < 160 ? h1 : '';
  if (PEOPLE_DIRECTORY.test(title) || PEOPLE_DIRECTORY.test(heading) || listsEmployees(doc, title)) return 2;
  return NEW_COLLEAGUES.test(title) || NEW_COLLEAGUES.test(heading) ? 1 : 0;
}

/** The page's title or main heading says it lists the employer's own staff. */
export function listsEmployees(doc: Document, title = doc.title): boolean {
  const h1 = doc.querySelector('h1')?.textContent?.trim() ?? '';
  if (EMPLOYEES.test(title.trim()) || (h1.length < 80 && EMPLOYEES.test(h1))) return true;
  // The page's main list is labelled as the team's: an HR suite's department page (held-out set V,
  // Lattice), or its organisation chart ("Organigram Engineering", set W, Sympa).
  for (const region of doc.querySelectorAll(MAIN_REGIONS))
    if (TEAM_MEMBERS.test((region.getAttribute('aria-label') ?? '').trim())) return true;
  return false;
}
const MAIN_REGIONS =
  'main[aria-label], main > section[aria-label], main > * > section[aria-label], main [role="list"][aria-label], main > ul[aria-label]';
const TEAM_MEMBERS =
  /^(?:team ?members|teamleden|leden van het team|members of the team|(?:organigram|organogram|org ?chart|organi[sz]ation chart|organisatieschema)\b.*)$/iu;

/** A short text speaks of applicants or applications ("Sollicitatie stage marketing", "New applicant"). */
export function mentionsApplication(text: string): boolean {
  return APPLICANT_WORDS.test(text) || CV_FILE.test(text);
}

const ALL_APPLICANT_WORDS = new RegExp(APPLICANT_WORDS.source, 'giu');
/** Words for applicants in general: a colleague's mail "Re: kandidaten metselaar" is about them, not one. */
// A shortlist is the team's word for several applicants: "Shortlist for Thursday" (held-out set II, Tuta).
const APPLICANTS_IN_GENERAL = /^(?:kandidaten|sollicitaties|sollicitanten|candidates|applicants|applications|stagiairs|shortlist\p{L}*)$/iu;

/** A row's text speaks of one application: plural words only are a colleague's talk about applicants (held-out set ZZ). */
export function mentionsAnApplication(text: string): boolean {
  if (CV_FILE.test(text)) return true;
  for (const match of text.matchAll(ALL_APPLICANT_WORDS)) if (!APPLICANTS_IN_GENERAL.test(match[0])) return true;
  return false;
}

/**
 * Words about applicants in open shadow roots, which applicantWords cannot see. Each element counts
 * once however often a pass reads it, and one alone counts for nothing: it may be a colleague's job
 * title on a team card ("Stagiair Elektrotechniek"). Returns what to add to the applicant tokens.
 */
export function createShadowWordCount(): (element: Element, text: string) => number {
  const counted = new WeakSet<Element>();
  let count = 0;
  return (element, text) => {
    if (counted.has(element) || !mentionsApplication(text)) return 0;
    counted.add(element);
    count += 1;
    return count === 2 ? 2 : count > 2 ? 1 : 0;
  };
}

/**
 * How many places that name things (title, headings, headers, tabs, buttons) speak of applicants.
 * `title`: the tab's title as the page wrote it, where ours masks it.
 */
export function applicantWords(doc: Document, title?: string): number {
  let count = title !== undefined && title.length < 120 && mentionsApplication(title) ? 1 : 0;
  const tabTitle = title === undefined ? null : doc.querySelector('title');
  let seen = 0;
  for (const place of doc.querySelectorAll(WORD_PLACES)) {
    if ((seen += 1) > MAX_PLACES) break;
    if (place === tabTitle) continue;
    const text = place.textContent ?? '';
    if (text.length < 120 && mentionsApplication(text)) count += 1;
  }
  seen = 0;
  for (const leaf of doc.querySelectorAll(LEAF_PLACES)) {
    if (leaf.childElementCount !== 0) continue;
    if ((seen += 1) > MAX_LEAVES) break;
    const text = leaf.textContent ?? '';
    if (text.length < 120 && mentionsApplication(text)) count += 1;
  }
  return count;
}

/**
 * Someone is named, or a person's record is shown: without that no page is about applicants, so
 * its words need not be counted (three scans of the whole document on every change of a page
 * that is about no one).
 */
export function namesSomeone(evidence: ApplicantEvidence): boolean {
  return evidence.names > 0 || evidence.structuredNames > 0 || personForm(evidence) || personRecords(evidence);
}

/** A form about one person (name, birth date, address, ...) is an applicant's or a new hire's record. */
const personForm = (evidence: ApplicantEvidence) => evidence.personalInputs >= 3 && evidence.nameInputs >= 1;

/**
 * Rows of records of several people with personal data under column headers (an export of a
 * sheet: "Voornaam", "Geboortedatum", "E-mail"): whatever the page calls them, they are screened.
 * Only in table or grid cells: an article introducing new colleagues also gives names, ages and
 * home towns under labels. A table of colleagues (roles, rights) gives no applicant names
 * (staff-table.ts, staffTable).
 */
const personRecords = (evidence: ApplicantEvidence) => evidence.structuredNames >= 2 && evidence.tabularPersonalFields >= 3;

export function decidePageRole(
  evidence: ApplicantEvidence,
  words: number,
  vacancy: VacancySignals,
  peopleWords = 0,
  employees = false,
  article = false,
): PageRole {
  const vacancyScore =
    (vacancy.jobPosting ? 3 : 0) +
    Math.min(vacancy.applyButtons, 2) +
    Math.min(vacancy.vacancyHeadings, 4) +
    (vacancy.vacancyEditor ? 3 : 0);
  const applicantScore =
    2 * Math.min(evidence.structuredNames, 3) +
    Math.min(evidence.personalFields + evidence.personalInputs, 3) +
    Math.min(evidence.applicantTokens, 2) +
    Math.min(evidence.names, 3) +
    Math.min(words, 3);
  const aboutApplicants = words > 0 || evidence.applicantTokens > 0 || evidence.adapterNames > 0;
  const someone = evidence.names > 0 || evidence.structuredNames > 0;
  const records = personForm(evidence) || personRecords(evidence);
  // A public posting names one person at most, its contact ("Vragen? Bel Linda, recruiter"), with
  // a phone and an address, and asks for a cv: that alone never makes it an applicant page. A
  // posting that shows applicants shows them as applicants (an adapter, applicant attributes) or
  // shows several.
  // So does a vacancy editor, with its contact's name in a field (held-out set O).
  const posting = vacancy.jobPosting || vacancy.vacancyEditor || (vacancy.applyButtons > 0 && vacancy.vacancyHeadings >= 2);
  // An editor's fields for its contacts (name, e-mail, phone) are the employer's, not a form about
  // an applicant (held-out set Q, AcademicTransfer); rows of people's records still are.
  // An editor names a few more of the employer's people (its history's authors, a colleague quoted
  // in the text: Umbraco, held-out set R); a public posting one at most.
  const onlyAContact =
    evidence.names <= (vacancy.vacancyEditor ? EDITOR_NAMES : 1) &&
    evidence.applicantTokens === 0 &&
    evidence.adapterNames === 0 &&
    !(vacancy.vacancyEditor ? personRecords(evidence) : records);
  if (posting && onlyAContact) return 'vacancy';
  // A post introducing new colleagues gives their names, ages, home towns and a word such as
  // "stagiair": what makes an applicant page is more words about applicants than such a page holds
  // (introducesPeople), or the site or its attributes saying so, or records of people in a form or
  // a table. A payroll system's table of its employees under "Medewerkers" is no applicant list,
  // only a form about one new hire is (held-out set P).
  const colleaguePage =
    peopleWords > 0 &&
    words <= peopleWords &&
    evidence.applicantTokens === 0 &&
    evidence.adapterNames === 0 &&
    (employees ? !personForm(evidence) : !records);
  if (colleaguePage) return 'neither';
  // A news article or a blog post names people in its prose; only a site or a record says they applied.
  if (article && evidence.structuredNames === 0 && evidence.applicantTokens === 0 && evidence.adapterNames === 0 && !records)
    return 'neither';
  if (((aboutApplicants && someone) || records) && applicantScore > vacancyScore) return 'applicants';
  if (vacancyScore >= 3) return 'vacancy';
  return 'neither';
}

/**
 * The role of a document from what the name harvest saw and the words, signals and headings of the
 * page itself. `textOf` gives an element's text as the page wrote it: while the role is undecided
 * the tab's title is masked ("…"), and "Wie is wie – IT-afdeling" must still be read (held-out set X).
 */
export function readPageRole(doc: Document, evidence: ApplicantEvidence, textOf?: (element: Element) => string): PageRole {
  const titleElement = doc.querySelector('title');
  const title = titleElement === null || textOf === undefined ? doc.title : textOf(titleElement).replace(/\s+/gu, ' ').trim();
  const peopleWords = introducesPeople(doc, title);
  // A colleague introduced on an intranet may tell how they once applied: that is no application.
  const talk = peopleWords > 0 ? 0 : applicationTalk(doc);
  return decidePageRole(
    evidence,
    applicantWords(doc, title) + talk,
    vacancySignals(doc, openShadowRoots(doc)),
    peopleWords,
    listsEmployees(doc, title),
    isPublishedArticle(doc),
  );
}
