import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Switch } from '../../../components/Switch';

describe('ConfirmDialog', () => {
  test('asks with a named dialog and reports the choice', () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(
      <ConfirmDialog open title="Alles wissen?" confirmLabel="Wissen" cancelLabel="Annuleren" onConfirm={onConfirm} onCancel={onCancel}>
        <p>Dit kan niet ongedaan worden gemaakt.</p>
      </ConfirmDialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Alles wissen?' });
    expect(dialog.textContent).toContain('Dit kan niet ongedaan worden gemaakt.');
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(onCancel).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Wissen' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });
});

describe('Switch', () => {
  test('is a labelled checkbox that reports its new state', () => {
    const onChange = vi.fn();
    render(
      <Switch checked={false} onChange={onChange} description="Markeert vooroordelen">
        Vacaturecheck
      </Switch>,
    );
    const box = screen.getByRole('checkbox', { name: /Vacaturecheck/ });
    fireEvent.click(box);
    expect(onChange).toHaveBeenCalledWith(true);
  });
});
