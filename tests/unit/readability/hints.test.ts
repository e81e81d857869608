// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readability } from '../../../lib/readability/readability';
import type { Hint, HintKind } from '../../../lib/readability/types';

function hintsOf(text: string, kind: HintKind, lang: 'nl' | 'en' = 'nl'): { text: string; hint: Hint }[] {
  return readability(text, { lang })
    .hints.filter((h) => h.kind === kind)
    .map((hint) => ({ text: text.slice(hint.start, hint.end), hint }));
}

describe('readability hints', () => {
  it('marks a sentence of more than twenty words', () => {
    const long =
      'Je werkt in een team van tien mensen dat elke dag zorgt voor de planning van alle ritten en de contacten met de klanten in de regio.';
    const found = hintsOf(`Wij zoeken een planner. ${long} Je begint in mei.`, 'long-sentence');
    expect(found.map((f) => f.text)).toEqual([long.slice(0, -1)]);
    expect(found[0]!.hint.message).toMatch(/^Lange zin \(27 woorden\)/);
  });

  it('offers a plain word for an official one, and for official phrases', () => {
    const text = 'Indien je vragen hebt, kun je ons bellen. Wij betalen reiskosten ten behoeve van je stage.';
    const found = hintsOf(text, 'rare-word');
    expect(found.map((f) => [f.text, f.hint.alternatives])).toEqual([
      ['Indien', ['als']],
      ['ten behoeve van', ['voor']],
    ]);
    expect(found[0]!.hint.message).toBe('Ambtelijk woord. Schrijf liever: als.');
  });

  it('marks words that neither list nor compound knows, but not names or common compounds', () => {
    const text = 'Je helpt bij de consolidatiewerkzaamheden in het magazijn van Jansen. Je krijgt een stagevergoeding.';
    const words = hintsOf(text, 'rare-word').map((f) => f.text);
    expect(words).toContain('consolidatiewerkzaamheden');
    expect(words).not.toContain('Jansen');
    expect(words).not.toContain('stagevergoeding');
  });

  it('marks the Dutch passive with worden, and the English one with be', () => {
    expect(hintsOf('Van je wordt verwacht dat je op tijd bent. Je werkt mee.', 'passive').map((f) => f.text)).toEqual(['wordt verwacht']);
    expect(hintsOf('Sollicitaties worden binnen een week beoordeeld door ons team.', 'passive').map((f) => f.text)).toEqual([
      'worden binnen een week beoordeeld',
    ]);
    expect(hintsOf('Applications are reviewed every week by our team.', 'passive', 'en').map((f) => f.text)).toEqual(['are reviewed']);
    // "zijn" with a participle is the active perfect of many verbs: no hint.
    expect(hintsOf('Je bent bij ons begonnen als stagiair en je werkt hard.', 'passive')).toEqual([]);
  });

  it('marks noun style and names the verb where the suffix tells it', () => {
    const found = hintsOf('Je zorgt voor de uitvoering van de planning en het controleren van de lading.', 'nominalisation');
    expect(found.map((f) => [f.text, f.hint.alternatives])).toEqual([
      ['de uitvoering van', ['uitvoeren']],
      ['het controleren van', []],
    ]);
    // An amount is not an action: "een vergoeding van 300 euro" is left alone.
    expect(hintsOf('Je krijgt een vergoeding van 300 euro per maand.', 'nominalisation')).toEqual([]);
    expect(hintsOf('You are responsible for the provision of advice to customers.', 'nominalisation', 'en').map((f) => f.text)).toEqual([
      'the provision of',
    ]);
  });

  it('marks jargon, images and English words in a Dutch text', () => {
    const found = hintsOf(
      'Je bent een echte spin in het web met affiniteit met techniek. Je hebt goede skills en een flexibele mindset.',
      'jargon',
    );
    expect(found.map((f) => f.text)).toEqual(['spin in het web', 'affiniteit met', 'skills', 'mindset']);
    expect(found[2]!.hint.alternatives).toEqual(['vaardigheden']);
  });

  it('marks abbreviations a reader may not know, unless the text explains them', () => {
    const text =
      'Je hebt een VOG nodig. Je werkt volgens HACCP en i.v.m. de drukte ook op zaterdag. Een BHV-diploma (bedrijfshulpverlening) is handig. Je hebt een cv en een mbo-diploma.';
    const found = hintsOf(text, 'abbreviation');
    expect(found.map((f) => f.text)).toEqual(['VOG', 'HACCP', 'i.v.m.']);
    expect(found[2]!.hint.alternatives).toEqual(['in verband met (door, omdat)']);
    const explained = hintsOf('Je hebt een Verklaring Omtrent het Gedrag (VOG) nodig. De VOG kost niets.', 'abbreviation');
    expect(explained).toEqual([]);
  });

  it('marks very long words; a word both rare and long gets the rare-word hint only', () => {
    const found = hintsOf('Je helpt de klantenservicemedewerkers met de planning.', 'long-word');
    expect(found.map((f) => f.text)).toEqual(['klantenservicemedewerkers']);
    expect(found[0]!.hint.message).toMatch(/^Lang woord \(\d+ lettergrepen\)/);
    const both = readability('Je regelt de arbeidsongeschiktheidsverzekering van alle medewerkers.').hints;
    expect(both.map((h) => h.kind)).toEqual(['rare-word']);
  });

  it('never gives a hint that points outside the text or overlaps a word badly', () => {
    const text = 'Indien je vragen hebt: bel ons. Wij verrichten i.v.m. de KPI\u2019s controles. Sollicitaties worden beoordeeld.';
    for (const hint of readability(text).hints) {
      expect(hint.start).toBeGreaterThanOrEqual(0);
      expect(hint.end).toBeLessThanOrEqual(text.length);
      expect(hint.end).toBeGreaterThan(hint.start);
      expect(text.slice(hint.start, hint.end).trim()).toBe(text.slice(hint.start, hint.end));
    }
  });
});
