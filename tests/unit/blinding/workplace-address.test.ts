import { describe, expect, it } from 'vitest';
import { createMarkerDetector } from '../../../lib/blinding/detect';
import { addressAtAWorkplace, blockOfWorkDetails } from '../../../lib/blinding/workplace-address';

const at = (text: string, address: string) => {
  const start = text.indexOf(address);
  return addressAtAWorkplace(text, start, start + address.length);
};

describe('the employer’s address on an applicant page (held-out set O)', () => {
  it('places an address after an office, a workshop or an onsite location at work', () => {
    expect(at('We nodigen je uit op ons kantoor aan de Noordersluisweg 20 in Lelystad.', 'Noordersluisweg 20')).toBe(true);
    expect(at('Ben je bekend met de werkplaats aan de Industrieweg 12, Beuningen?', 'Industrieweg 12')).toBe(true);
    expect(at('Onsite location: Catharijnesingel 52, Utrecht (3rd floor, ask for the team).', 'Catharijnesingel 52')).toBe(true);
    expect(at('Wilhelminakade 91, 3rd Floor, Rotterdam', 'Wilhelminakade 91')).toBe(true);
    expect(at('Vergaderruimte 2.14, Oostzijde Zorgtechniek, Stationsplein 9, Zwolle', 'Stationsplein 9')).toBe(true);
    // A meeting placed there (held-out set Q, a board's comment).
    expect(at('@Rutger can you join the case interview on Thu 3 July 13:00 at Stationsplein 22?', 'Stationsplein 22')).toBe(true);
    expect(at('Proefdag dinsdag om 9 uur aan de Markt 6 in Meppel.', 'Markt 6')).toBe(true);
  });

  it('leaves the word of a place before a street out of the street, so the place says where it is (held-out set R)', () => {
    const text = 'vr 20 jun · 10:00 – 10:45 · Kantoor Paterswoldseweg 810';
    const ranges = createMarkerDetector({ categories: new Set(['address']) })(text);
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(['Paterswoldseweg 810']);
    expect(at(text, 'Paterswoldseweg 810')).toBe(true);
  });

  it('keeps an address hidden where someone lives, or where the sentence names no place of work', () => {
    expect(at('Ze woont vlak bij ons kantoor, aan de Kerkstraat 12.', 'Kerkstraat 12')).toBe(false);
    expect(at('Kandidaat woont aan de Kerkstraat 12, 3e verdieping.', 'Kerkstraat 12')).toBe(false);
    expect(at('Adres: Kerkstraat 12, Utrecht', 'Kerkstraat 12')).toBe(false);
    expect(at('Na het gesprek bleek dat ze woont aan de Kerkstraat 12.', 'Kerkstraat 12')).toBe(false);
    expect(at('Gesprek gehad, ze is bereikbaar op Kerkstraat 12 in Utrecht.', 'Kerkstraat 12')).toBe(false);
    // The office was named in an earlier sentence: this one is about the applicant.
    expect(at('Gesprek op kantoor gehad. Haar adres is Kerkstraat 12.', 'Kerkstraat 12')).toBe(false);
  });

  it('reads a short block of a vacancy’s or a company’s details as the employer’s', () => {
    expect(blockOfWorkDetails('Nijverheidsweg 14, Medemblik · 38-40 uur · € 2.650 – € 3.300 · online t/m 31 oktober')).toBe(true);
    expect(blockOfWorkDetails('Brasserie De Waalkade Waalkade 12, Zaltbommel · erkend leerbedrijf SBB (Horeca)')).toBe(true);
    expect(blockOfWorkDetails('Woonstichting De Linie t.a.v. de heer D. van Amerongen Stationsplein 5, 3818 LE Amersfoort')).toBe(true);
    expect(blockOfWorkDetails('Kerkstraat 12, 3511 AB Utrecht')).toBe(false);
    expect(blockOfWorkDetails('Woonadres: Kerkstraat 12, Utrecht · beschikbaar 32 uur')).toBe(false);
  });
});
