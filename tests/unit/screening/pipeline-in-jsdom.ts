import { createPipeline } from '../../../entrypoints/screening.content/page-pipeline';
import type { PipelineOptions } from '../../../entrypoints/screening.content/page-pipeline-types';
import { NO_ADAPTER } from '../../../entrypoints/screening.content/generic-adapter';
import { MARKER_CATEGORIES } from '../../../lib/blinding/categories';
import type { NameLexicon } from '../../../lib/blinding/name-lexicon';
import { createPaintHolds } from '../../../lib/page/hold-paint';

/** The page pipeline on `doc`, configured for every category without a site adapter; `overrides` replace its callbacks. */
export function pipelineFor(doc: Document, lexicon: NameLexicon, overrides: Partial<PipelineOptions> = {}) {
  const pipeline = createPipeline({
    doc,
    holds: createPaintHolds(doc),
    lexicon,
    isOwnElement: () => false,
    layer: doc.createElement('div'),
    photoStyle: doc.createElement('style'),
    awaitsNumbers: () => true,
    onFresh: () => undefined,
    onApplicantPage: () => undefined,
    onChange: () => undefined,
    onFailure: (error) => {
      throw error;
    },
    ...overrides,
  });
  pipeline.configure({ adapter: NO_ADAPTER, hidden: new Set(MARKER_CATEGORIES), locale: 'nl' });
  return pipeline;
}
