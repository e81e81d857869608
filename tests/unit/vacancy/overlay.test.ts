import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../entrypoints/vacancy.content/card';
import { MAX_TEXT } from '../../../entrypoints/vacancy.content/limits';
import { buildReport, countFindings, groundsPresent } from '../../../entrypoints/vacancy.content/report';
import { makeStrings } from '../../../entrypoints/vacancy.content/strings';
import { messagesWithPrefixes } from '../../../lib/i18n/translate';
import { MAX_VACANCY_TEXT, type WireFinding } from '../../../lib/messages/vacancy-messages';
import { GROUNDS, SEVERITIES } from '../../../lib/schema/grounds';

const strings = makeStrings('nl', messagesWithPrefixes('nl', ['vacancy_']));

function finding(overrides: Partial<WireFinding> = {}): WireFinding {
  return {
    start: 0,
    end: 5,
    text: 'jonge',
    ruleId: 'nl-age-young',
    ground: 'age',
    severity: 'prohibited',
    message: 'Leeftijdseis',
    explanation: 'Uitleg',
    alternatives: ['enthousiaste'],
    legalBasis: ['WGBL art. 3'],
    sources: [],
    mayNotApply: [],
    fingerprint: 'abc',
    lang: 'nl',
    ...overrides,
  };
}

describe('content-script constants', () => {
  it('the text limit stays equal to the zod-backed original it repeats', () => {
    expect(MAX_TEXT).toBe(MAX_VACANCY_TEXT);
  });

  it('every ground and severity has a label and a law text in both languages', () => {
    for (const locale of ['nl', 'en'] as const) {
      const s = makeStrings(locale, messagesWithPrefixes(locale, ['vacancy_']));
      for (const ground of GROUNDS) {
        expect(s.ground(ground)).not.toMatch(/^vacancy_/);
        expect(s.t(`vacancy_law_${ground.replace(/-/g, '_')}`)).not.toMatch(/^vacancy_/);
      }
      for (const severity of SEVERITIES) expect(s.severity(severity)).not.toMatch(/^vacancy_/);
    }
  });
});

describe('report', () => {
  it('counts per severity and ground, in the architecture order', () => {
    const counts = countFindings([finding(), finding({ ground: 'origin', severity: 'risk' }), finding({ severity: 'style' })]);
    expect(counts.bySeverity).toEqual({ prohibited: 1, risk: 1, style: 1 });
    expect(groundsPresent(counts)).toEqual(['age', 'origin']);
  });

  it('writes plain text with counts, findings, alternatives and the law per ground', () => {
    const report = buildReport(
      [finding(), finding({ text: 'moedertaal', ground: 'origin', alternatives: [] })],
      strings,
      'https://example.nl/vacature',
      {
        masculine: 2,
        feminine: 1,
        note: 'Zwak bewijs.',
      },
    );
    expect(report).toContain('2 bevindingen: 2 verboden onderscheid, 0 risico, 0 stijl.');
    expect(report).toContain('1. “jonge” (Verboden onderscheid, Leeftijd)');
    expect(report).toContain('Schrijf liever: enthousiaste');
    expect(report).toContain('Wat zegt de wet?');
    expect(report).toContain('Mannelijk getint: 2, vrouwelijk getint: 1.');
    expect(report).not.toMatch(/vacancy_/);
  });

  it('keeps page text as text (no markup interpretation) and handles no findings', () => {
    const report = buildReport([finding({ text: '<img src=x onerror=alert(1)>' })], strings, 'x', { masculine: 0, feminine: 0, note: '' });
    expect(report).toContain('“<img src=x onerror=alert(1)>”');
    expect(buildReport([], strings, 'x', { masculine: 0, feminine: 0, note: '' })).toContain('0 bevindingen');
  });
});

describe('placeCard', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 380, height: 300 };

  it('goes below the words when there is room, never over them', () => {
    const word = { left: 100, top: 100, width: 80, height: 20 };
    const at = placeCard([word], size, viewport);
    expect(at.top).toBeGreaterThanOrEqual(word.top + word.height);
  });

  it('goes above the words near the bottom of the window', () => {
    const word = { left: 100, top: 700, width: 80, height: 20 };
    const at = placeCard([word], size, viewport);
    expect(at.top + size.height).toBeLessThanOrEqual(word.top);
  });

  it('stays inside the window horizontally', () => {
    expect(placeCard([{ left: 950, top: 100, width: 40, height: 20 }], size, viewport).left).toBe(1000 - 380 - 8);
    expect(placeCard([{ left: -50, top: 100, width: 40, height: 20 }], size, viewport).left).toBe(8);
  });

  it('copes with a finding that has no boxes (scrolled away) by centring', () => {
    const at = placeCard([], size, viewport);
    expect(Number.isFinite(at.left) && Number.isFinite(at.top)).toBe(true);
  });
});

describe('placeCard when neither below nor above fits', () => {
  const viewport = { width: 1280, height: 800 };
  const size = { width: 380, height: 460 };
  const overlaps = (
    at: { left: number; top: number; maxHeight?: number },
    word: { left: number; top: number; width: number; height: number },
  ) => {
    const height = Math.min(size.height, at.maxHeight ?? Infinity);
    return (
      at.left < word.left + word.width && at.left + size.width > word.left && at.top < word.top + word.height && at.top + height > word.top
    );
  };

  it('goes beside the words, level with them, when there is room to the right', () => {
    const word = { left: 489, top: 419, width: 80, height: 17 };
    const at = placeCard([word], size, viewport);
    expect(at.left).toBe(word.left + word.width + 8);
    expect(at.maxHeight).toBeUndefined();
    expect(at.top + size.height).toBeLessThanOrEqual(viewport.height);
    expect(overlaps(at, word)).toBe(false);
  });

  it('goes to the left when the words are near the right edge', () => {
    const word = { left: 1100, top: 400, width: 100, height: 17 };
    const at = placeCard([word], size, viewport);
    expect(at.left + size.width).toBeLessThanOrEqual(word.left);
    expect(overlaps(at, word)).toBe(false);
  });

  it('shortens the card on the roomier side when the window is narrow too', () => {
    const narrow = { width: 500, height: 600 };
    const word = { left: 150, top: 250, width: 200, height: 20 };
    const at = placeCard([word], size, narrow);
    expect(at.maxHeight).toBeDefined();
    expect(overlaps(at, word)).toBe(false);
    expect(at.top).toBeGreaterThanOrEqual(0);
    expect(at.top + Math.min(size.height, at.maxHeight!)).toBeLessThanOrEqual(narrow.height);
  });

  it('never covers a word on two lines in any window', () => {
    for (const height of [300, 500, 700]) {
      for (const top of [40, 150, 260, 400]) {
        if (top + 60 > height) continue;
        const lines = [
          { left: 300, top, width: 180, height: 20 },
          { left: 20, top: top + 22, width: 90, height: 20 },
        ];
        const at = placeCard(lines, size, { width: 520, height });
        for (const line of lines) expect(overlaps(at, line), JSON.stringify({ height, top, at })).toBe(false);
      }
    }
  });
});
