import { beforeEach, describe, expect, it } from 'vitest';
import { roleOfLabel } from '../../../lib/blinding/field-roles';
import { judgeName } from '../../../lib/blinding/name-evidence';
import { testLexicon } from '../blinding/test-lexicon';
import { harvestPage } from './harvest-page';

// Invented people and firms. The screens are the kinds held-out set EE showed us.
const lexicon = testLexicon({
  given: ['carlos', 'niels', 'jeroen', 'mirjam', 'yusuf', 'bart', 'merel'],
  family: ['monteiro', 'bakker', 'hazelaar', 'gans', 'erdem', 'vos', 'hoekstra'],
});
const harvest = (markup: string) => harvestPage(markup, lexicon);

describe('pages set EE showed us', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    document.title = '';
  });

  it('reads a name with its address after it, as a dialog\'s "Candidate" field shows it', () => {
    expect(judgeName('Carlos Monteiro <carlos.monteiro@mail.example>', ['field-role'], lexicon)).toMatchObject({
      name: 'Carlos Monteiro',
      accept: true,
    });
  });

  it("takes a section's <header> for the head of what it shows, not the page's banner with its signed-in user", () => {
    const { names, harvester } = harvest(
      '<div class="top"><span>Zeefier Health · Niels Bakker (Recruiter)</span></div>' +
        '<section class="thread"><header><b>Carlos Monteiro</b> · Full-stack Engineer (Amsterdam)</header><p>Hi Niels, thanks!</p></section>' +
        '<dialog open><dl><dt>Candidate</dt><dd>Carlos Monteiro &lt;carlos.monteiro@mail.example&gt;</dd></dl></dialog>',
    );
    expect(harvester.isStaff('Carlos Monteiro')).toBe(false);
    expect(harvester.isStaff('Niels Bakker')).toBe(true);
    expect(names).toContain('Carlos Monteiro');
  });

  it('reads the tags of a list of recently viewed records: a colleague, a candidate', () => {
    const { names, harvester } = harvest(
      '<div class="user">Ingelogd als Bart Vos</div><aside><h3>Recent bekeken</h3><ul><li>Jeroen Hazelaar (kandidaat)</li><li>Mirjam Gans (kandidaat)</li>' +
        '<li>Gemeente Zuiderveen (organisatie)</li><li>Yusuf Erdem (medewerker)</li></ul></aside>',
    );
    expect(names).toEqual(expect.arrayContaining(['Jeroen Hazelaar', 'Mirjam Gans']));
    expect(harvester.isStaff('Yusuf Erdem')).toBe(true);
    expect(roleOfLabel('Relatiebeheerder')).toBe('staff-name');
  });
});
