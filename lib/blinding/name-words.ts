import { foldText } from './text-fold';
import { wordList } from './word-text';

/**
 * Word lists for name handling. All entries are folded (lower case, no diacritics), see text-fold.
 */

/**
 * Tussenvoegsels and name particles of other languages. Dutch: the GBA/BRP table of voorvoegsels
 * (van, van der, in 't, ...); also Arabic (el, al, bin, ben, abu), Romance (de, da, dos, del, y),
 * German (von, zu). A particle alone is never a name; it belongs to the family name after it.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  wordList(`
  van, de, der, den, des, het, t, te, ten, ter, in, op, uit, aan, bij, onder, over, voor, tot, vd, v,
  d, von, zu, zum, vom, le, la, les, l, du, da, das, do, dos, di, del, della, dello, degli, dei, y,
  el, al, ul, bin, ibn, ben, bint, abu, abou, ould, st, mc, o
`),
);

/**
 * A particle as it stands between the words of a written full name, as a regular-expression source
 * (lower case, as inside a name: "Anna van der Berg", "Nuno dos Santos", "Kees in 't Veld"). "in"
 * counts only with its article, so that "Marloes in Zwolle" stays two names; "op", "aan" and "bij"
 * belong to places ("Alphen aan den Rijn", capture.ts's INNER_PARTICLE), not to people.
 */
export const PERSON_PARTICLE = String.raw`(?:in[ \u00A0](?:'t|’t|de|den|het)|van|de|der|den|het|'t|’t|ter|ten|te|el|al|bin|ben|ibn|abu|von|zu|da|dos|do|di|du|del|la|le)`;

/** Titles and degrees that may precede or follow a name in a field; dropped when parsing. */
export const NAME_TITLES: ReadonlySet<string> = new Set(
  wordList(`
  dhr, mevr, mw, mr, mrs, ms, miss, dr, drs, ing, ir, prof, bsc, msc, ba, ma, phd, meneer, mevrouw,
  heer, de heer, sir, madam, jr, sr, herr, frau
`),
);

/**
 * Family and given names that are also ordinary Dutch or English words. Such a part is "weak": it
 * is hidden only with evidence that it is used as a name ("stage bij een bakker", "de visserij",
 * "CAN-bus" and "op de Dam" must stay readable: docs/decisions.md#ordinary-words-stay-readable).
 * Occupational Dutch surnames come from the Meertens Nederlandse Familienamenbank top list; the
 * rest are common names that are words.
 */
export const COMMON_WORD_NAMES: ReadonlySet<string> = new Set([
  // Dutch surnames that are nouns or adjectives
  ...wordList(`
    bakker, visser, smit, smid, mulder, boer, dekker, brouwer, koster, schipper, kok, kuiper, molenaar,
    timmerman, timmer, schilder, wever, kramer, jager, visscher, schaap, vos, bos, berg, dam, dijk,
    brink, veen, wit, zwart, groen, klein, groot, lang, kort, winter, zomer, storm, vogel, haas, wolf,
    beer, kat, leeuw, hertog, graaf, prins, koning, keizer, ridder, paus, bisschop, meer, veld, weg,
    hof, kamp, poort, kerk, engel, hoek, haan, bosch, molen, boom, linden, akker, water, zand, steen,
    rots, mol, snel, sterk, vroom, rijk, blom, bloem, roos, hoop, vrij, schouten, boot, brug, post,
    hout, goud, zilver, koper, ijzer, glas, schut, bruin, rood, geel, blauw, baas, knecht, maas, rijn,
    noord, zuid, oost, west, kraai, mees, vink, zwaan, eend, kraan, ploeg, hamer, spijker, stam, tak,
    blad, gras, heide, duin, strand, zee, wal, gracht, burg, slot, toren, muur, huis, dak, deur, raam,
    pot, pan, kist, kooi, nest, vis, hond, paard, koe, stier, bok, geit, lam, pauw, uil, valk, arend,
    spreeuw, lijster, bouwman, bouwer, slager, snijder, kleermaker, verver, metselaar, stoker, voerman,
    koopman, dokter, meester, rechter, zanger, speelman, kanter, beek, bron, jong, lange, leeuwen,
    bergen, broek, vliet, wijk, ruiter, kroon, ros, loon, arts, koekoek, reus, drost, tuin, land,
    brand, borst, knoop, plas, poel, wiel, oud, nieuw, stoel, vaart, horst, laan, straat, plein, markt,
    park, mars
  `),
  // Given names that are words
  ...wordList(`
    can, ben, wil, will, bas, mark, rob, jet, lot, fleur, iris, roos, mees, sterre, sky, zon, noor,
    floor, ay, su, nil, said, hope, faith, grace, joy, rose, lily, jade, ruby, amber, hazel, daisy,
    bill, pat, guy, may, june, april, summer, dawn, sunny, frank, sol, pax, dean, earl, king, major,
    miller, baker, smith, cook, carpenter, fisher, hunter, taylor, turner, walker, young, brown, green,
    white, black, gray, grey, strong, wood, hill, stone, bird, fox
  `),
  // Chinese and Vietnamese names that are Dutch or English words
  ...wordList(`
    he, ma, sun, song, tang, han, wei, ye, du, yu, lu, ding, ren, hu, long, do, ho, to, le, ha, an,
    van, thi, vo, vu, bui, ly, ngo, lin, li, man, mei, tan, wang, lee, park, ko, ok
  `),
]);

