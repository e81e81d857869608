import { describe, expect, it, test } from 'vitest';
import { analyze } from '../../../lib/wording/analyze';
import { statedExceptionSchema } from '../../../lib/wording/construction-schema';
import { CONSTRUCTIONS } from '../../../lib/wording/constructions/index';
import { EXCEPTIONS } from '../../../lib/wording/exceptions';

/*
 * Stated exceptions (lib/wording/constructions/stated-exceptions.json): every example is a test.
 * A positive example of a may-not-apply entry keeps at least one finding of its grounds, every
 * such finding lowered to style with the entry's exception named first; a quiet entry leaves no
 * finding of its grounds. A negative example says the same without the statement and must still
 * get a prohibited or risk finding of one of the grounds, so the statement is what changes it.
 */
const cases = CONSTRUCTIONS.stated.flatMap((s) => [
  ...s.examples.positive.map((text) => ({ s, text, positive: true })),
  ...s.examples.negative.map((text) => ({ s, text, positive: false })),
]);

describe('stated exception examples', () => {
  test.each(cases.map((c) => ({ ...c, id: c.s.id })))('$id on "$text" (positive: $positive)', ({ s, text, positive }) => {
    const findings = analyze(text, { lang: s.lang }).findings.filter((f) => s.grounds.includes(f.ground));
    if (!positive) {
      expect(findings.some((f) => f.severity !== 'style')).toBe(true);
      return;
    }
    if (s.effect === 'quiet') {
      expect(findings).toEqual([]);
      return;
    }
    expect(findings.length).toBeGreaterThan(0);
    const named = EXCEPTIONS[s.exception as keyof typeof EXCEPTIONS][s.lang];
    for (const f of findings) {
      expect(f.severity).toBe('style');
      expect(f.mayNotApply[0]).toBe(named);
    }
  });
});

describe('stated exception data', () => {
  it('refuses a may-not-apply entry without an exception, and a capitalised cue', () => {
    const valid = CONSTRUCTIONS.stated[0];
    expect(statedExceptionSchema.safeParse(valid).success).toBe(true);
    expect(statedExceptionSchema.safeParse({ ...valid, exception: undefined }).success).toBe(false);
    expect(statedExceptionSchema.safeParse({ ...valid, cues: ['Defensie'] }).success).toBe(false);
  });

  it('still shows a demand outside the paragraph that states the exception', () => {
    const text = 'Bij gelijke geschiktheid kiezen we de kandidaat uit de ondervertegenwoordigde groep.\n\nGeen vrouwen.';
    const late = analyze(text, { lang: 'nl' }).findings.filter((f) => f.start >= text.indexOf('Geen'));
    expect(late.some((f) => f.severity !== 'style')).toBe(true);
  });
});
