import { describe, expect, it } from 'vitest';
import type { FieldRole } from '../../../lib/blinding/field-roles';
import { isDateValue, roleOfValue, valueFitsRole } from '../../../lib/blinding/field-values';

describe('roleOfValue', () => {
  it.each([
    ['noura.tahiri@example.nl', 'email'],
    ['  j.de-vries+stage@student.roc.nl ', 'email'],
    ['06-12345678', 'phone'],
    ['06 1234 5678', 'phone'],
    ['+31 6 12345678', 'phone'],
    ['(010) 123 45 67', 'phone'],
    ['0031 20 123 4567', 'phone'],
    ['1234 AB', 'postcode'],
    ['2511cv', 'postcode'],
  ])('%s is %s', (value, role) => {
    expect(roleOfValue(value)).toBe(role);
  });

  it.each(['', 'Utrecht', '14-03-2003', '2023 IT', '12345', '1234 SS', 'info at example', 'x'.repeat(300), '123-456', '42'])(
    'says nothing of %j',
    (value) => {
      expect(roleOfValue(value)).toBeUndefined();
    },
  );
});

describe('isDateValue', () => {
  it.each([
    '14-03-2003',
    '14/03/03',
    '2003-03-14',
    '14 maart 2003',
    '3 juli',
    '14 mrt. 2003',
    'March 14th',
    'March 14, 2003',
    '1e januari 2004',
  ])('a date: %s', (value) => {
    expect(isDateValue(value)).toBe(true);
  });
  it.each(['maart', '14', 'morgen', '06-12345678', '3 juli is het feest'])('not a date: %s', (value) => {
    expect(isDateValue(value)).toBe(false);
  });
});

describe('valueFitsRole', () => {
  it.each<[string, FieldRole, boolean]>([
    ['14-03-2003', 'birth', true],
    ['2003', 'birth', true],
    ['14 maart 2003', 'birth', true],
    ['onbekend', 'birth', false],
    ['19', 'age', true],
    ['19 jaar', 'age', true],
    ['190', 'age', false],
    ['Kerkstraat 12a', 'address', true],
    ['1234 AB', 'postcode', true],
    ['noura@example.nl', 'email', true],
    ['noura', 'email', false],
    ['06-12345678', 'phone', true],
    ['12', 'phone', false],
    ['Utrecht', 'city', true],
    ['Vrouw', 'gender', true],
    ['Marokkaans', 'nationality', true],
    ['Noura Tahiri', 'applicant-name', true],
    ['', 'applicant-name', false],
    ['42', 'applicant-name', false],
  ])('%j as %s: %s', (value, role, fits) => {
    expect(valueFitsRole(value, role)).toBe(fits);
  });
});
