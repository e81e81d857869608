import { el } from '../../lib/content/element';
import type { PageReadability } from '../../lib/messages/readability-wire';
import type { Strings } from './strings';

/** The readability of the panel's main block, with the text its offsets point into. */
export interface PanelReadability {
  text: string;
  result: PageReadability;
}

type Hint = PageReadability['hardest'][number]['hints'][number];

/** A sentence longer than this is shown cut off: the panel is small, the hints say the rest. */
const MAX_SHOWN = 600;

/**
 * The sentence with its word hints marked. The marker is a calm green box, unlike every finding
 * style (red line, orange wave, blue dots, yellow fill), because hints are advice and never
 * findings (docs/readability.md). A long-sentence hint is the whole sentence: listed, not marked.
 */
function markedSentence(doc: Document, text: string, sentence: PageReadability['hardest'][number]): HTMLElement {
  const end = Math.min(sentence.end, sentence.start + MAX_SHOWN, text.length);
  const quote = el(doc, 'q', { class: 'advice-sentence' });
  let at = sentence.start;
  for (const hint of sentence.hints) {
    if (hint.kind === 'long-sentence' || hint.start < at || hint.end > end) continue;
    if (hint.start > at) quote.append(text.slice(at, hint.start));
    quote.append(el(doc, 'mark', { class: 'advice-mark', 'data-kind': hint.kind }, text.slice(hint.start, hint.end)));
    at = hint.end;
  }
  if (at < end) quote.append(text.slice(at, end));
  if (end < sentence.end) quote.append('…');
  return quote;
}

function tip(doc: Document, strings: Strings, text: string, hint: Hint): HTMLElement {
  const kind = strings.t(`vacancy_readability_kind_${hint.kind.replace(/-/g, '_')}`);
  const words = hint.kind === 'long-sentence' ? '' : text.slice(hint.start, Math.min(hint.end, hint.start + 80));
  return el(
    doc,
    'li',
    { 'data-kind': hint.kind },
    el(doc, 'span', { class: 'advice-kind' }, kind),
    words ? ` “${words}”: ` : ': ',
    hint.message,
  );
}

/** The panel's readability part: level against target, the hardest sentences and their advice. */
export function readabilitySection(doc: Document, strings: Strings, readability: PanelReadability): HTMLElement {
  const { t } = strings;
  const { text, result } = readability;
  const titleId = 'ew-readability-title';
  const section = el(doc, 'section', { class: 'advice', 'aria-labelledby': titleId, 'data-testid': 'ew-panel-readability' });
  const level = result.level
    ? t(result.reached ? 'vacancy_readability_reached' : 'vacancy_readability_not_reached', result.level, result.target)
    : `${t('vacancy_readability_no_level', result.target)} ${result.reasonMessage ?? ''}`.trim();
  section.append(
    el(
      doc,
      'h3',
      { id: titleId },
      t('vacancy_readability_title'),
      ' ',
      el(doc, 'span', { class: 'advice-chip' }, t('vacancy_readability_advice_label')),
    ),
    el(doc, 'p', { 'data-testid': 'ew-readability-level', 'data-level': result.level ?? '', 'data-target': result.target }, level),
  );
  if (result.hardest.length > 0) {
    const list = el(doc, 'ol', { class: 'advice-hardest', 'data-testid': 'ew-readability-hardest' });
    for (const sentence of result.hardest) {
      const tips = el(doc, 'ul', { class: 'advice-tips' });
      for (const hint of sentence.hints.slice(0, 12)) tips.append(tip(doc, strings, text, hint));
      list.append(
        el(
          doc,
          'li',
          { 'data-level': sentence.level },
          el(doc, 'span', { class: 'muted' }, t('vacancy_readability_sentence', sentence.level)),
          ' ',
          markedSentence(doc, text, sentence),
          tips,
        ),
      );
    }
    section.append(el(doc, 'p', { class: 'muted' }, t('vacancy_readability_hardest')), list);
  }
  section.append(el(doc, 'p', { class: 'muted' }, t('vacancy_readability_note')));
  return section;
}
