import { createReadStream, readFileSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { needsAction } from '../wording/summary';
import { parseArgs } from './args';
import { createTextChecker } from './check-text';
import { cliLocale } from './cli-locale';
import { toContractResult } from './contract';
import { toContractReadability } from './readability-contract';
import { formatText } from './format-text';
import { runBatch } from './jsonl';
import { MESSAGES, type Messages } from './messages';

/**
 * eerlijk-werven check [FILE|-] [--lang nl|en|auto] [--format text|json|jsonl] [--target A1..C2]
 * Exit codes (architecture page): 0 = nothing prohibited or risk, 1 = some, 2 = bad input or usage.
 * Readability is advice and never changes the exit code.
 */
const EXIT_CLEAN = 0;
const EXIT_FINDINGS = 1;
const EXIT_BAD_INPUT = 2;

function fail(message: string): number {
  process.stderr.write(`eerlijk-werven: ${message}\n`);
  return EXIT_BAD_INPUT;
}

/** A reason a file cannot be read, in the user's language, or undefined when it can. */
function unreadableReason(file: string, messages: Messages): string | undefined {
  try {
    if (statSync(file).isDirectory()) return messages.isDirectory(file);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return messages.notFound(file);
    if (code === 'EACCES' || code === 'EPERM') return messages.noAccess(file);
    return messages.unreadable(file, (error as Error).message);
  }
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function useColour(): boolean {
  if ('NO_COLOR' in process.env) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return process.stdout.isTTY === true;
}

async function main(argv: readonly string[]): Promise<number> {
  const locale = cliLocale();
  const messages = MESSAGES[locale];
  const args = parseArgs(argv, messages);
  if (args.kind === 'help') {
    process.stdout.write(`${messages.help}\n`);
    return EXIT_CLEAN;
  }
  if (args.kind === 'error') return fail(args.message);

  const fromStdin = args.file === undefined || args.file === '-';
  if (args.file === undefined && process.stdin.isTTY) return fail(messages.noInput);
  if (!fromStdin) {
    const reason = unreadableReason(args.file as string, messages);
    if (reason) return fail(reason);
  }

  try {
    if (args.format === 'jsonl') {
      const input = fromStdin ? process.stdin : createReadStream(args.file as string);
      const outcome = await runBatch(input, process.stdout, { lang: args.lang, target: args.target }, messages);
      if (outcome.badLines > 0) return EXIT_BAD_INPUT;
      return outcome.flaggedLines > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
    }
    const raw = fromStdin ? await readAll(process.stdin) : readFileSync(args.file as string, 'utf8');
    const text = raw.replace(/^\uFEFF/, '');
    const { result, readable } = createTextChecker()(text, args.lang, args.target);
    if (args.format === 'json') {
      process.stdout.write(`${JSON.stringify({ ...toContractResult(result), readability: toContractReadability(readable) })}\n`);
    } else {
      process.stdout.write(formatText(fromStdin ? '-' : (args.file as string), text, result, messages, locale, useColour(), readable));
    }
    return needsAction(result.findings) ? EXIT_FINDINGS : EXIT_CLEAN;
  } catch (error) {
    return fail(messages.unreadable(fromStdin ? '-' : (args.file as string), (error as Error).message));
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`eerlijk-werven: ${(error as Error).message}\n`);
    process.exitCode = EXIT_BAD_INPUT;
  },
);
