import { useI18n } from '../../../../components/i18n';
import type { MessageKey } from '../../../../lib/i18n/translate';
import type { HardSentence, Hint, HintKind, ReadabilityResult } from '../../../../lib/readability/types';

const KIND_LABEL: Record<HintKind, MessageKey> = {
  'long-sentence': 'dashboard_vacancy_readability_kind_long_sentence',
  'rare-word': 'dashboard_vacancy_readability_kind_rare_word',
  'long-word': 'dashboard_vacancy_readability_kind_long_word',
  passive: 'dashboard_vacancy_readability_kind_passive',
  nominalisation: 'dashboard_vacancy_readability_kind_nominalisation',
  jargon: 'dashboard_vacancy_readability_kind_jargon',
  abbreviation: 'dashboard_vacancy_readability_kind_abbreviation',
};

/** The sentence as text with its word-level hints marked (a long-sentence hint is the whole sentence: listed, not marked). */
function MarkedSentence({ text, sentence }: { text: string; sentence: HardSentence }) {
  const parts = [];
  let at = sentence.start;
  for (const hint of sentence.hints) {
    if (hint.kind === 'long-sentence' || hint.start < at || hint.end > sentence.end + 1) continue;
    if (hint.start > at) parts.push(text.slice(at, hint.start));
    parts.push(
      <mark key={hint.start} class="readability-mark" data-kind={hint.kind}>
        {text.slice(hint.start, hint.end)}
      </mark>,
    );
    at = hint.end;
  }
  if (at < sentence.end) parts.push(text.slice(at, sentence.end));
  return <q class="readability-sentence">{parts}</q>;
}

/**
 * Readability in the paste box: the level against the target and the hardest sentences, with
 * their hints marked by a dotted blue underline and listed as tips. Deliberately unlike the
 * findings above (chips, severity borders): hints are advice, never findings.
 */
export function ReadabilityPanel({ text, result }: { text: string; result: ReadabilityResult }) {
  const { t } = useI18n();
  const hint = (h: Hint) => (
    <li key={`${h.start}-${h.kind}`}>
      <span class="readability-kind">{t(KIND_LABEL[h.kind])}</span> {h.message}
    </li>
  );
  return (
    <div class="readability-result" data-testid="vacancy-try-readability">
      <h3>{t('dashboard_vacancy_readability_title')}</h3>
      <p data-testid="vacancy-try-readability-level">
        {result.level
          ? t(
              result.reached ? 'dashboard_vacancy_readability_reached' : 'dashboard_vacancy_readability_not_reached',
              result.level,
              result.target,
            )
          : `${t('dashboard_vacancy_readability_no_level', result.target)} ${result.reasonMessage ?? ''}`}
      </p>
      {result.hardest.length > 0 && (
        <>
          <p class="ew-muted">{t('dashboard_vacancy_readability_hardest')}</p>
          <ol class="readability-hardest" data-testid="vacancy-try-hardest">
            {result.hardest.map((sentence) => (
              <li key={sentence.start} data-level={sentence.level}>
                <MarkedSentence text={text} sentence={sentence} />
                <ul class="readability-tips">{sentence.hints.map(hint)}</ul>
              </li>
            ))}
          </ol>
        </>
      )}
      <p class="ew-muted">{t('dashboard_vacancy_readability_advice')}</p>
    </div>
  );
}
