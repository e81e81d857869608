import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import { LEVELS, type Level } from '../readability/levels';
import { needsAction } from '../wording/summary';
import type { LanguageOption } from '../wording/types';
import { createTextChecker, type TextChecker } from './check-text';
import { toContractFinding } from './contract';
import type { Messages } from './messages';
import { toContractReadability } from './readability-contract';

const lineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  lang: z.enum(['nl', 'en', 'auto']).optional(),
  target: z.enum(LEVELS).optional(),
});

/** Defaults for every line: `--lang` and `--target`. */
export interface BatchDefaults {
  lang: LanguageOption;
  target: Level;
}

export interface BatchOutcome {
  lines: number;
  badLines: number;
  flaggedLines: number;
}

/** Answer one JSONL input line with one output line; a bad line gets an error and the batch goes on. */
export function answerLine(
  line: string,
  defaults: BatchDefaults,
  messages: Messages,
  check: TextChecker = createTextChecker(),
): { out: string; bad: boolean; flagged: boolean } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { out: JSON.stringify({ error: messages.badJson }), bad: true, flagged: false };
  }
  const item = lineSchema.safeParse(parsed);
  if (!item.success) {
    const id = typeof parsed === 'object' && parsed !== null && 'id' in parsed ? (parsed as { id: unknown }).id : undefined;
    const usableId = typeof id === 'string' || typeof id === 'number' ? id : undefined;
    return {
      out: JSON.stringify(usableId === undefined ? { error: messages.badLine } : { id: usableId, error: messages.badLine }),
      bad: true,
      flagged: false,
    };
  }
  const lang = item.data.lang ?? defaults.lang;
  const { result, readable } = check(item.data.text, lang, item.data.target ?? defaults.target);
  return {
    out: JSON.stringify({
      id: item.data.id,
      findings: result.findings.map(toContractFinding),
      readability: toContractReadability(readable),
    }),
    bad: false,
    flagged: needsAction(result.findings),
  };
}

/** Stream a JSONL batch: thousands of ads in one process, one answer per non-empty line. */
export async function runBatch(input: Readable, output: Writable, defaults: BatchDefaults, messages: Messages): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { lines: 0, badLines: 0, flaggedLines: 0 };
  const reader = createInterface({ input, crlfDelay: Infinity });
  const check = createTextChecker();
  for await (const raw of reader) {
    const line = raw.replace(/^\uFEFF/, '');
    if (line.trim() === '') continue;
    outcome.lines++;
    const answer = answerLine(line, defaults, messages, check);
    if (answer.bad) outcome.badLines++;
    if (answer.flagged) outcome.flaggedLines++;
    if (!output.write(`${answer.out}\n`)) await new Promise((resolve) => output.once('drain', resolve));
  }
  return outcome;
}
