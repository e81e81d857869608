import { describe, expect, it } from 'vitest';
import { PERSON_PARTICLE } from '../../../lib/blinding/name-words';
import { scanPerson } from '../../../lib/blinding/person-scanner';

/** The name scanPerson reads from the start of a text. */
function personAtStart(text: string): string {
  const end = scanPerson(text, 0);
  return end < 0 ? '' : text.slice(0, end);
}

describe('PERSON_PARTICLE: the particles between the words of a person’s name', () => {
  it('joins a name over Dutch, Portuguese, Arabic and German particles', () => {
    expect(personAtStart('Kees in ’t Veld belt morgen')).toBe('Kees in ’t Veld');
    expect(personAtStart("Kees in 't Veld belt morgen")).toBe("Kees in 't Veld");
    expect(personAtStart('Nuno dos Santos belt morgen')).toBe('Nuno dos Santos');
    expect(personAtStart('Maria do Rosário Lopes reageerde')).toBe('Maria do Rosário Lopes');
    expect(personAtStart('Anna van der Berg reageerde')).toBe('Anna van der Berg');
    expect(personAtStart('Yusuf bin Hamid reageerde')).toBe('Yusuf bin Hamid');
  });

  it('does not join a name and the place after "in", "op" or "aan"', () => {
    expect(personAtStart('Marloes in Zwolle belt morgen')).toBe('Marloes');
    expect(personAtStart('Sander op Texel belt morgen')).toBe('Sander');
    expect(personAtStart('Ruud aan Zee belt morgen')).toBe('Ruud');
  });

  it('matches a particle only as a whole', () => {
    const particle = new RegExp(String.raw`^${PERSON_PARTICLE}$`, 'u');
    for (const word of ['van', 'der', "'t", 'in de', "in 't", 'dos', 'el', 'von']) expect(particle.test(word), word).toBe(true);
    for (const word of ['in', 'op', 'aan', 'bij', 'Van', 'deze']) expect(particle.test(word), word).toBe(false);
  });
});
