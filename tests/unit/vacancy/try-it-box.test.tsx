import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TryItBox } from '../../../entrypoints/dashboard/pages/vacancy/TryItBox';
import { updateSettings } from '../../../lib/settings/store';

const TEXT = 'Wij zoeken een jonge stagiair met Nederlands als moedertaal.';
/** The box loads the engine on its first check (rule packs and construction layer): allow for a busy machine. */
const FIRST_CHECK = { timeout: 10_000 };

describe('the paste box on the Vacaturecheck page', () => {
  afterEach(cleanup);
  // The first check loads the rule packs and the word lists; on a busy machine that alone can
  // take longer than a finder waits. Load them once here, so the tests measure the box.
  beforeAll(async () => {
    const [{ analyze }, { readability }] = await Promise.all([
      import('../../../lib/wording/analyze'),
      import('../../../lib/readability/readability'),
    ]);
    analyze(TEXT);
    readability(TEXT);
  });

  it('asks for text first instead of checking an empty box', async () => {
    render(<TryItBox />);
    fireEvent.click(screen.getByRole('button', { name: 'Controleer tekst' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Plak of typ eerst een tekst in het vak.'));
    expect(screen.queryByTestId('vacancy-try-findings')).toBeNull();
  });

  it('lists each finding with severity, ground, message and alternatives', async () => {
    render(<TryItBox />);
    fireEvent.input(screen.getByLabelText('Vacaturetekst'), { target: { value: TEXT } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleer tekst' }));
    const items = (await screen.findByTestId('vacancy-try-findings', {}, FIRST_CHECK)).querySelectorAll('li');
    expect([...items].map((li) => li.dataset.rule)).toEqual(expect.arrayContaining(['nl.origin.moedertaal']));
    const mother = [...items].find((li) => li.dataset.rule === 'nl.origin.moedertaal')!;
    expect(mother.textContent).toContain('Afkomst');
    expect(mother.textContent).toContain('Verboden onderscheid');
    expect(mother.textContent).toContain('Schrijf liever');
    expect(screen.getByRole('status').textContent).toMatch(/^Bevindingen in deze tekst \(Nederlands\): \d$/);
  });

  it('checks with Ctrl+Enter from the text box, not with a plain Enter', async () => {
    render(<TryItBox />);
    const area = screen.getByLabelText('Vacaturetekst');
    fireEvent.input(area, { target: { value: TEXT } });
    fireEvent.keyDown(area, { key: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('vacancy-try-findings')).toBeNull();
    fireEvent.keyDown(area, { key: 'Enter', ctrlKey: true });
    expect(await screen.findByTestId('vacancy-try-findings', {}, FIRST_CHECK)).toBeTruthy();
  });

  it('hides rules the user ignores everywhere, and says how many', async () => {
    await updateSettings((settings) => {
      settings.wording.ignoredRules = ['nl.origin.moedertaal'];
    });
    render(<TryItBox />);
    fireEvent.input(screen.getByLabelText('Vacaturetekst'), { target: { value: TEXT } });
    // The box reads settings asynchronously (useSettings): check again until they are in.
    await waitFor(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Controleer tekst' }));
      expect(screen.getByRole('status').textContent).toContain('1 verborgen');
    }, FIRST_CHECK);
    const rules = [...screen.getByTestId('vacancy-try-findings').querySelectorAll('li')].map((li) => li.dataset.rule);
    expect(rules).not.toContain('nl.origin.moedertaal');
  });

  it('shows the level against the target and the hardest sentences, with hints marked as advice', async () => {
    const dense =
      'Ten behoeve van de optimalisatie van onze operationele processen zijn wij op zoek naar een gemotiveerde stagiair die verantwoordelijk wordt gesteld voor het verrichten van uiteenlopende werkzaamheden conform de geldende kwaliteitsnormen. Je werkt in Utrecht.';
    render(<TryItBox />);
    fireEvent.input(screen.getByLabelText('Vacaturetekst'), { target: { value: dense } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleer tekst' }));
    const box = await screen.findByTestId('vacancy-try-readability');
    expect(screen.getByTestId('vacancy-try-readability-level').textContent).toMatch(
      /^Taalniveau (B2|C1|C2): moeilijker dan het doel B1\.$/,
    );
    const hardest = screen.getByTestId('vacancy-try-hardest').querySelectorAll(':scope > li');
    expect(hardest).toHaveLength(1);
    expect(hardest[0]!.querySelector('q')?.textContent).toMatch(/^Ten behoeve van .* kwaliteitsnormen$/);
    const marks = [...hardest[0]!.querySelectorAll('mark.readability-mark')].map((m) => [m.textContent, (m as HTMLElement).dataset.kind]);
    expect(marks).toEqual(
      expect.arrayContaining([
        ['Ten behoeve van', 'rare-word'],
        ['wordt gesteld', 'passive'],
      ]),
    );
    // Marks never use the findings' severity chips.
    expect(box.querySelector('.vacancy-chip')).toBeNull();
    expect(hardest[0]!.textContent).toContain('Lijdende vorm');
    expect(box.textContent).toContain('Tips over leesbaarheid zijn advies, geen bevindingen.');
  });

  it('says why there is no level for a list', async () => {
    render(<TryItBox />);
    fireEvent.input(screen.getByLabelText('Vacaturetekst'), {
      target: { value: '- Rijbewijs B\n- Mbo niveau 2\n- Flexibel\n- Leergierig\n- Teamspeler\n- Zelfstandig' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Controleer tekst' }));
    expect((await screen.findByTestId('vacancy-try-readability-level')).textContent).toMatch(
      /^Geen taalniveau \(doel B1\)\. .*lijst, tabel of kopjes/,
    );
    expect(screen.queryByTestId('vacancy-try-hardest')).toBeNull();
  });

  it('clears text and findings', async () => {
    render(<TryItBox />);
    const area = screen.getByLabelText<HTMLTextAreaElement>('Vacaturetekst');
    fireEvent.input(area, { target: { value: TEXT } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleer tekst' }));
    await screen.findByTestId('vacancy-try-findings', {}, FIRST_CHECK);
    fireEvent.click(screen.getByRole('button', { name: 'Leegmaken' }));
    expect(area.value).toBe('');
    expect(screen.queryByTestId('vacancy-try-findings')).toBeNull();
    expect(document.activeElement).toBe(area);
  });
});
