import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadabilitySection } from '../../../entrypoints/options/ReadabilitySection';
import { defaultSettings } from '../../../lib/settings/defaults';
import { isReadabilityOn, readabilityKeyOf, readabilityTarget } from '../../../lib/settings/readability-sites';
import { repairSettings } from '../../../lib/settings/repair';
import { getSettings, updateSettings } from '../../../lib/settings/store';

describe('readability settings', () => {
  it('default to B1 for internship ads and other vacancies, on everywhere', () => {
    const settings = defaultSettings();
    expect(settings.readability).toEqual({ target: 'B1', otherTarget: 'B1', offSites: [] });
    expect(readabilityTarget(settings, true)).toBe('B1');
    expect(isReadabilityOn(settings, 'werkenbij.example.nl')).toBe(true);
  });

  it('are added with their defaults to settings stored before they existed, and a bad target is repaired', () => {
    const stored = { version: 1, language: 'nl', sites: [] };
    expect(repairSettings(stored).settings.readability).toEqual({ target: 'B1', otherTarget: 'B1', offSites: [] });
    expect(repairSettings(stored).problems).toEqual([]);
    const broken = repairSettings({ ...stored, readability: { target: 'B7', otherTarget: 'C1', offSites: ['a.nl'] } });
    expect(broken.settings.readability).toEqual({ target: 'B1', otherTarget: 'C1', offSites: ['a.nl'] });
    expect(broken.problems).toEqual([{ path: 'readability.target', kind: 'invalid' }]);
  });

  it('switch off per host, with "*." entries covering subdomains', () => {
    const settings = defaultSettings();
    settings.readability.offSites = ['werkenbij.acme.nl', '*.recruitee.com'];
    expect(isReadabilityOn(settings, 'werkenbij.acme.nl')).toBe(false);
    expect(isReadabilityOn(settings, 'acme.recruitee.com')).toBe(false);
    expect(isReadabilityOn(settings, 'recruitee.com')).toBe(false);
    expect(isReadabilityOn(settings, 'notrecruitee.com')).toBe(true);
    expect(readabilityKeyOf('https://*.recruitee.com/*')).toBe('*.recruitee.com');
    expect(readabilityKeyOf('http://127.0.0.1:8080/*')).toBe('127.0.0.1');
  });
});

describe('the readability section of the options page', () => {
  afterEach(cleanup);

  it('sets the target levels and switches a site off and on again', async () => {
    await updateSettings((s) => {
      s.sites = [{ match: 'https://werkenbij.acme.nl/*', vacancy: true, screening: false, checklist: false }];
    });
    const { rerender } = render(<ReadabilitySection settings={await getSettings()} />);
    const target = screen.getByLabelText<HTMLSelectElement>('Doelniveau voor stagevacatures');
    expect(target.value).toBe('B1');
    expect(screen.getAllByRole('option', { name: 'B1 (aanbevolen)' })).toHaveLength(2);
    fireEvent.change(target, { target: { value: 'A2' } });
    await waitFor(async () => expect((await getSettings()).readability.target).toBe('A2'));
    fireEvent.change(screen.getByLabelText('Doelniveau voor andere vacatures'), { target: { value: 'B2' } });
    await waitFor(async () => expect((await getSettings()).readability.otherTarget).toBe('B2'));

    const site = screen.getByRole<HTMLInputElement>('checkbox', { name: 'werkenbij.acme.nl' });
    expect(site.checked).toBe(true);
    fireEvent.click(site);
    await waitFor(async () => expect((await getSettings()).readability.offSites).toEqual(['werkenbij.acme.nl']));
    rerender(<ReadabilitySection settings={await getSettings()} />);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'werkenbij.acme.nl' }).checked).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: 'werkenbij.acme.nl' }));
    await waitFor(async () => expect((await getSettings()).readability.offSites).toEqual([]));
  });
});
