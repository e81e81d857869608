import { describe, expect, it } from 'vitest';
import {
  canReveal,
  csvCell,
  screeningLogEntrySchema,
  toCsv,
  vacancyCriteriaSchema,
  weightedTotal,
  type Criterion,
  type ScreeningLogEntry,
} from '../../../lib/blinding/scoring';

const criteria: Criterion[] = [
  { id: 'motivation', label: 'Motivatie', weight: 3 },
  { id: 'skills', label: 'Technische vaardigheden', weight: 2 },
  { id: 'availability', label: 'Beschikbaarheid', weight: 1 },
];

describe('criteria', () => {
  it('accepts one to six criteria with weights 1 to 5', () => {
    expect(vacancyCriteriaSchema.safeParse({ site: 'app.recruitee.com', vacancyId: 'v1', criteria }).success).toBe(true);
  });

  it.each([
    ['no criteria', []],
    ['seven criteria', Array.from({ length: 7 }, (_, index) => ({ id: `c${index}`, label: `C ${index}`, weight: 1 }))],
    ['weight 0', [{ id: 'a', label: 'A', weight: 0 }]],
    ['weight 6', [{ id: 'a', label: 'A', weight: 6 }]],
    ['fractional weight', [{ id: 'a', label: 'A', weight: 2.5 }]],
    ['blank label', [{ id: 'a', label: '   ', weight: 2 }]],
    [
      'duplicate ids',
      [
        { id: 'a', label: 'A', weight: 1 },
        { id: 'a', label: 'B', weight: 1 },
      ],
    ],
  ])('rejects %s', (_, list) => {
    expect(vacancyCriteriaSchema.safeParse({ site: 'app.recruitee.com', vacancyId: 'v1', criteria: list }).success).toBe(false);
  });
});

describe('weightedTotal', () => {
  it('weights the mean', () => {
    const scores = [
      { criterionId: 'motivation', score: 5, note: '' },
      { criterionId: 'skills', score: 2, note: '' },
      { criterionId: 'availability', score: 4, note: '' },
    ];
    // (3*5 + 2*2 + 1*4) / 6 = 23 / 6
    expect(weightedTotal(criteria, scores)).toEqual({ total: 3.83, complete: true, scored: 3 });
  });

  it('reports incomplete and empty scoring, and ignores unknown criteria', () => {
    expect(weightedTotal(criteria, [{ criterionId: 'skills', score: 4, note: '' }])).toEqual({ total: 4, complete: false, scored: 1 });
    expect(weightedTotal(criteria, [{ criterionId: 'unknown', score: 1, note: '' }])).toEqual({ total: null, complete: false, scored: 0 });
    expect(weightedTotal([], [])).toEqual({ total: null, complete: false, scored: 0 });
  });
});

describe('canReveal', () => {
  it('allows a reveal after a decision', () => {
    for (const decision of ['invite', 'doubt', 'reject'] as const) {
      expect(canReveal({ decision })).toEqual({ allowed: true, override: false, basis: 'decision' });
    }
  });

  it('refuses before a decision without a reason', () => {
    expect(canReveal({})).toEqual({ allowed: false, problem: 'no-decision' });
    expect(canReveal({}, '   ')).toEqual({ allowed: false, problem: 'no-decision' });
  });

  it.each(['ok', 'even kijken', '..........!!!!!', 'aaaaaaaaaaaaaaaa', 'a a a a a a a a a a'])('refuses the empty reason %j', (reason) => {
    expect(canReveal({}, reason)).toEqual({ allowed: false, problem: 'reason-too-short' });
  });

  it('refuses an over-long reason', () => {
    expect(canReveal({}, 'reden '.repeat(200))).toEqual({ allowed: false, problem: 'reason-too-long' });
  });

  it('allows an override with a real reason, normalised', () => {
    expect(canReveal({}, '  Kandidaat  belde zelf en vroeg om een gesprek  ')).toEqual({
      allowed: true,
      override: true,
      basis: 'reason',
      reason: 'Kandidaat belde zelf en vroeg om een gesprek',
    });
  });

  it('does not take a forged decision', () => {
    expect(canReveal({ decision: 'hire' as never })).toEqual({ allowed: false, problem: 'no-decision' });
  });
});

describe('screening log', () => {
  const entry: ScreeningLogEntry = {
    at: '2026-11-28T10:00:00.000Z',
    site: 'app.recruitee.com',
    pseudonym: 'Kandidaat 7',
    kind: 'decision',
    decision: 'invite',
    override: false,
  };

  it('accepts a decision, a reveal with override and a pause', () => {
    expect(screeningLogEntrySchema.safeParse(entry).success).toBe(true);
    expect(
      screeningLogEntrySchema.safeParse({ ...entry, kind: 'reveal', decision: undefined, reason: 'Belde zelf op', override: true }).success,
    ).toBe(true);
    expect(
      screeningLogEntrySchema.safeParse({ at: entry.at, site: entry.site, pseudonym: 'Candidate 2', kind: 'pause', override: false })
        .success,
    ).toBe(true);
  });

  it.each([
    ['a name as pseudonym', { ...entry, pseudonym: 'Fatima Benali' }],
    ['an extra name field', { ...entry, name: 'Fatima Benali' }],
    ['a decision entry without decision', { ...entry, decision: undefined }],
    ['an override without reason', { ...entry, kind: 'reveal', override: true }],
    ['an unknown kind', { ...entry, kind: 'delete' }],
    ['a bad date', { ...entry, at: 'gisteren' }],
  ])('rejects %s', (_, value) => {
    expect(screeningLogEntrySchema.safeParse(value).success).toBe(false);
  });
});

describe('toCsv', () => {
  it('writes a header and RFC 4180 rows with CRLF', () => {
    const csv = toCsv([
      {
        at: '2026-11-28T10:00:00.000Z',
        site: 'app.recruitee.com',
        pseudonym: 'Kandidaat 7',
        kind: 'reveal',
        reason: 'Zei "ja", belde\nterug',
        override: true,
      },
    ]);
    expect(csv).toBe(
      'at,site,pseudonym,kind,decision,reason,override\r\n' +
        '2026-11-28T10:00:00.000Z,app.recruitee.com,Kandidaat 7,reveal,,"Zei ""ja"", belde\nterug",true\r\n',
    );
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+31 6 1234', "'+31 6 1234"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['gewoon', 'gewoon'],
    ['', ''],
  ])('makes %j safe', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes only the header for no entries', () => {
    expect(toCsv([])).toBe('at,site,pseudonym,kind,decision,reason,override\r\n');
  });
});
