import { isLevel, type Level } from '../readability/levels';
import type { LanguageOption } from '../wording/types';
import type { Messages } from './messages';

export const FORMATS = ['text', 'json', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

export type ParsedArgs =
  | { kind: 'help' }
  | { kind: 'check'; file: string | undefined; lang: LanguageOption; format: Format; target: Level }
  | { kind: 'error'; message: string };

/** Parse `check [FILE|-] [--lang nl|en|auto] [--format text|json|jsonl] [--target A1..C2]`; `--opt=value` works too. */
export function parseArgs(argv: readonly string[], messages: Messages): ParsedArgs {
  if (argv.includes('-h') || argv.includes('--help')) return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command === undefined) return { kind: 'error', message: messages.missingCommand };
  if (command !== 'check') return { kind: 'error', message: messages.unknownCommand(command) };
  let lang: LanguageOption = 'auto';
  let format: Format = 'text';
  let target: Level = 'B1';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (name !== '--lang' && name !== '--format' && name !== '--target') return { kind: 'error', message: messages.unknownOption(arg) };
    const value = eq >= 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || value === '') return { kind: 'error', message: messages.missingValue(name) };
    if (name === '--lang') {
      if (value !== 'nl' && value !== 'en' && value !== 'auto') return { kind: 'error', message: messages.badLang(value) };
      lang = value;
    } else if (name === '--target') {
      const level = value.toUpperCase();
      if (!isLevel(level)) return { kind: 'error', message: messages.badTarget(value) };
      target = level;
    } else {
      if (!(FORMATS as readonly string[]).includes(value)) return { kind: 'error', message: messages.badFormat(value) };
      format = value as Format;
    }
  }
  if (files.length > 1) return { kind: 'error', message: messages.tooManyFiles };
  return { kind: 'check', file: files[0], lang, format, target };
}
