/**
 * Does a vacancy text offer an internship? Internship ads get their own target level (B1 by
 * default), other vacancies theirs. A word test is enough here: the target only picks a goal.
 */
const INTERNSHIP =
  /(?<![\p{L}])(?:stage|stages|stagiair|stagiaire|stagiairs|stageplek|stageplaats|bbl|bol|afstudeerstage|meewerkstage|internship|internships|intern|interns|placement)(?![\p{L}])/iu;

export function looksLikeInternshipAd(text: string): boolean {
  return INTERNSHIP.test(text);
}
