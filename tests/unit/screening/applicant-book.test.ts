import { describe, expect, it } from 'vitest';
import { createApplicantBook } from '../../../entrypoints/screening.content/applicants';
import { NO_ADAPTER } from '../../../entrypoints/screening.content/generic-adapter';

describe('the applicant book', () => {
  const book = () => createApplicantBook(NO_ADAPTER, (element) => element.textContent ?? '');

  it('gives a short form of a name to the earliest applicant it fits, among many who share it', () => {
    const applicants = book();
    const families = ['Benali', 'Mensah', 'Kovalenko', 'Öztürk', 'Ramdin', 'Chen'];
    applicants.add(families.map((family) => ({ name: `Fatima ${family}` })).reverse());
    applicants.add([{ name: 'Fatima' }, { name: 'Benali Fatima' }]);
    expect(applicants.all.map((applicant) => applicant.name)).toEqual(families.map((family) => `Fatima ${family}`).reverse());
    expect(applicants.forName('Fatima')?.name).toBe('Fatima Chen');
    expect(applicants.forName('Benali Fatima')?.name).toBe('Fatima Benali');
  });

  it('forgets the applicants it is told are colleagues, every form of their names, and keeps local ids unique', () => {
    const applicants = book();
    const row = document.createElement('div');
    applicants.add([{ name: 'Jolien Vos', container: row }, { name: 'Ananya Iyer' }, { name: 'Jolien' }]);
    applicants.forget((applicant) => applicant.name === 'Jolien Vos');
    expect(applicants.all.map((applicant) => applicant.name)).toEqual(['Ananya Iyer']);
    expect(applicants.forName('Jolien')).toBeUndefined();
    expect(applicants.forElement(row)).toBeUndefined();
    expect(applicants.knownNames().map((known) => known.name)).toEqual(['Ananya Iyer']);
    const [piotr] = applicants.add([{ name: 'Piotr Zielinski' }]);
    expect(piotr?.localId).not.toBe(applicants.forName('Ananya Iyer')?.localId);
    expect(applicants.add([{ name: 'Piotr' }])[0]).toBe(piotr);
  });

  it('keeps a name in another script as a form of the applicant it spells, with one pseudonym', () => {
    const applicants = book();
    const fresh = applicants.add([{ name: 'Yonas Tesfay' }, { name: 'ዮናስ ተስፋይ', spellingOf: 'Yonas Tesfay' }]);
    expect(fresh).toHaveLength(1);
    expect(applicants.forName('ዮናስ ተስፋይ')).toBe(applicants.forName('Yonas Tesfay'));
    const keys = new Set(applicants.knownNames().map((known) => known.applicantKey));
    expect(keys.size).toBe(1);
  });

  it('adds a spelling of a name it does not know as an applicant of its own', () => {
    const applicants = book();
    const fresh = applicants.add([{ name: '王嘉怡', spellingOf: 'Jiayi Wang' }]);
    expect(fresh).toHaveLength(1);
    expect(applicants.forName('Jiayi Wang')).toBeUndefined();
  });

  it('merges a given name and its whole name, but keeps two people apart', () => {
    const applicants = book();
    applicants.add([{ name: 'Lieke van Leeuwen' }, { name: 'Lieke' }, { name: 'van Leeuwen' }, { name: 'Hamza Benali' }]);
    expect(applicants.all).toHaveLength(2);
  });

  it('weighs what a selector finds when asked to, and takes what it finds as it is otherwise', () => {
    const selected = { ...NO_ADAPTER, names: ['.name-link'] };
    document.body.replaceChildren(
      document
        .createRange()
        .createContextualFragment(
          '<a class="name-link">Afgewezen</a><a class="name-link">CV - Ahmed Benali.pdf</a><a class="name-link">Benali, Ahmed</a>',
        ),
    );
    const judged = createApplicantBook(
      selected,
      (element) => element.textContent ?? '',
      (text) => (/^[A-Z]\w+, [A-Z]\w+$/u.test(text) ? text : undefined),
    );
    expect(judged.harvest(document.body).map((applicant) => applicant.name)).toEqual(['Benali, Ahmed']);
    const trusted = createApplicantBook(selected, (element) => element.textContent ?? '');
    expect(trusted.harvest(document.body)).toHaveLength(3);
  });
});
