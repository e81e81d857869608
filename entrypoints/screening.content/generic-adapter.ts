import { judgeName } from '../../lib/blinding/name-evidence';
import type { NameLexicon } from '../../lib/blinding/name-lexicon';
import type { ScreeningAdapter } from '../../lib/sites/screening-adapters/schema';

/** No site knowledge: no selectors, only what the page itself says (until the session names the site's adapter). */
export const NO_ADAPTER: ScreeningAdapter = {
  id: 'generic',
  label: '',
  matches: [],
  names: [],
  containers: [],
  photos: [],
  fields: [],
  notes: [],
  vacancyTitle: [],
  attributes: [],
  reference: '',
};

/** A name the generic mode's selectors found, weighed like a name under a "Naam" label. */
export function judgeSelected(lexicon: NameLexicon): (text: string) => string | undefined {
  return (text) => {
    const verdict = judgeName(text, ['field-role'], lexicon);
    return verdict.accept ? verdict.name : undefined;
  };
}
