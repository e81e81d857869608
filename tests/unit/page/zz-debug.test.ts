import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { createNameLexicon } from '../../../lib/blinding/name-lexicon';
import { NAME_LEXICON_DATA } from '../../../lib/blinding/name-lexicon-data';
import { createHarvester } from '../../../lib/page/harvest/harvester';
import { createPageMarks } from '../../../lib/page/harvest/page-marks';
import { applicantWords, decidePageRole, vacancySignals } from '../../../lib/page/page-role';

const lexicon = createNameLexicon(NAME_LEXICON_DATA);
it('debug', () => {
  for (const file of (process.env.DBG ?? '').split(',')) {
    const html = readFileSync(file.includes('/') ? file : `tests/fixtures/pages/screening/kinds/${file}`, 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    document.head.innerHTML = doc.head.innerHTML;
    document.body.innerHTML = doc.body.innerHTML;
    document.documentElement.lang = doc.documentElement.lang;
    const marks = createPageMarks();
    const harvester = createHarvester({ lexicon, marks, onPhoto: (e) => console.log('PHOTO', e.outerHTML.slice(0, 80)) });
    harvester.pass(document.documentElement).run();
    const names = harvester.take();
    const evidence = { ...harvester.evidence, names: names.length, adapterNames: 0 };
    console.log(
      file,
      JSON.stringify(names.map((n) => [n.name, n.cues, n.score])),
      JSON.stringify(evidence),
      applicantWords(document),
      JSON.stringify(vacancySignals(document)),
      decidePageRole(evidence, applicantWords(document), vacancySignals(document)),
    );
  }
});
