import { describe, expect, it } from 'vitest';
import { ALL_ADAPTERS, DEMO_ADAPTER, GENERIC_ADAPTER, SCREENING_ADAPTERS } from '../../../lib/sites/screening-adapters/adapters';
import { pickAdapter } from '../../../lib/sites/screening-adapters/pick-adapter';
import { screeningAdapterSchema } from '../../../lib/sites/screening-adapters/schema';
import { KNOWN_SITES } from '../../../lib/sites/known-sites';

describe('screening adapters', () => {
  it.each(ALL_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))(
    '%s parses with the schema and every selector is valid CSS',
    (_id, adapter) => {
      expect(screeningAdapterSchema.parse(adapter)).toEqual(adapter);
      const selectors = [
        ...adapter.names,
        ...adapter.containers,
        ...adapter.photos,
        ...adapter.notes,
        ...adapter.vacancyTitle,
        ...adapter.fields.map((field) => field.selector),
      ];
      for (const selector of selectors) expect(() => document.createDocumentFragment().querySelector(selector), selector).not.toThrow();
    },
  );

  it('has one adapter per supported site, with unique ids', () => {
    const ids = ALL_ADAPTERS.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const site of [
      'stagemarkt',
      'linkedin',
      'indeed',
      'recruitee',
      'homerun',
      'teamtailor',
      'workable',
      'greenhouse',
      'lever',
      'jobdigger',
      'gmail',
      'outlook',
    ]) {
      expect(ids).toContain(site);
    }
    // Every known ATS site that switches screening on by default has an adapter.
    for (const site of KNOWN_SITES.filter((entry) => entry.defaults.screening)) expect(ids).toContain(site.id);
  });

  it('refuses broken adapter data', () => {
    expect(screeningAdapterSchema.safeParse({ ...DEMO_ADAPTER, matches: ['not a pattern'] }).success).toBe(false);
    expect(screeningAdapterSchema.safeParse({ ...DEMO_ADAPTER, names: ['a { color: red }'] }).success).toBe(false);
    expect(screeningAdapterSchema.safeParse({ ...DEMO_ADAPTER, fields: [{ selector: '.x', category: 'shoe-size' }] }).success).toBe(false);
    expect(screeningAdapterSchema.safeParse({ ...DEMO_ADAPTER, attributes: ['onclick="x"'] }).success).toBe(false);
    expect(screeningAdapterSchema.safeParse({ ...DEMO_ADAPTER, extra: true }).success).toBe(false);
  });

  it('picks the site adapter by URL, the demo only under /demo/, and the generic mode elsewhere', () => {
    expect(pickAdapter('https://app.recruitee.com/c/123').id).toBe('recruitee');
    expect(pickAdapter('https://www.linkedin.com/in/someone/').id).toBe('linkedin');
    expect(pickAdapter('https://mail.google.com/mail/u/0/').id).toBe('gmail');
    expect(pickAdapter('http://127.0.0.1:4000/demo/kandidaten.html').id).toBe('demo');
    expect(pickAdapter('http://127.0.0.1:4000/fixtures/x.html').id).toBe('generic');
    expect(pickAdapter('https://werkenbij.example.nl/').id).toBe('generic');
    expect(pickAdapter('https://werkenbij.example.nl/', 'lever').id).toBe('lever');
    expect(pickAdapter('https://werkenbij.example.nl/', 'no-such-adapter').id).toBe('generic');
  });

  it('keeps field selectors out of the generic mode except the demo conventions', () => {
    expect(GENERIC_ADAPTER.fields).toEqual(DEMO_ADAPTER.fields);
    for (const adapter of SCREENING_ADAPTERS)
      for (const name of adapter.names.filter((selector) => !selector.startsWith('span.'))) expect(GENERIC_ADAPTER.names).toContain(name);
  });
});
