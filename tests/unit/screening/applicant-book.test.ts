import { describe, expect, it } from 'vitest';
import { createApplicantBook } from '../../../entrypoints/screening.content/applicants';
import { NO_ADAPTER } from '../../../entrypoints/screening.content/generic-adapter';

describe('the applicant book', () => {
  it('gives a short form of a name to the earliest applicant it fits, among many who share it', () => {
    const book = createApplicantBook(NO_ADAPTER, (element) => element.textContent ?? '');
    const families = ['Benali', 'Mensah', 'Kovalenko', 'Öztürk', 'Ramdin', 'Chen'];
    book.add(families.map((family) => ({ name: `Fatima ${family}` })).reverse());
    book.add([{ name: 'Fatima' }, { name: 'Benali Fatima' }]);
    expect(book.all.map((applicant) => applicant.name)).toEqual(families.map((family) => `Fatima ${family}`).reverse());
    expect(book.forName('Fatima')?.name).toBe('Fatima Chen');
    expect(book.forName('Benali Fatima')?.name).toBe('Fatima Benali');
  });
});
