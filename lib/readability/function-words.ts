import type { Locale } from '../i18n/locale';

/*
 * Closed-class words (articles, pronouns, prepositions, conjunctions, auxiliaries and the most
 * common adverbs). Everything else counts as a content word: LiNT finds that a text with a higher
 * share of content words is harder to read, because every content word carries new information.
 */
const DUTCH = `de het een en of maar want dus omdat als dan dat die dit deze wat wie welk welke waar
waarom hoe wanneer toen terwijl hoewel zodat tot totdat sinds voordat nadat zonder doordat indien
ik jij je u hij zij ze wij we jullie mij me jou hem haar ons hun hen zich mijn jouw uw zijn onze ons
hun elkaar men iemand niemand iets niets alles iedereen elk elke ieder iedere alle allemaal enkele
sommige veel weinig meer minder meest geen wel niet ook nog al toch zo er hier daar nu straks
van in op aan met voor door bij naar uit over om onder tussen tegen na tijdens zonder binnen buiten
boven achter naast langs rond vanaf vanuit volgens per via te ten ter
ben bent is zijn was waren ben geweest heb hebt heeft hebben had hadden gehad word wordt worden
werd werden geworden kan kun kunt kunnen kon konden mag mogen mocht mochten moet moeten moest
moesten wil wilt willen wilde wilden zal zult zullen zou zouden ga gaat gaan ging gingen doe doet
doen deed deden laat laten
erg heel zeer wat even eens weer steeds altijd nooit vaak soms ook alleen vooral dus daarom daarna
eerst dan waarin waarop waarmee daarin daarop daarmee daarvoor hierin hierop hiermee hiervoor`;

const ENGLISH = `the a an and or but so because if then that this these those what who whom whose which
where why how when while although though since until unless before after whether than as
i you he she it we they me him her us them my your his its our their mine yours ours theirs
myself yourself himself herself itself ourselves themselves one someone anyone everyone nobody
something anything everything nothing each every all both some any many much more most few less
no not also too very just only still already yet even again here there now then
of in on at to for with by from about into onto over under between against through during without
within across along around behind beside near off out up down upon via per
am is are was were be been being have has had having do does did doing done will would shall
should can could may might must let get gets got
really quite rather always never often sometimes usually`;

function wordsOf(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((w) => w.length > 0));
}

const FUNCTION_WORDS: Record<Locale, ReadonlySet<string>> = { nl: wordsOf(DUTCH), en: wordsOf(ENGLISH) };

/** True for a closed-class word of the language (normalised form). */
export function isFunctionWord(lang: Locale, norm: string): boolean {
  return FUNCTION_WORDS[lang].has(norm);
}
