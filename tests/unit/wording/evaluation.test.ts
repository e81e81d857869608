import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { groundSchema, severitySchema } from '../../../lib/schema/grounds';
import { analyze } from '../../../lib/wording/analyze';
import enClean from '../../fixtures/wording/en-clean.json';
import enFlag from '../../fixtures/wording/en-flag.json';
import nlClean from '../../fixtures/wording/nl-clean.json';
import nlFlag from '../../fixtures/wording/nl-flag.json';
import blindEn from '../../fixtures/wording/blind/en.json';
import blindNl from '../../fixtures/wording/blind/nl.json';
import generalisationEn from '../../fixtures/wording/generalisation-en.json';
import generalisationNl from '../../fixtures/wording/generalisation-nl.json';
import { blindItemSchema, rate, scoreBlindSet, scoreTable, show } from './blind-metrics';

/*
 * Two sets. The regression set (tests/fixtures/wording/*.json) was written next to the rules:
 * texts that must be flagged, labelled with the expected ground, severity and phrase, and clean
 * texts (many of them traps). Recall counts an expected phrase as found when a finding with the
 * same ground overlaps it; a false alarm is a clean text with any finding of severity prohibited
 * or risk. Targets: docs/decisions.md#vacancy-check-targets. The blind set
 * (tests/fixtures/wording/blind) was written by someone who never read the rules and is scored as
 * outside checks score the CLI (blind-metrics.ts); docs/wording-evaluation.md has its figures.
 */
const flagSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      lang: z.enum(['nl', 'en']),
      text: z.string().min(1),
      source: z.string().min(1),
      expect: z.array(z.object({ ground: groundSchema, severity: severitySchema, phrase: z.string().min(1) })).min(1),
    }),
  ),
});
const cleanSchema = z.object({
  items: z.array(
    z.object({ id: z.string(), lang: z.enum(['nl', 'en']), text: z.string().min(1), source: z.string().min(1), note: z.string() }),
  ),
});

const FILES: Record<string, unknown> = {
  'nl-flag.json': nlFlag,
  'nl-clean.json': nlClean,
  'en-flag.json': enFlag,
  'en-clean.json': enClean,
};
const load = (name: string): unknown => FILES[name];

const TARGET_RECALL = { nl: 0.95, en: 0.9 } as const;
const MAX_FALSE_ALARMS = 0.02;

for (const lang of ['nl', 'en'] as const) {
  describe(`evaluation set (${lang})`, () => {
    const flagged = flagSchema.parse(load(`${lang}-flag.json`)).items;
    const clean = cleanSchema.parse(load(`${lang}-clean.json`)).items;

    it('labels each expected phrase so that it occurs in its text', () => {
      for (const item of flagged) for (const e of item.expect) expect(item.text.includes(e.phrase), item.id).toBe(true);
    });

    it(`reaches recall >= ${TARGET_RECALL[lang]} per language and reports it per ground`, () => {
      const perGround = new Map<string, { found: number; total: number }>();
      let severityAgrees = 0;
      let total = 0;
      let found = 0;
      const misses: string[] = [];
      for (const item of flagged) {
        const findings = analyze(item.text, { lang }).findings;
        for (const e of item.expect) {
          const start = item.text.indexOf(e.phrase);
          const end = start + e.phrase.length;
          const hit = findings.find((f) => f.ground === e.ground && f.start < end && start < f.end);
          const stats = perGround.get(e.ground) ?? { found: 0, total: 0 };
          stats.total++;
          total++;
          if (hit) {
            stats.found++;
            found++;
            if (hit.severity === e.severity) severityAgrees++;
          } else misses.push(`${item.id} ${e.ground}: ${item.text}`);
          perGround.set(e.ground, stats);
        }
      }
      const report = [...perGround.entries()].map(([g, s]) => `${g} ${s.found}/${s.total}`).join(', ');
      console.info(
        `[wording eval ${lang}] recall ${(found / total).toFixed(3)} (${found}/${total}); severity agrees ${severityAgrees}/${found}; per ground: ${report}`,
      );
      if (misses.length > 0) console.info(`[wording eval ${lang}] misses:\n${misses.join('\n')}`);
      expect(found / total).toBeGreaterThanOrEqual(TARGET_RECALL[lang]);
    });

    it(`keeps false alarms on clean texts <= ${MAX_FALSE_ALARMS * 100}%`, () => {
      const alarms = clean.filter((item) =>
        analyze(item.text, { lang }).findings.some((f) => f.severity === 'prohibited' || f.severity === 'risk'),
      );
      console.info(`[wording eval ${lang}] false alarms ${alarms.length}/${clean.length}: ${alarms.map((a) => a.id).join(', ')}`);
      expect(alarms.length / clean.length).toBeLessThanOrEqual(MAX_FALSE_ALARMS);
    });

    it('also detects the language of each text without a hint', () => {
      const wrong = [...flagged, ...clean].filter((item) => item.text.split(/\s+/).length >= 8 && analyze(item.text).lang !== lang);
      expect(wrong.map((w) => w.id)).toEqual([]);
    });
  });
}

it('has at least 150 texts to flag and 150 clean texts in all', () => {
  const flagged = ['nl', 'en'].reduce((n, l) => n + flagSchema.parse(load(`${l}-flag.json`)).items.length, 0);
  const clean = ['nl', 'en'].reduce((n, l) => n + cleanSchema.parse(load(`${l}-clean.json`)).items.length, 0);
  expect(flagged).toBeGreaterThanOrEqual(150);
  expect(clean).toBeGreaterThanOrEqual(150);
});

/*
 * Floors for the blind set and the generalisation set (written before the second round of fixes
 * for the kinds a held-out corpus missed; docs/wording-evaluation.md): figures measured after that
 * round, rounded down with a margin, so that a change that loses recall or adds false alarms
 * fails here. Neither set is ever edited to fit.
 */
const FLOOR = { recall: 0.96, falseAlarms: 0.02 } as const;
const SETS: Record<string, { floor: { recall: number; falseAlarms: number }; data: Record<'nl' | 'en', unknown> }> = {
  blind: { floor: FLOOR, data: { nl: blindNl, en: blindEn } },
  generalisation: { floor: { recall: 0.95, falseAlarms: 0.02 }, data: { nl: generalisationNl, en: generalisationEn } },
};

for (const [set, { floor, data }] of Object.entries(SETS))
  for (const lang of ['nl', 'en'] as const) {
    describe(`${set} set (${lang})`, () => {
      const items = z.array(blindItemSchema).parse(data[lang]);

      it('is labelled consistently: a ground for texts to flag, none for clean texts', () => {
        for (const item of items) expect(item.ground === null, item.id).toBe(item.label === 'clean');
        expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      });

      it(`keeps recall >= ${floor.recall} and false alarms <= ${floor.falseAlarms}, with the language detected`, () => {
        const score = scoreBlindSet(items, (text) => analyze(text));
        console.info(`[${set} ${lang}]\n${scoreTable(lang, score)}`);
        console.info(`[${set} ${lang}] misses:\n${score.misses.map((m) => `${m.id} ${m.ground}/${m.kind}`).join('\n')}`);
        console.info(
          `[${set} ${lang}] false alarms:\n${score.alarms.map((a) => `${a.item.id} ${a.item.kind}: ${a.rules.join(', ')}`).join('\n')}`,
        );
        expect(rate(score.recall), show(score.recall)).toBeGreaterThanOrEqual(floor.recall);
        expect(rate(score.falseAlarms), show(score.falseAlarms)).toBeLessThanOrEqual(floor.falseAlarms);
      });
    });
  }
