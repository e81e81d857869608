import type { Handlers } from '../../lib/messages/router';
import { looksLikeInternshipAd } from '../../lib/readability/internship';
import { readability } from '../../lib/readability/readability';
import { isReadabilityOn, readabilityTarget } from '../../lib/settings/readability-sites';
import { hostOf } from '../../lib/settings/site-lookup';
import { getSettings } from '../../lib/settings/store';
import { currentLocale } from './core-handlers';

/** Readability for the vacancy summary panel; the site comes from the sender, never the payload. */
export const readabilityHandlers: Pick<Handlers, 'readability:check'> = {
  'readability:check': async ({ text, lang }, sender) => {
    const [settings, locale] = await Promise.all([getSettings(), currentLocale()]);
    const url = sender.url ?? sender.tab?.url;
    const target = readabilityTarget(settings, looksLikeInternshipAd(text));
    if (!isReadabilityOn(settings, url ? hostOf(url) : undefined)) {
      return { on: false, lang: null, level: null, target, reached: null, reason: null, reasonMessage: null, hardest: [] };
    }
    const result = readability(text, { lang: lang ?? 'auto', locale, target });
    return {
      on: true,
      lang: result.lang,
      level: result.level,
      target: result.target,
      reached: result.reached,
      reason: result.reason,
      reasonMessage: result.reasonMessage,
      hardest: result.hardest.map((s) => ({ ...s, hints: s.hints.slice(0, 100) })),
    };
  },
};
