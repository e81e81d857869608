import { afterEach, describe, expect, it } from 'vitest';
import { createMaskRules } from '../../../entrypoints/screening.content/mask-rules';
import { NO_VACANCY_TITLE, vacancyIdOf } from '../../../entrypoints/screening-panel.content/vacancy-id';
import { ALL_CATEGORIES as ALL, pageWith, testAdapter as adapter } from './page-with-applicants';

describe('vacancyIdOf: never a name, never URL text', () => {
  afterEach(() => {
    document.body.replaceChildren();
    history.replaceState(null, '', '/');
  });

  const identity = (text: string) => text;

  it('uses one bucket per site, not the path, when the page shows no vacancy title', () => {
    history.replaceState(null, '', '/in/jan-de-vries-123/details');
    pageWith('<div class="card"><h2 class="name">Jan de Vries</h2></div>');
    const id = vacancyIdOf(adapter, identity);
    expect(id).toBe(NO_VACANCY_TITLE);
    expect(id).not.toMatch(/jan|vries|in\//iu);
  });

  it('passes a title from the page through the note masker, also for a revealed applicant', () => {
    history.replaceState(null, '', '/in/fatima-benali');
    const applicants = pageWith(
      '<div class="card"><h2 class="name">Fatima Benali</h2></div><h1 class="vacancy">Stage bij Fatima Benali Bakkerij</h1>',
    );
    applicants.all[0]!.revealed = true;
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl' });
    const id = vacancyIdOf(adapter, rules.maskNote);
    expect(id).not.toMatch(/Benali|Fatima/u);
    expect(id).toMatch(/^Stage bij .+ Bakkerij$/u);
  });

  it('keeps an ordinary vacancy title', () => {
    pageWith('<h1 class="vacancy">  Stagiair   administratie </h1>');
    expect(vacancyIdOf(adapter, identity)).toBe('Stagiair administratie');
  });

  it('throws, so nothing is sent, while the masking rules are not ready', () => {
    pageWith('<h1 class="vacancy">Stagiair administratie</h1>');
    const notReady = () => {
      throw new Error('not ready');
    };
    expect(() => vacancyIdOf(adapter, notReady)).toThrow('not ready');
  });
});
