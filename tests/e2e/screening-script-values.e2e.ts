import { describe, expect, it } from 'vitest';
import { enableSite, fixtureUrl, useExtension } from './harness';

describe('Blind screenen and values a script sets without an event', () => {
  const ext = useExtension({ language: 'nl' });

  it('reads the name a script put in a field with input.value, hides it in the page’s text, and leaves the value as set', async () => {
    await enableSite(ext.context, 'http://127.0.0.1/*', { vacancy: false, screening: true, checklist: false });
    const page = await ext.openPage(fixtureUrl('screening/script-values.html'));
    await page.waitForFunction(() => (window as unknown as { __filled?: boolean }).__filled === true, null, { timeout: 10_000 });
    // The comment names her by her given name only: it can be hidden once the field's value is read.
    await page.waitForFunction(() => !document.body.innerText.includes('Mirjam'), null, { timeout: 5_000 }).catch(() => undefined);
    const seen = await page.evaluate(() => ({
      text: document.body.innerText,
      name: (document.getElementById('n2') as HTMLInputElement).value,
      masks: [...(document.querySelector('ew-blind-screening')?.shadowRoot?.querySelectorAll('.ew-field-mask') ?? [])].length,
    }));
    expect(seen.text).not.toContain('Mirjam');
    expect(seen.text).toContain('Ilona Brouwer');
    expect(seen.text).toContain('verhuist volgende maand');
    expect(seen.name).toBe('Mirjam Veenstra');
    expect(seen.masks).toBeGreaterThanOrEqual(6);
  });
});
