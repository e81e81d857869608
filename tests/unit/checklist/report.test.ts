import { describe, expect, it } from 'vitest';
import { evidenceForPack } from '../../../lib/checklist/evidence';
import { buildReport } from '../../../lib/checklist/report';
import type { Organisation } from '../../../lib/checklist/progress-schema';
import { byItem, entry, loadDefaultPack } from './helpers';

const pack = loadDefaultPack();
const organisation: Organisation = { id: 'org-1', name: 'Zorggroep Noord', createdAt: '2026-01-01T09:00:00Z' };
const progress = byItem(
  entry('beleid-werkwijze', 'done', {
    evidence: [
      { kind: 'link', url: 'https://intranet.example.nl/werkwijze.pdf' },
      { kind: 'text', text: 'MT-besluit 12 februari' },
    ],
    lastReviewed: '2026-02-12',
  }),
  entry('beleid-publiek', 'not-applicable', { naReason: 'Geen eigen vacaturesite' }),
  entry('vac-leeftijd', 'in-progress', { owner: 'Sanne', dueDate: '2026-03-01' }),
);
const today = '2026-03-10';

describe('buildReport', () => {
  it('resolves every text in the chosen language', () => {
    const nl = buildReport({ pack, progress, organisation, locale: 'nl', today });
    const en = buildReport({ pack, progress, organisation, locale: 'en', today });
    expect(nl.pack.name).toBe('Gouden standaard gelijke stagekansen');
    expect(en.pack.name).toBe('Gold standard for equal internship opportunities');
    expect(nl.sections[0]!.title).toBe('Beleid en commitment');
    expect(en.sections[0]!.items[0]!.statusLabel).toBe('Done');
    expect(nl.sections[0]!.items[0]!.statusLabel).toBe('Gedaan');
    expect(nl.organisationName).toBe('Zorggroep Noord');
  });

  it('has per-section and overall figures that match the progress maths', () => {
    const report = buildReport({ pack, progress, organisation, locale: 'nl', today });
    expect(report.sections).toHaveLength(9);
    expect(report.overall.done).toBe(1);
    expect(report.overall.inProgress).toBe(1);
    expect(report.overall.notApplicable).toBe(1);
    expect(report.overall.total).toBe(57);
    expect(report.sections[0]!.figures.done).toBe(1);
  });

  it('lists evidence, n/a reasons and open actions with overdue ones marked', () => {
    const report = buildReport({ pack, progress, organisation, locale: 'nl', today, openActionsLimit: 3 });
    const item = report.sections[0]!.items[0]!;
    expect(item.evidence).toEqual([
      { text: 'https://intranet.example.nl/werkwijze.pdf', url: 'https://intranet.example.nl/werkwijze.pdf' },
      { text: 'MT-besluit 12 februari' },
    ]);
    expect(report.notApplicable).toEqual([
      { itemId: 'beleid-publiek', title: 'Publieke toezegging', sectionTitle: 'Beleid en commitment', reason: 'Geen eigen vacaturesite' },
    ]);
    expect(report.openActions).toHaveLength(3);
    expect(report.openActions[0]).toMatchObject({ itemId: 'vac-leeftijd', overdue: true, owner: 'Sanne' });
  });

  it('shows recorded pillar figures and archived progress', () => {
    const evidence = evidenceForPack(pack, [{ day: '2026-03-02', metric: 'vacancies-checked', count: 4 }], { kind: 'this-month' }, today);
    const archive = [
      {
        packId: pack.id,
        packVersion: '0.9.0',
        title: { nl: 'Oud item', en: 'Old item' },
        archivedOn: '2026-02-01',
        progress: entry('oud-item', 'done', { note: 'Afgerond' }),
      },
      { packId: 'other', packVersion: '1.0.0', archivedOn: '2026-02-01', progress: entry('x', 'done') },
    ];
    const report = buildReport({
      pack,
      progress,
      organisation,
      locale: 'en',
      today,
      evidence,
      archive,
      evidencePeriod: { nl: 'deze maand', en: 'this month' },
    });
    const audit = report.sections.flatMap((section) => section.items).find((item) => item.id === 'mon-vacature-audit');
    expect(audit?.recordedFigure).toBe('4 vacancies checked');
    expect(report.evidencePeriod).toBe('this month');
    expect(report.archived).toEqual([
      { itemId: 'oud-item', title: 'Old item', statusLabel: 'Done', note: 'Afgerond', packVersion: '0.9.0' },
    ]);
  });
});
