import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../lib/cli/args';
import { cliLocale } from '../../../lib/cli/cli-locale';
import { mainSource } from '../../../lib/cli/contract';
import { lineColumn } from '../../../lib/cli/format-text';
import { answerLine } from '../../../lib/cli/jsonl';
import { MESSAGES } from '../../../lib/cli/messages';

const m = MESSAGES.nl;

describe('parseArgs', () => {
  it('reads file, language and format in either form', () => {
    expect(parseArgs(['check', 'ad.txt', '--lang', 'en', '--format=json'], m)).toEqual({
      kind: 'check',
      file: 'ad.txt',
      lang: 'en',
      format: 'json',
      target: 'B1',
    });
    expect(parseArgs(['check'], m)).toEqual({ kind: 'check', file: undefined, lang: 'auto', format: 'text', target: 'B1' });
    expect(parseArgs(['check', '--target', 'a2'], m)).toMatchObject({ target: 'A2' });
    expect(parseArgs(['check', '--target=C1'], m)).toMatchObject({ target: 'C1' });
    expect(parseArgs(['check', '-'], m)).toMatchObject({ file: '-' });
  });
  it.each([
    [[], /Geen opdracht/],
    [['lint'], /Onbekende opdracht/],
    [['check', '--verbose'], /Onbekende optie/],
    [['check', '--lang', 'de'], /Ongeldige taal/],
    [['check', '--format'], /waarde nodig/],
    [['check', 'a.txt', 'b.txt'], /maximaal één/],
    [['check', '--target', 'B3'], /Ongeldig taalniveau/],
  ])('rejects %j', (argv, message) => {
    const parsed = parseArgs(argv, m);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' ? parsed.message : '').toMatch(message);
  });
  it('gives help wherever -h appears', () => {
    expect(parseArgs(['check', 'x', '-h'], m)).toEqual({ kind: 'help' });
  });
});

describe('helpers', () => {
  it('picks the CLI language from the environment, Dutch first', () => {
    expect(cliLocale({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(cliLocale({ LANG: 'nl_NL.UTF-8' })).toBe('nl');
    expect(cliLocale({ LANG: 'C.UTF-8' })).toBe('nl');
    expect(cliLocale({ LC_ALL: 'en_GB', LANG: 'nl_NL' })).toBe('en');
  });
  it('prefers a ruling number as the main source', () => {
    expect(
      mainSource({
        sources: [
          { label: 'Gids', url: 'https://a.example' },
          { label: 'College oordeel 2017-35', url: 'https://b.example' },
        ],
      }),
    ).toBe('College oordeel 2017-35');
    expect(mainSource({ sources: [{ label: 'Gids', url: 'https://a.example' }] })).toBe('https://a.example');
  });
  it('computes line and column from an offset', () => {
    expect(lineColumn('ab\ncd\nef', 7)).toEqual({ line: 3, column: 2 });
    expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
  });
  it('answers a JSONL line or reports why it is bad', () => {
    const defaults = { lang: 'auto', target: 'B1' } as const;
    expect(answerLine('{"id":"1","text":"Geen 50-plussers."}', defaults, m)).toMatchObject({ bad: false, flagged: true });
    expect(answerLine('[1,2]', defaults, m)).toMatchObject({ bad: true });
    expect(JSON.parse(answerLine('{"id":5,"text":"x","lang":"fr"}', defaults, m).out)).toEqual({ id: 5, error: m.badLine });
    expect(JSON.parse(answerLine('{"id":6,"text":"x","target":"D1"}', defaults, m).out)).toEqual({ id: 6, error: m.badLine });
  });
});
