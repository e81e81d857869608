import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TryItBox } from '../../../entrypoints/dashboard/pages/vacancy/TryItBox';
import { updateSettings } from '../../../lib/settings/store';

const TEXT = 'Wij zoeken een jonge stagiair met Nederlands als moedertaal.';
/** The box loads the engine on its first check (rule packs and construction layer): allow for a busy machine. */
const FIRST_CHECK = { timeout: 10_000 };

describe('the paste box on the Vacaturecheck page', () => {
  afterEach(cleanup);

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
