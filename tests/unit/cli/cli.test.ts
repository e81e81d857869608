import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/* The CLI as a user runs it: a child process through tsx, with files, stdin and env. */
const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLI = join(ROOT, 'lib/cli/eerlijk-werven.ts');
const dir = mkdtempSync(join(tmpdir(), 'ew-cli-'));
const BIASED = join(dir, 'biased.txt');
const CLEAN = join(dir, 'clean.txt');
writeFileSync(BIASED, '\uFEFFStagiair receptie\n\nWij zoeken een jonge stagiaire van maximaal 21 jaar. Stuur je cv met pasfoto.\n');
writeFileSync(CLEAN, 'Wij zoeken een stagiair receptie. Je spreekt Nederlands op B1-niveau.\n');

function run(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const base: Record<string, string | undefined> = { ...process.env, LANG: 'nl_NL.UTF-8', FORCE_COLOR: '' };
  delete base.NO_COLOR;
  delete base.LC_ALL;
  delete base.LC_MESSAGES;
  const env = { ...base, ...options.env };
  const result = spawnSync(TSX, [CLI, ...args], { input: options.input ?? '', env, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test starts the CLI through tsx several times; on a shared two-core machine one start can
// take several seconds, so the tests get the same minute each start has (spawnSync above).
describe('eerlijk-werven check', { timeout: 120_000 }, () => {
  it('prints the JSON contract with exactly the agreed finding fields, exit 1 when something is prohibited', () => {
    const { code, stdout } = run(['check', BIASED, '--format', 'json']);
    expect(code).toBe(1);
    const out = JSON.parse(stdout) as { lang: string; findings: Record<string, unknown>[]; summary: { total: number } };
    // The original three keys, plus readability (an addition; nothing was removed or changed).
    expect(Object.keys(out).sort()).toEqual(['findings', 'lang', 'readability', 'summary']);
    expect(out.lang).toBe('nl');
    expect(out.summary.total).toBe(out.findings.length);
    for (const f of out.findings) {
      expect(Object.keys(f).sort()).toEqual(['alternatives', 'end', 'ground', 'message', 'ruleId', 'severity', 'source', 'start', 'text']);
      expect(typeof f.source).toBe('string');
    }
    const young = out.findings.find((f) => f.ruleId === 'nl.age.jong');
    // Offsets are UTF-16 offsets into the input as given, byte-order mark included.
    const input = '\uFEFFStagiair receptie\n\nWij zoeken een jonge stagiaire van maximaal 21 jaar. Stuur je cv met pasfoto.\n';
    expect(input.slice((young?.start as number) + 1, (young?.end as number) + 1)).toBe('jonge');
  });

  it('exits 0 for a clean text and prints a readable report without colour when piped', () => {
    const { code, stdout } = run(['check', CLEAN]);
    expect(code).toBe(0);
    expect(stdout).toContain('Geen bevindingen');
    expect(stdout).not.toContain('\u001b[');
  });

  it('colours the report when forced, and NO_COLOR wins', () => {
    expect(run(['check', BIASED], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31m');
    expect(run(['check', BIASED], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('reads standard input with "-" and honours --lang', () => {
    const { code, stdout } = run(['check', '-', '--lang=en', '--format', 'json'], { input: 'Native English speaker required.' });
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as { findings: { ruleId: string }[] }).findings[0]?.ruleId).toBe('en.origin.native-speaker');
  });

  it('answers every JSONL line, marks bad lines, and exits 2 when any line was bad', () => {
    const input = [
      '{"id":"a","text":"Ben jij jong en wil je leren?"}',
      '{not json',
      '{"id":7,"text":"We are hiring a chef.","lang":"en"}',
      '{"id":"x","text":42}',
      '',
    ].join('\n');
    const { code, stdout } = run(['check', '--format', 'jsonl'], { input });
    expect(code).toBe(2);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines[0]?.id).toBe('a');
    expect((lines[0]?.findings as unknown[]).length).toBe(1);
    expect(lines[1]).toEqual({ error: 'ongeldige JSON' });
    expect(lines[2]).toMatchObject({ id: 7, findings: [] });
    expect(Object.keys(lines[2] as object).sort()).toEqual(['findings', 'id', 'readability']);
    expect((lines[2]?.readability as { lang: string }).lang).toBe('en');
    expect(lines[3]?.id).toBe('x');
    expect(lines[3]?.error).toBeTruthy();
  });

  it('adds a readability object to the JSON forms and the text report, and never changes the exit code for it', () => {
    const dense = join(dir, 'dense.txt');
    writeFileSync(
      dense,
      'Ten behoeve van de optimalisatie van onze operationele processen zijn wij op zoek naar een gemotiveerde stagiair die verantwoordelijk wordt gesteld voor het verrichten van uiteenlopende werkzaamheden conform de geldende kwaliteitsnormen.\n',
    );
    const json = run(['check', dense, '--format', 'json']);
    // Hard to read, but nothing biased: exit 0.
    expect(json.code).toBe(0);
    const r = (JSON.parse(json.stdout) as { readability: Record<string, unknown> }).readability;
    expect(Object.keys(r).sort()).toEqual(
      [
        'grade',
        'hints',
        'lang',
        'level',
        'method',
        'reached',
        'reason',
        'reasonMessage',
        'score',
        'sentences',
        'syllables',
        'target',
        'words',
      ].sort(),
    );
    expect(r).toMatchObject({ lang: 'nl', target: 'B1', reached: false, reason: null, sentences: 1 });
    expect(['B2', 'C1', 'C2']).toContain(r.level);
    expect(r.method).toMatch(/^flesch-douma/);
    const hints = r.hints as { start: number; end: number; kind: string; message: string }[];
    expect(hints.map((h) => h.kind)).toEqual(expect.arrayContaining(['long-sentence', 'rare-word', 'passive']));
    for (const h of hints) expect(Object.keys(h).sort()).toEqual(['alternatives', 'end', 'kind', 'message', 'start']);
    expect(JSON.parse(run(['check', dense, '--format', 'json', '--target', 'C2']).stdout).readability.reached).toBe(true);

    const text = run(['check', dense]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Leesbaarheid: (B2|C1|C2) \(doel B1, niet gehaald\) · Flesch-Douma/);
    expect(text.stdout).toContain('lijdende vorm');
    expect(text.stdout).toContain('Tips zijn advies, geen bevindingen');
    const english = run(['check', dense], { env: { LANG: 'en_GB.UTF-8' } });
    expect(english.stdout).toMatch(/Readability: (B2|C1|C2) \(target B1, not reached\)/);

    const batch = run(['check', '--format', 'jsonl'], { input: '{"id":1,"text":"","target":"A2"}\n' });
    expect(batch.code).toBe(0);
    expect(JSON.parse(batch.stdout).readability).toMatchObject({ level: null, target: 'A2', reason: 'empty' });
  });

  it('exits 1 for a JSONL batch with findings and no bad lines, 0 when all are clean', () => {
    expect(run(['check', '--format', 'jsonl'], { input: '{"id":1,"text":"Geen 50-plussers."}\n' }).code).toBe(1);
    expect(run(['check', '--format', 'jsonl'], { input: '{"id":1,"text":"Wij zoeken een kok."}\n' }).code).toBe(0);
  });

  it('explains an unreadable file in Dutch or English and exits 2', () => {
    const nl = run(['check', join(dir, 'missing.txt')]);
    expect(nl.code).toBe(2);
    expect(nl.stderr).toMatch(/bestaat niet/);
    const en = run(['check', dir], { env: { LANG: 'en_GB.UTF-8' } });
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/folder, not a file/);
  });

  it('rejects bad usage with exit 2 and prints help with exit 0', () => {
    expect(run(['inspect']).code).toBe(2);
    expect(run(['check', CLEAN, '--format', 'xml']).stderr).toMatch(/Ongeldig formaat/);
    expect(run(['check', CLEAN, '--lang']).code).toBe(2);
    const help = run(['--help'], { env: { LANG: 'en_US.UTF-8' } });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('eerlijk-werven check [FILE|-]');
  });
});
