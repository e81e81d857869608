/**
 * The background's side of the vacancy check: run the engine on text a content script sent, drop
 * what the user ignored, and shape the answer for the wire. The engine stays here, out of every
 * page (its rule packs are far larger than the content script's budget).
 */
import type { Locale } from '../../lib/i18n/locale';
import type { AnalysisReply, WireFinding } from '../../lib/messages/vacancy-messages';
import type { Level } from '../../lib/readability/levels';
import type { Settings } from '../../lib/settings/schema';
import { createIncrementalAnalyzer, type IncrementalAnalyzer } from '../../lib/wording/incremental';
import { applySuppressions } from '../../lib/wording/suppress';
import type { AnalysisResult, Finding, LanguageOption } from '../../lib/wording/types';
import { pageReadability } from './page-readability';

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
 * One incremental analyser per checked block (tab, frame and the script's block id): while the
 * user types, only the paragraphs whose text changed are analysed again (lib/wording/incremental).
 * The oldest analysers are dropped beyond a few dozen blocks.
 */
const MAX_ANALYZERS = 48;
const analyzers = new Map<string, IncrementalAnalyzer>();

function analyzerFor(key: string): IncrementalAnalyzer {
  let analyzer = analyzers.get(key);
  if (analyzer) analyzers.delete(key);
  else analyzer = createIncrementalAnalyzer();
  analyzers.set(key, analyzer);
  if (analyzers.size > MAX_ANALYZERS) analyzers.delete(analyzers.keys().next().value as string);
  return analyzer;
}

/**
 * The answer for one block: its findings, and its readability against `readabilityTarget` (none
 * where readability is switched off for the site). Readability is advice: it never changes the
 * findings or their counts.
 */
export function analyzeForPage(
  text: string,
  lang: LanguageOption,
  locale: Locale,
  ignores: Ignores,
  block = 'default',
  readabilityTarget: Level | null = null,
): AnalysisReply {
  const analyzer = analyzerFor(block);
  const result: AnalysisResult = analyzer.analyze(text, { lang, locale });
  const kept = applySuppressions(result.findings, { ignoredRules: ignores.rules, ignoredFingerprints: ignores.fingerprints });
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
    readability: readabilityTarget ? pageReadability(text, lang, locale, readabilityTarget, analyzer.paragraphs) : null,
  };
}
