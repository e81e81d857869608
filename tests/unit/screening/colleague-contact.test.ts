// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MarkerRange } from '../../../lib/blinding/marker-range';
import { createColleagueContact } from '../../../entrypoints/screening.content/colleague-address';

const isStaff = (name: string) => name === 'a. kuipers' || name === 'annelies degraaf';
const atOwnDomain = (address: string) => address.endsWith('@firma.example');
const contact = createColleagueContact(atOwnDomain, isStaff);
const range = (text: string, part: string, category: MarkerRange['category']): MarkerRange => ({
  start: text.indexOf(part),
  end: text.indexOf(part) + part.length,
  category,
});

describe('contacts that are no applicant’s', () => {
  it("keeps the employer's mailboxes and colleagues' addresses", () => {
    for (const address of ['werkenbij@bouw.example', 'annelies.degraaf@mail.example', 'a.kuipers@lindehof.example', 'rob@firma.example'])
      expect(contact(address, range(address, address, 'email')), address).toBe(true);
    const applicant = 'yasmina.elidrissi@mail.example';
    expect(contact(applicant, range(applicant, applicant, 'email'))).toBe(false);
  });

  it("keeps a phone number in a short line beside a colleague's address, and no other", () => {
    const line = 'a.kuipers@lindehof.example · 0481-350 200';
    expect(contact(line, range(line, '0481-350 200', 'phone'))).toBe(true);
    const applicant = 'yasmina.elidrissi@mail.example · 06-29384756';
    expect(contact(applicant, range(applicant, '06-29384756', 'phone'))).toBe(false);
    const both = 'a.kuipers@lindehof.example, yasmina.elidrissi@mail.example · 06-29384756';
    expect(contact(both, range(both, '06-29384756', 'phone'))).toBe(false);
    const alone = 'Bel 0481-350 200';
    expect(contact(alone, range(alone, '0481-350 200', 'phone'))).toBe(false);
  });
});
