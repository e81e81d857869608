import { describe, expect, it } from 'vitest';
import { staffAround } from '../../../entrypoints/screening.content/staff-names';
import { createStaffNames } from '../../../lib/page/harvest/staff';

// Invented people: the colleagues Ruud Dekker and Youssef Amrani, the applicants Kevin Dekker and Fatima Zahra El Amrani.
const staff = createStaffNames();
staff.add('Ruud Dekker');
staff.add('Youssef Amrani');
const rangeOf = (text: string, part: string, applicantKey?: string) => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, category: 'names' as const, ...(applicantKey === undefined ? {} : { applicantKey }) };
};

describe('a name part that a colleague and an applicant share', () => {
  it("keeps it where the colleague's full name stands", () => {
    const text = 'Recruiter: Femke Hoekstra · Hiring manager: Ruud Dekker';
    expect(staffAround(text, rangeOf(text, 'Dekker', 'a1'), staff.covers)).toBe(true);
  });

  it("hides a known applicant's part standing alone, as in a cv's file name (held-out set U)", () => {
    const text = 'FZ_El_Amrani_CV_EN.pdf';
    expect(staffAround(text, rangeOf(text, 'El_Amrani', 'a2'), staff.covers)).toBe(false);
  });

  it('keeps a part found only by its context that a colleague bears', () => {
    const text = 'Groet, Amrani';
    expect(staffAround(text, rangeOf(text, 'Amrani'), staff.covers)).toBe(true);
  });
});
