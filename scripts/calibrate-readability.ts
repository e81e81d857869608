/**
 * `npm run readability-calibrate`: fits the level model on tests/fixtures/readability, writes
 * lib/readability/data/level-model.json and prints the agreement and pair figures that
 * docs/readability.md reports. A unit test fails when the committed model differs from this fit.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crossValidate, evaluatePairs, fitLevelModel } from './readability-calibration';

const model = fitLevelModel();
const target = fileURLToPath(new URL('../lib/readability/data/level-model.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(model, null, 1)}\n`, 'utf8');
console.log(`Wrote ${target}`);

const pct = (n: number, d: number) => `${n}/${d} (${Math.round((100 * n) / d)}%)`;
for (const a of crossValidate()) {
  console.log(`${a.lang}: exact ${pct(a.exact, a.texts)}, within one step ${pct(a.withinOne, a.texts)}`);
  for (const [known, row] of Object.entries(a.confusion).sort()) console.log(`  ${known} -> ${JSON.stringify(row)}`);
}
const pairs = evaluatePairs(model);
for (const lang of ['nl', 'en'] as const) {
  for (const written of [true, false]) {
    const set = pairs.filter((p) => p.lang === lang && p.written === written);
    const label = written ? 'written ad pairs' : 'real rewrites';
    console.log(
      `${lang} ${label}: plain <= B1 ${pct(set.filter((p) => p.plainOk).length, set.length)}, dense >= B2 ${pct(set.filter((p) => p.denseOk).length, set.length)}, ordered ${pct(set.filter((p) => p.ordered).length, set.length)}`,
    );
    for (const p of set.filter((x) => !x.plainOk || !x.denseOk || !x.ordered))
      console.log(
        `  miss ${p.id}: plain ${p.plain.level} (${p.plain.score.toFixed(2)}), dense ${p.dense.level} (${p.dense.score.toFixed(2)})`,
      );
  }
}
