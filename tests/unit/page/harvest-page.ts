import type { NameLexicon } from '../../../lib/blinding/name-lexicon';
import { createHarvester } from '../../../lib/page/harvest/harvester';
import { createPageMarks } from '../../../lib/page/harvest/page-marks';
import { readPageRole } from '../../../lib/page/page-role';

/** Puts `markup` in the body and reads it once: the names found, the photos to hide, the page's role. */
export function harvestPage(markup: string, lexicon: NameLexicon) {
  document.body.replaceChildren(document.createRange().createContextualFragment(markup));
  const marks = createPageMarks();
  const photos: Element[] = [];
  const harvester = createHarvester({ lexicon, marks, onPhoto: (photo) => photos.push(photo) });
  harvester.pass(document.documentElement).run();
  const names = harvester.take().map((name) => name.name);
  return {
    names,
    harvester,
    marks,
    photos,
    role: () => readPageRole(document, { ...harvester.evidence, names: names.length, adapterNames: 0 }),
  };
}
