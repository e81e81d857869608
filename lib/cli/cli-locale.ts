import type { Locale } from '../i18n/locale';

/** The language for the CLI's own texts (help, errors): from LC_ALL, LC_MESSAGES or LANG; Dutch first. */
export function cliLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(value) ? 'en' : 'nl';
}
