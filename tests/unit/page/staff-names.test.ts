import { describe, expect, it } from 'vitest';
import { createStaffNames, nameParts } from '../../../lib/page/harvest/staff';

describe('colleagues by the parts of their names', () => {
  it('splits a name into folded parts without titles and particles, and joins particles to their word', () => {
    const parts = nameParts('mevrouw Jolien van der Meer');
    expect(parts.words).toEqual(['jolien', 'meer']);
    expect([...parts.variants]).toContain('vandermeer');
  });

  it('knows a colleague in every form: a part, the family name with particles, the address form', () => {
    const staff = createStaffNames();
    staff.add('Jolien van der Meer');
    for (const form of ['Jolien', 'Van der Meer', 'jolien.vandermeer', 'Jolien Van Der Meer', 'MEER'])
      expect(staff.covers(form), form).toBe(true);
    expect(staff.covers('Jolien Bakx')).toBe(false);
    expect(staff.isWhole('Jolien van der Meer')).toBe(true);
    expect(staff.isWhole('Jolien')).toBe(false);
    expect(staff.size).toBe(1);
  });

  it('knows a colleague by an initial for the given name, beside the family name, either way round', () => {
    const staff = createStaffNames();
    staff.add('J. van Houten');
    staff.add('Wouter Brinkman');
    expect(staff.covers('Joke van Houten')).toBe(true);
    expect(staff.covers('W. Brinkman')).toBe(true);
    // Never a given name alone, nor another family name.
    expect(staff.covers('Jaydon')).toBe(false);
    expect(staff.covers('Joke Statia')).toBe(false);
    expect(staff.covers('Wouter Bakker')).toBe(false);
  });
});