/** Words before a trade name that make it a qualification: "niveau 2 Bakker", "mbo Bakker", "allround Timmerman". */
export const LEVEL_WORDS: ReadonlySet<string> = new Set(
  wordList(`niveau, level, mbo, vmbo, hbo, leerling, allround, zelfstandig, eerste, tweede, senior, medior, junior`),
);

/** "Junior Developer", "Senior Verpleegkundige": a level opens a job's title, never a person's name. */
export const opensWithLevel = (text: string): boolean => LEVEL_WORDS.has(foldText(text.split(/\s/u)[0] ?? ''));

/** Words before a trade name that make it a job: "Vacature Koster", "Vacature: Koster", "functie Bakker". */
export const JOB_WORDS: ReadonlySet<string> = new Set(wordList(`vacature, vacatures, vacancy, functie, stageplek, stageplaats`));

/** Greeting words after which a capitalised word is a name ("Beste Dam", "Dear Can"). */
export const GREETING_WORDS: ReadonlySet<string> = new Set(
  wordList(`
  beste, geachte, hoi, hallo, hey, hi, hello, dear, lieve, dag, goedemorgen, goedemiddag,
  goedenavond, hai, hee
`),
);

/** Titles after which any following word is a name ("meneer Bakker", "mevr. Visser", "Ms Can"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  wordList(`
  dhr, mevr, mw, meneer, mevrouw, heer, mr, mrs, ms, miss, juffrouw, kandidaat, kandidate,
  sollicitant, sollicitante, stagiair, stagiaire, student, studente, candidate, applicant, dr, drs,
  ing, ir, prof
`),
);

/**
 * Words after which a capitalised common word is that word and not a name: articles and
 * determiners ("op de Dam", "een Bakker", "the Baker").
 */
export const DETERMINERS: ReadonlySet<string> = new Set(
  wordList(`
  de, het, een, der, den, des, t, the, a, an, deze, die, dat, dit, this, that, these, those, onze,
  ons, mijn, my, our, uw, your, elke, ieder, iedere, every, each, geen, no
`),
);

/**
 * Function words: at the start of a sentence they are read as words, not names ("Ben je er
 * morgen?", "Can you", "Will you", "Said").
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  wordList(`
  ben, wil, can, will, may, said, he, do, to, an, van, de, op, in, al, el, ha, ho, ma, hope, long,
  so, su, ye, du, lot, ren, man, ok, le, sun, song, wei, ding, pan, hoop, mark, kan, mag
`),
);
