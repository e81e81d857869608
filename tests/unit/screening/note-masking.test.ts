import { afterEach, describe, expect, it } from 'vitest';
import { createMaskRules } from '../../../entrypoints/screening.content/mask-rules';
import { ALL_CATEGORIES as ALL, pageWith, testAdapter as adapter } from './page-with-applicants';
import type { MarkerCategory } from '../../../lib/blinding/categories';

describe('maskNote: what the recruiter types is masked before it is stored', () => {
  afterEach(() => document.body.replaceChildren());

  it('masks a harvested name in a note, with the pseudonym once it is known', () => {
    const applicants = pageWith('<div class="card"><h2 class="name">Fatima Benali</h2></div>');
    applicants.all[0]!.number = 4;
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl' });
    const note = rules.maskNote('Benali heeft goede ervaring; Fatima Benali kan snel starten');
    expect(note).not.toMatch(/Benali|Fatima/u);
    expect(note).toContain('Kandidaat 4');
    expect(note).toContain('goede ervaring');
  });

  it('still masks the name after the applicant was revealed, while the page shows it', () => {
    const applicants = pageWith('<div class="card"><h2 class="name">Fatima Benali</h2><p class="bio">Fatima Benali woont hier</p></div>');
    applicants.all[0]!.revealed = true;
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl' });
    // The page itself may show a revealed name ...
    expect(rules.mask('Fatima Benali woont hier', document.querySelector('.bio')!, 'text')).toBeUndefined();
    // ... but a note, criterion label or reason never stores it.
    for (const typed of ['Gesprek met Fatima Benali gepland', 'Benali', 'Reden: ik ken Fatima Benali']) {
      expect(rules.maskNote(typed)).not.toMatch(/Benali|Fatima/u);
    }
  });

  it('masks names in notes even on a site that does not hide names on the page', () => {
    const applicants = pageWith('<div class="card"><h2 class="name">Jan de Vries</h2></div>');
    const rules = createMaskRules({ adapter, applicants, hidden: new Set<MarkerCategory>(['email']), locale: 'en' });
    expect(rules.maskNote('Call Jan de Vries on Monday')).not.toMatch(/Vries/u);
  });

  it('leaves a note without markers as it is', () => {
    const applicants = pageWith('<div class="card"><h2 class="name">Fatima Benali</h2></div>');
    const rules = createMaskRules({ adapter, applicants, hidden: ALL, locale: 'nl' });
    expect(rules.maskNote('Sterke motivatie, goede planning')).toBe('Sterke motivatie, goede planning');
  });
});
