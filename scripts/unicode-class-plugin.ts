import ts from 'typescript';
import type { Plugin } from 'vite';
import { unicodeClassContents } from './unicode-classes';

/**
 * Writes the screening code's Unicode property escapes `\p{L}`, `\p{M}` and `\p{N}` as explicit
 * classes at build time (scripts/unicode-classes.ts says which code points and why). The source
 * keeps the readable escapes; the unit tests run through the same plugin, so they test what ships.
 *
 * Only regular expression literals and `String.raw` templates are rewritten: there a backslash is
 * the expression's own. A template's parts are read in order as one expression, so `[${x}\p{L}]`
 * is known to be inside a class. An escape in an ordinary string stops the build: write it as
 * `String.raw`.
 */
const SCREENING_CODE = /[\\/](?:lib[\\/](?:blinding|page|sites)|entrypoints[\\/][^\\/]+\.content)[\\/][^?]*\.tsx?$/u;
const PROPERTY = /\\p\{(L|M|N)\}/uy;

type Edit = { start: number; end: number; text: string };

/** Reads an expression's text (or a template's parts in turn) and notes where each escape stands. */
class PatternReader {
  private depth = 0;
  readonly edits: Edit[] = [];
  constructor(private readonly classes: ReadonlyMap<string, string>) {}

  read(text: string, offset: number): void {
    for (let index = 0; index < text.length; index += 1) {
      const char = text[index];
      if (char === '\\') {
        PROPERTY.lastIndex = index;
        const property = PROPERTY.exec(text);
        if (property) {
          const contents = this.classes.get(property[1]!)!;
          const end = index + property[0].length;
          this.edits.push({ start: offset + index, end: offset + end, text: this.depth > 0 ? contents : `[${contents}]` });
          index = end - 1;
        } else {
          index += 1;
        }
      } else if (char === '[') {
        this.depth += 1;
      } else if (char === ']' && this.depth > 0) {
        this.depth -= 1;
      }
    }
  }
}

const isStringRaw = (node: ts.TaggedTemplateExpression) => node.tag.getText() === 'String.raw';

export function rewriteUnicodeClasses(code: string, fileName: string, classes = unicodeClassContents()): string {
  if (!code.includes('\\p{')) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const edits: Edit[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(source);
      const reader = new PatternReader(classes);
      reader.read(text.slice(1, text.lastIndexOf('/')), node.getStart(source) + 1);
      edits.push(...reader.edits);
      return;
    }
    if (ts.isTaggedTemplateExpression(node) && isStringRaw(node)) {
      const reader = new PatternReader(classes);
      const parts = ts.isNoSubstitutionTemplateLiteral(node.template)
        ? [node.template]
        : [node.template.head, ...node.template.templateSpans.map((span) => span.literal)];
      for (const part of parts) reader.read(part.getText(source), part.getStart(source));
      edits.push(...reader.edits);
      ts.forEachChild(node, visit);
      return;
    }
    if ((ts.isStringLiteral(node) || ts.isTemplateLiteralToken(node)) && node.getText(source).includes('\\\\p{')) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      throw new Error(`${fileName}:${line + 1}: write a Unicode property escape in a regex literal or String.raw, not an ordinary string`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const unique = [...new Map(edits.map((edit) => [edit.start, edit])).values()].sort((a, b) => b.start - a.start);
  let out = code;
  for (const edit of unique) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

export function cheapUnicodeClasses(): Plugin {
  const classes = unicodeClassContents();
  return {
    name: 'eerlijk-werven:cheap-unicode-classes',
    enforce: 'pre',
    transform(code, id) {
      if (!SCREENING_CODE.test(id)) return null;
      return { code: rewriteUnicodeClasses(code, id, classes), map: null };
    },
  };
}
