/*
 * Numbers as vacancies write them: digits ("45"), Dutch and English number words, written as one
 * word after normalisation ("vijfentwintig", "twenty-five" → "twentyfive"), with a plus ("50-plus",
 * "vijftigplussers", "forty-plus", "55+") or as a decade of life ("twintigers", "twenties"). Parsed,
 * not listed, so every age from 14 to 99 is known without a list of ages.
 */

const NL_UNITS: Record<string, number> = {
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
};
const NL_TEENS: Record<string, number> = {
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
};
const NL_TENS: Record<string, number> = {
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
};
const EN_UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const EN_TEENS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const EN_TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** A number word without plus or decade endings, or undefined. */
function plainNumberWord(word: string): number | undefined {
  const direct = NL_UNITS[word] ?? NL_TEENS[word] ?? NL_TENS[word] ?? EN_UNITS[word] ?? EN_TEENS[word] ?? EN_TENS[word];
  if (direct !== undefined) return direct;
  // Dutch writes units before tens: vijfentwintig, eenenveertig, drieëntwintig (normalised: drieentwintig).
  const nl = /^([a-z]+?)e?en(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/.exec(word);
  if (nl) {
    const unit = NL_UNITS[nl[1] as string] ?? NL_UNITS[`${nl[1] as string}e`];
    if (unit !== undefined) return unit + (NL_TENS[nl[2] as string] as number);
  }
  // English writes tens before units: twentyfive (from twenty-five).
  const en = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(one|two|three|four|five|six|seven|eight|nine)$/.exec(word);
  if (en) return (EN_TENS[en[1] as string] as number) + (EN_UNITS[en[2] as string] as number);
  return undefined;
}

export interface ParsedNumber {
  value: number;
  /** "50-plus", "55plussers", "forty-plus", "45+": this age or older. */
  plus: boolean;
  /** "twintigers", "thirties": the ten years from value. */
  decade: boolean;
  /** The word names people ("50-plussers", "dertigers"), not just a number. */
  people: boolean;
}

const DIGITS = /^(\d{1,3})(\+|plus|plusser|plussers|plusers|ers|jarige|jarigen)?$/;
const PLUS_WORD = /^([a-z]+?)(plus|plusser|plussers)$/;
const NL_DECADE = /^(twintig|dertig|veertig|vijftig|zestig)ers?$/;
const EN_DECADE = /^(twent|thirt|fort|fift|sixt)ies$/;
const EN_DECADE_STEM: Record<string, number> = { twent: 20, thirt: 30, fort: 40, fift: 50, sixt: 60 };

/** Remembered per word: this runs on every token of every sentence that has a group word. */
const MEMO_LIMIT = 20_000;
let memo = new Map<string, ParsedNumber | null>();

/** What number a normalised token stands for, if any. Never throws. */
export function parseNumber(norm: string): ParsedNumber | undefined {
  let parsed = memo.get(norm);
  if (parsed === undefined) {
    parsed = computeNumber(norm) ?? null;
    if (memo.size >= MEMO_LIMIT) memo = new Map();
    memo.set(norm, parsed);
  }
  return parsed ?? undefined;
}

function computeNumber(norm: string): ParsedNumber | undefined {
  if (norm.length === 0 || norm.length > 24) return undefined;
  const digits = DIGITS.exec(norm);
  if (digits) {
    const suffix = digits[2] ?? '';
    const plus = suffix.startsWith('plus') || suffix === '+';
    return { value: Number(digits[1]), plus, decade: false, people: /^(?:plusser|plussers|plusers|jarige|jarigen)$/.test(suffix) };
  }
  const word = plainNumberWord(norm);
  if (word !== undefined) return { value: word, plus: false, decade: false, people: false };
  const plusWord = PLUS_WORD.exec(norm);
  if (plusWord) {
    const value = plainNumberWord(plusWord[1] as string);
    if (value !== undefined) return { value, plus: true, decade: false, people: plusWord[2] !== 'plus' };
  }
  const nlDecade = NL_DECADE.exec(norm);
  if (nlDecade) return { value: NL_TENS[nlDecade[1] as string] as number, plus: false, decade: true, people: true };
  const enDecade = EN_DECADE.exec(norm);
  if (enDecade) return { value: EN_DECADE_STEM[enDecade[1] as string] as number, plus: false, decade: true, people: false };
  return undefined;
}

/** Ages an ad might ask for: below 14 is children as clients, above 99 is no age. */
export function isAgeValue(n: ParsedNumber): boolean {
  return n.value >= 14 && n.value <= 99;
}
