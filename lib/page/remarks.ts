/**
 * A remark about a candidate that a colleague wrote into a list or a preview, outside any notes
 * area: "Tim: she can start in January", "Latest comment (Jolien Post): He has run a team". Like a
 * note, it speaks about the candidate, so its gendered pronouns are hidden too.
 */
const SPEAKER = /(?:^|[.!?]\s+|\n)\s*\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s\p{Lu}[\p{Ll}\p{M}'’-]+)?\s?:\s+\S/u;
const COMMENT_WORD =
  /\b(?:comments?|opmerking(?:en)?|notitie|notities|note|notes|feedback|remarks?|beoordeling|evaluatie)\b[^:\n]{0,40}:\s+\S/iu;

export function isRemark(text: string): boolean {
  // Both patterns need a colon: most texts have none, and the Unicode patterns are slow to fail.
  return text.length < 2000 && text.includes(':') && (SPEAKER.test(text) || COMMENT_WORD.test(text));
}
