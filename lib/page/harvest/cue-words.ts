/**
 * The words and patterns the name harvest reads a page with (harvester.ts): which elements it
 * skips, and the phrases that say a text is about a colleague, a notes area or a sender.
 */
export const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'SVG', 'svg', 'CANVAS', 'IFRAME', 'OBJECT']);
export const IMAGE_TAGS = new Set(['IMG', 'PICTURE', 'svg', 'SVG', 'CANVAS']);
export const TITLE_TAGS = new Set(['STRONG', 'B', 'A', 'SPAN', 'DIV', 'P', 'TD']);
export const FIELD_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
export const NOT_VALUE_INPUTS = new Set([
  'hidden',
  'checkbox',
  'radio',
  'submit',
  'button',
  'reset',
  'image',
  'file',
  'password',
  'range',
  'color',
]);
/** A mail's parts in an inbox's row, its subject and a snippet: no chat message or note has them (held-out set ZZ, Superhuman). */
// "_lv_subj", a mail list's subject in Outlook.com (held-out set II).
export const MAIL_ROW_PARTS = '[class*="subj" i], [class*="snippet" i]';
export const PHOTO_SELECTOR = 'img, picture, svg[role="img"], [role="img"], [style*="background-image" i]';
export const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,253}\.\p{L}{2,24}/gu;
export const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();
/** Attributes that carry a mail sender's address; a webmail's sender shows it as a tooltip (title). */
export const SENDER_ATTRIBUTES = ['email', 'data-email', 'data-hovercard-id', 'data-sender', 'title'];
export const TITLED = /(?:mevrouw|mevr\.?|heer|meneer|dhr\.?|mw\.?|mr\.?|mrs\.?|ms\.?|dr\.?)\s+$/iu;
/** "Ruud van Veldhuis · Afmelden": the name beside a way to sign out. */
export const SIGN_OUT_BESIDE = /^(?<name>[^·|•()]{2,60}?)\s*[·|•-]\s*(?:afmelden|uitloggen|log ?out|sign ?out)$/iu;
/** "Accountbeheer voor Renske Pauwels", "Account: ...", "Profile of ...". */
export const ACCOUNT_OF =
  /\b(?:account\w*|profiel|profile|ingelogd|signed in|logged in|mijn account)\b[^:]{0,20}?(?:voor|for|van|of|als|as|:)\s*(?<name>[^()@:]{2,60})$/iu;
/** A mail client's title: "E-mail - Renske Pauwels - Outlook", "Inbox (3) - Noor Bakx". */
export const MAIL_TITLE = /^(?:e-?mail|mail|inbox|postvak(?: in)?)(?:\s*\(\d+\))?$/iu;
/**
 * The signed-in user, or the colleague who made or owns what is shown ("Gemaakt door Koen Bakker ·
 * Filiaal ..."), or whose account a sequence's mails go out from ("sending as …", held-out set FF).
 * Not whoever a booking was made by: its invitee ("Booking created by Naveen Raghunathan", set OO).
 */
export const SIGNED_IN =
  /(?:signed in as|logged in as|ingelogd als|ingelogd:|aangemeld als|gebruiker:|user:|(?<!(?:booking|appointment|meeting|afspraak|reservering|boeking)\s)(?:gemaakt door|aangemaakt door|created by)|owned by|sending as|sent as|verzenden als|verstuurd als)\s*(?<name>[^()·|,]{2,60}?)\s*(?:\(|·|\||,|$)/iu;
export const NOTES_HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'CAPTION', 'SUMMARY']);
// "Logboek BPV-docent" is the teacher's log about students, not a list of staff (held-out set GG).
export const NOTES_HEADING =
  /^(?:activiteit(?:en)?|activity|tijdlijn|timeline|logboek|logbook|gespreksverslag(?:en)?|gespreksnotities|evaluatie|interview ?(?:feedback|notes)|feedback|toelichting|scorecards?|beoordeling(?:en)?|comments?|reacties van het team)\b/iu;
/**
 * A short line that gives someone a team role: "Recruiter: Jolien Post", "Uitgenodigd door Joris
 * Kok". In a longer text, or after "als" ("ervaring als beheerder"), the role is experience.
 */
export const STAFF_LINE =
  /^[^\n]{0,40}(?<!\b(?:als|as) )\b(?:interviewer|recruiter|hiring manager|beheerder|administrator|invited by|uitgenodigd door|co[oö]rdinator)\b[^\n]{0,40}$/imu;
export const RECIPIENT_BEFORE = /(?:aan|to|cc|bcc)\s*:\s*$/iu;
export const STAFF_SUFFIX = /^(.{2,60}?)\s*\(([^()]{2,30})\)\s*[▾▼⌄]?$/u;

/** "Doorgestuurd van", "Forwarded from": the name after it wrote the forwarded message, not the entry. */
export const FORWARDED_FROM = /(?:doorgestuurd|forwarded|gedeeld|shared)\s+(?:van|from|door|by)\s*:?$/iu;
