import type { Locale } from '../i18n/locale';
import type { Ground, Severity } from '../schema/grounds';
import type { CompiledRule } from './compile';
import { EXCEPTIONS } from './exceptions';
import { findingFingerprint } from './fingerprint';
import { langIndex } from './language-facts';
import type { StatedEffect } from './stated-exceptions';
import type { Token } from './tokenize';
import type { Finding } from './types';

/** Where a finding is: tokens [first, last) at offsets [start, end), inside the sentence window [from, to). */
export interface FindingPlace {
  first: number;
  last: number;
  start: number;
  end: number;
  from: number;
  to: number;
}

/** The lawful exceptions' texts, Dutch and English, at langIndex (language-facts.ts). */
const EXCEPTION_TEXTS = new Map(Object.entries(EXCEPTIONS).map(([id, text]) => [id, [text.nl, text.en]]));

/**
 * The finding of `compiled` at `place`. A stated exception (stated-exceptions.ts) lowers it to
 * style and names that exception first; `text` starts at offset `base`.
 */
export function makeFinding(
  compiled: CompiledRule,
  place: FindingPlace,
  effect: Extract<StatedEffect, { kind: 'may-not-apply' }> | undefined,
  text: string,
  base: number,
  tokens: readonly Token[],
  lang: Locale,
  locale: Locale,
): Finding {
  const says = compiled.says;
  const at = langIndex(locale);
  const exceptions = effect ? [effect.exception, ...says.exceptions.filter((e) => e !== effect.exception)] : says.exceptions;
  const ground: Ground = compiled.ground;
  const severity: Severity = effect ? 'style' : compiled.severity;
  return {
    start: place.start,
    end: place.end,
    text: text.slice(place.start - base, place.end - base),
    ruleId: says.id,
    ground,
    severity,
    message: says.message[at] as string,
    explanation: says.explanation[at] as string,
    alternatives: [...says.alternatives],
    legalBasis: [...says.legalBasis],
    sources: says.sources.map((s) => ({ ...s })),
    evidence: says.evidence,
    fingerprint: findingFingerprint(says.id, tokens, place.first, place.last, place.from, place.to),
    lang,
    mayNotApply: exceptions.map((id) => (EXCEPTION_TEXTS.get(id) as string[])[at] as string),
  };
}
