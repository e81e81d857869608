import { describe, expect, it } from 'vitest';
import {
  diffEdit,
  hitTest,
  intersect,
  mergeLineRects,
  mirrorStyle,
  mirrorText,
  placeRects,
  px,
  shiftSpan,
  visibleTextArea,
  type FieldMetrics,
} from '../../../lib/highlight/mirror-layout';

function field(overrides: Partial<FieldMetrics> = {}, style: Partial<FieldMetrics['style']> = {}): FieldMetrics {
  return {
    style: {
      direction: 'ltr',
      fontFamily: 'Arial',
      fontSize: '16px',
      fontStyle: 'normal',
      fontVariant: 'normal',
      fontWeight: '400',
      fontStretch: '100%',
      fontFeatureSettings: 'normal',
      fontKerning: 'auto',
      letterSpacing: 'normal',
      wordSpacing: '0px',
      lineHeight: '20px',
      textAlign: 'start',
      textIndent: '0px',
      textTransform: 'none',
      textRendering: 'auto',
      tabSize: '8',
      wordBreak: 'normal',
      overflowWrap: 'break-word',
      hyphens: 'manual',
      paddingTop: '4px',
      paddingRight: '6px',
      paddingBottom: '4px',
      paddingLeft: '6px',
      borderTopWidth: '2px',
      borderLeftWidth: '1px',
      whiteSpace: 'pre-wrap',
      ...style,
    } as FieldMetrics['style'],
    box: { left: 100, top: 200, width: 302, height: 104 },
    clientWidth: 300,
    clientHeight: 100,
    scrollLeft: 0,
    scrollTop: 0,
    singleLine: false,
    ...overrides,
  };
}

describe('mirrorStyle', () => {
  it('copies the text properties and puts the content box over the padding box', () => {
    const style = mirrorStyle(field());
    expect(style.fontFamily).toBe('Arial');
    expect(style.lineHeight).toBe('20px');
    // Inside the borders: left 100 + 1, top 200 + 2.
    expect(style.left).toBe('101px');
    expect(style.top).toBe('202px');
    // clientWidth 300 minus 6 + 6 padding: lines break where the field breaks them.
    expect(style.width).toBe('288px');
    expect(style.whiteSpace).toBe('pre-wrap');
    expect(style.visibility).toBe('hidden');
  });

  it('narrows with a scroll bar, because clientWidth excludes it', () => {
    expect(mirrorStyle(field({ clientWidth: 285 })).width).toBe('273px');
  });

  it('keeps an input on one line and never goes negative', () => {
    const style = mirrorStyle(field({ singleLine: true, clientWidth: 5 }));
    expect(style.whiteSpace).toBe('pre');
    expect(style.width).toBe('0px');
  });

  it('reads unparseable lengths as zero instead of NaN', () => {
    expect(px('auto')).toBe(0);
    expect(px(undefined)).toBe(0);
    expect(px('12.5px')).toBe(12.5);
    expect(mirrorStyle(field({}, { borderLeftWidth: 'medium' })).left).toBe('100px');
  });
});

describe('placeRects', () => {
  it('shifts by the field scroll and clips to the visible text area', () => {
    const metrics = field({ scrollTop: 40 });
    const area = visibleTextArea(metrics);
    expect(area).toEqual({ left: 101, top: 202, width: 300, height: 100 });
    const placed = placeRects(
      [
        { left: 110, top: 210, width: 50, height: 20 }, // scrolled out above
        { left: 110, top: 250, width: 50, height: 20 }, // now at 210
        { left: 380, top: 290, width: 50, height: 20 }, // cut at the right edge
        { left: 110, top: 400, width: 50, height: 20 }, // below the fold
      ],
      metrics,
    );
    expect(placed).toEqual([
      { left: 110, top: 210, width: 50, height: 20 },
      { left: 380, top: 250, width: 21, height: 20 },
    ]);
  });

  it('drops empty rectangles', () => {
    expect(placeRects([{ left: 120, top: 220, width: 0, height: 20 }], field())).toEqual([]);
  });

  it('follows a horizontal scroll of a one-line input', () => {
    const placed = placeRects([{ left: 300, top: 205, width: 40, height: 18 }], field({ singleLine: true, scrollLeft: 150 }));
    expect(placed).toEqual([{ left: 150, top: 205, width: 40, height: 18 }]);
  });
});

describe('rectangle helpers', () => {
  it('intersect returns undefined for boxes that only touch', () => {
    expect(intersect({ left: 0, top: 0, width: 10, height: 10 }, { left: 10, top: 0, width: 5, height: 5 })).toBeUndefined();
  });

  it('merges boxes of one line and keeps lines apart', () => {
    const merged = mergeLineRects([
      { left: 40, top: 10, width: 20, height: 18 },
      { left: 10, top: 10, width: 30, height: 18 },
      { left: 10, top: 30, width: 15, height: 18 },
    ]);
    expect(merged).toEqual([
      { left: 10, top: 10, width: 50, height: 18 },
      { left: 10, top: 30, width: 15, height: 18 },
    ]);
  });

  it('hit-tests with exclusive right and bottom edges', () => {
    const rects = [{ left: 10, top: 10, width: 10, height: 10 }];
    expect(hitTest(rects, 10, 10)).toBe(true);
    expect(hitTest(rects, 19.9, 19.9)).toBe(true);
    expect(hitTest(rects, 20, 15)).toBe(false);
    expect(hitTest([], 0, 0)).toBe(false);
  });

  it('gives a trailing newline a character so its line takes space', () => {
    expect(mirrorText('a\n')).toBe('a\n\u200b');
    expect(mirrorText('a')).toBe('a');
    expect(mirrorText('')).toBe('');
  });
});

describe('diffEdit and shiftSpan', () => {
  it('finds a typed character in the middle', () => {
    expect(diffEdit('een jonge kandidaat', 'een zeer jonge kandidaat')).toEqual({ start: 4, oldEnd: 4, newEnd: 9 });
  });

  it('finds a deletion and a replacement', () => {
    expect(diffEdit('abcdef', 'abef')).toEqual({ start: 2, oldEnd: 4, newEnd: 2 });
    expect(diffEdit('jonge man', 'ervaren man')).toEqual({ start: 0, oldEnd: 5, newEnd: 7 });
  });

  it('handles repeated characters without a negative span', () => {
    const edit = diffEdit('aaaa', 'aaaaa');
    expect(edit).toBeDefined();
    expect(edit!.oldEnd).toBeGreaterThanOrEqual(edit!.start);
    expect(edit!.newEnd - edit!.oldEnd).toBe(1);
  });

  it('returns undefined for no change', () => {
    expect(diffEdit('x', 'x')).toBeUndefined();
  });

  it('keeps spans before, shifts spans after and drops spans touched by the edit', () => {
    const edit = { start: 10, oldEnd: 12, newEnd: 15 };
    expect(shiftSpan({ start: 0, end: 10 }, edit)).toEqual({ start: 0, end: 10 });
    expect(shiftSpan({ start: 12, end: 16 }, edit)).toEqual({ start: 15, end: 19 });
    expect(shiftSpan({ start: 8, end: 11 }, edit)).toBeUndefined();
    expect(shiftSpan({ start: 11, end: 13 }, edit)).toBeUndefined();
  });
});
