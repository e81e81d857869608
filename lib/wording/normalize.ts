/**
 * Normalised form of a word, used for both rule patterns and text tokens: lower case, no
 * diacritics (geïnteresseerd = geinteresseerd, caissière = caissiere), and no hyphens or
 * apostrophes inside words, so "moedertaal-spreker" and "moedertaalspreker" or "collega's" and
 * "collegas" meet. Slashes stay ("m/v", "hij/zij" are their own words).
 */
const ASCII_LOWER_PLAIN = /^[a-z0-9/]*$/;
const NON_ASCII = /[^\t-\u007f]/;
const MARKS = /\p{M}/gu;
const JOINERS = /[-\u2010\u2011'\u2019`]/g;

export function normalizeWord(raw: string): string {
  if (ASCII_LOWER_PLAIN.test(raw)) return raw;
  let word = raw.toLowerCase();
  if (ASCII_LOWER_PLAIN.test(word)) return word;
  // NFD splits "ï" into "i" + a combining mark, which MARKS then drops. Plain ASCII has neither and
  // skips both (NON_ASCII also catches the control characters below the tab, where NFD is harmless).
  if (NON_ASCII.test(word)) word = word.normalize('NFD').replace(MARKS, '');
  return word.replace(JOINERS, '');
}

/** Collapse whitespace and case so that a sentence fingerprint survives re-formatting. */
export function normalizePhrase(text: string): string {
  return text
    .split(/[^\p{L}\p{M}\p{N}/]+/u)
    .filter((w) => w.length > 0)
    .map(normalizeWord)
    .join(' ');
}
