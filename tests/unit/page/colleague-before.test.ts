import { describe, expect, it } from 'vitest';
import { colleagueBefore } from '../../../lib/page/harvest/colleague-before';
import { testLexicon } from '../blinding/test-lexicon';
import { harvestPage } from './harvest-page';

// Invented people. A colleague is named after the role a form would label them with
// (lib/blinding/field-roles.ts, 'staff-name'); one list of roles serves a note and a short line.
const lexicon = testLexicon({
  given: ['sofia', 'ilse', 'bram', 'noor', 'priya', 'tomasz'],
  family: ['marchetti', 'boer', 'kok', 'jansen', 'raghunathan', 'wiśniewski'],
});
const harvest = (markup: string) => harvestPage(markup, lexicon);

describe('colleagueBefore', () => {
  it('reads a role, a note’s author and a colleague word before a name', () => {
    const at = (text: string, name: string) => colleagueBefore(text, text.indexOf(name));
    expect(at('Doorgestuurd naar praktijkopleider Ilse de Boer', 'Ilse')).toBe(true);
    expect(at('Shared with hiring manager Sofia Marchetti', 'Sofia')).toBe(true);
    expect(at('Notitie van Bram Kok:', 'Bram')).toBe(true);
    expect(at('overleg met collega Noor Jansen', 'Noor')).toBe(true);
  });

  it('leaves a name after a label that ends in a preposition, or after no role, to other evidence', () => {
    const at = (text: string, name: string) => colleagueBefore(text, text.indexOf(name));
    expect(at('Gebeld door Noor Jansen', 'Noor')).toBe(false);
    expect(at('Sollicitatie van Noor Jansen', 'Noor')).toBe(false);
    expect(at('Noor Jansen', 'Noor')).toBe(false);
  });
});

describe('a colleague named by their role in a short line', () => {
  const candidates = `<ul class="list"><li data-candidate-id="1"><span>PR</span><div>Priya Raghunathan</div></li>
    <li data-candidate-id="2"><span>TW</span><div>Tomasz Wiśniewski</div></li></ul>`;

  it('keeps a colleague readable whose role is any a form labels one with, not only a hiring manager', () => {
    for (const line of [
      'Doorgezet naar consultant Ilse de Boer',
      'Stagebegeleider Ilse de Boer',
      'Gesprek gepland met begeleider Ilse de Boer',
    ]) {
      const page = harvest(`${candidates}<span class="meta">${line}</span>`);
      expect(page.harvester.isStaff('Ilse de Boer'), line).toBe(true);
      expect(page.names).not.toContain('Ilse de Boer');
    }
  });

  it('finds the name after a role written with capitals, which opens the same run of capitalised words', () => {
    const page = harvest(`${candidates}<p class="meta">Shared with Hiring Manager Sofia Marchetti</p>`);
    expect(page.harvester.isStaff('Sofia Marchetti')).toBe(true);
    expect(page.names).not.toContain('Sofia Marchetti');
  });

  it('takes no one as a colleague for a name after "door" or with no role before it', () => {
    const page = harvest(`${candidates}<p class="meta">Geüpload door Noor Jansen</p><p class="meta">Noor Jansen · 2 dagen geleden</p>`);
    expect(page.harvester.isStaff('Noor Jansen')).toBe(false);
  });
});
