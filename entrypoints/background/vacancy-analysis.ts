/**
 * The background's side of the vacancy check: run the engine on text a content script sent, drop
 * what the user ignored, and shape the answer for the wire. The engine stays here, out of every
 * page (its rule packs are far larger than the content script's budget).
 */
import type { Locale } from '../../lib/i18n/locale';
import type { AnalysisReply, WireFinding } from '../../lib/messages/vacancy-messages';
import type { Settings } from '../../lib/settings/schema';
import { analyze } from '../../lib/wording/analyze';
import type { AnalysisResult, Finding, LanguageOption } from '../../lib/wording/types';

export interface Ignores {
  /** Rule ids ignored everywhere and on this site. */
  rules: ReadonlySet<string>;
  /** Fingerprints of single occurrences ignored on this site. */
  fingerprints: ReadonlySet<string>;
}

export function ignoresFor(settings: Settings, site: string | undefined, fingerprints: Iterable<string>): Ignores {
  const rules = new Set(settings.wording.ignoredRules);
  for (const rule of (site && settings.wording.ignoredRulesBySite[site]) || []) rules.add(rule);
  return { rules, fingerprints: new Set(fingerprints) };
}

function toWire(finding: Finding): WireFinding {
  return {
    start: finding.start,
    end: finding.end,
    text: finding.text.slice(0, 500),
    ruleId: finding.ruleId,
    ground: finding.ground,
    severity: finding.severity,
    message: finding.message,
    explanation: finding.explanation,
    alternatives: finding.alternatives.slice(0, 20),
    legalBasis: finding.legalBasis.slice(0, 20),
    sources: finding.sources.slice(0, 20),
    mayNotApply: (finding.mayNotApply ?? []).slice(0, 20),
    fingerprint: finding.fingerprint,
    lang: finding.lang,
  };
}

/**
 * Results of recent texts, so re-checking a block whose text did not change (a re-render, a
 * second editor, the SPA coming back to the same vacancy) costs a lookup, not an analysis.
 */
const CACHE_SIZE = 32;
const cache = new Map<string, AnalysisResult>();

function cachedAnalyze(text: string, lang: LanguageOption, locale: Locale): AnalysisResult {
  const key = `${lang}\u0000${locale}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const result = analyze(text, { lang, locale });
  cache.set(key, result);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return result;
}

export function analyzeForPage(text: string, lang: LanguageOption, locale: Locale, ignores: Ignores): AnalysisReply {
  const result = cachedAnalyze(text, lang, locale);
  const kept = result.findings.filter((f) => !ignores.rules.has(f.ruleId) && !ignores.fingerprints.has(f.fingerprint));
  return {
    lang: result.lang,
    findings: kept.map(toWire),
    ignored: result.findings.length - kept.length,
    gender: {
      masculine: result.genderBalance.masculine,
      feminine: result.genderBalance.feminine,
      verdict: result.genderBalance.verdict,
      note: result.genderBalance.note,
    },
  };
}
