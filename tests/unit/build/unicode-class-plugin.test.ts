import { describe, expect, it } from 'vitest';
import { OWN_LABEL } from '../../../lib/page/harvest/values';
import { rewriteUnicodeClasses } from '../../../scripts/unicode-class-plugin';

/** The expression a one-line module holds, after the plugin rewrote it. */
function rewritten(line: string): RegExp {
  const code = rewriteUnicodeClasses(`export const X = ${line};`, 'x.ts');
  return new Function(`${code.replace('export const X =', 'return')}`)() as RegExp;
}

describe('Unicode property escapes written as explicit classes (scripts/unicode-class-plugin.ts)', () => {
  it('writes an escape outside a class as a class and inside a class as its contents', () => {
    const alone = rewritten(String.raw`/^\p{L}+$/u`);
    const inside = rewritten(String.raw`/^[\p{L}\p{M}'’-]+$/u`);
    expect(alone.source).not.toContain(String.raw`\p{`);
    expect(inside.source).not.toContain(String.raw`\p{`);
    for (const name of ['Sanne', "d'Souza", 'Çelik', 'Łukasz', 'Nguyễn', 'Ольга', 'محمد', 'ተስፋይ', '张伟', 'प्रिया', '김민준', 'Γιώργος']) {
      expect(inside.test(name), name).toBe(true);
      expect(alone.test(name.replace(/['’-]/gu, '')), name).toBe(true);
    }
    for (const other of ['12', '×', '÷', '@', '٣', ' ', '.']) expect(alone.test(other), other).toBe(false);
  });

  it('counts a decomposed accent as part of its letter', () => {
    expect(rewritten(String.raw`/^\p{L}+$/u`).test('Zoe\u0301')).toBe(true);
    expect('Zoe\u0301'.normalize('NFD').replace(rewritten(String.raw`/\p{M}/gu`), '')).toBe('Zoe');
  });

  it('reads the parts of a String.raw template in turn, so a class opened before a substitution stays open', () => {
    const code = rewriteUnicodeClasses('const X = String.raw`[${A}\\p{L}]+`;', 'x.ts');
    expect(code).toMatch(/\[\$\{A\}\\u0041-\\u005a[^\]]*\]\+/u);
  });

  it('leaves an escaped backslash, case properties and other code alone', () => {
    const code = String.raw`const A = /\\p{L}/u; const B = /\p{Lu}\p{Ll}/u; const C = 1;`;
    expect(rewriteUnicodeClasses(code, 'x.ts')).toBe(code);
  });

  it('stops the build for an escape in an ordinary string, with the file and line', () => {
    expect(() => rewriteUnicodeClasses("const a = 1;\nconst X = new RegExp('[\\\\p{L}]', 'u');", 'lib/x.ts')).toThrow(
      /lib\/x\.ts:2: .*String\.raw/u,
    );
  });

  it('is applied to the screening code the unit tests import', () => {
    expect(OWN_LABEL.source).not.toContain(String.raw`\p{L}`);
    expect(OWN_LABEL.test('Woonplaats: ')).toBe(true);
  });
});
