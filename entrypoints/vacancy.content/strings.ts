import { createLookup, type ChromeMessage } from '../../lib/i18n/format-message';
import type { Locale } from '../../lib/i18n/locale';
import type { Ground, Severity } from '../../lib/schema/grounds';
import type { VacancyAdapter } from '../../lib/sites/vacancy-adapters/schema';
import { ask } from '../../lib/messages/content-client';
import { groundLabelKey, groundLawKey } from '../../lib/wording/ground-info';

export interface Strings {
  locale: Locale;
  t: (key: string, ...substitutions: (string | number)[]) => string;
  ground: (ground: Ground) => string;
  severity: (severity: Severity) => string;
  /** What the law says about a ground, in a few plain sentences. */
  law: (ground: Ground) => string;
}

export interface Setup {
  strings: Strings;
  adapter: VacancyAdapter | undefined;
  idle: boolean;
  css: { ui: string; highlight: string };
}

export function makeStrings(locale: Locale, messages: Record<string, ChromeMessage>): Strings {
  const t = createLookup(messages);
  return {
    locale,
    t,
    ground: (ground) => t(groundLabelKey(ground)),
    severity: (severity) => t(`vacancy_severity_${severity}`),
    law: (ground) => t(groundLawKey(ground)),
  };
}

/** Strings, site adapter and styles for this URL, from the background (see `vacancy:setup`). */
export async function loadSetup(url: string): Promise<Setup> {
  const reply = await ask('vacancy:setup', { url });
  return { strings: makeStrings(reply.locale, reply.messages), adapter: reply.adapter ?? undefined, idle: reply.idle, css: reply.css };
}
