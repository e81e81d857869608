import type { MessageKey } from '../i18n/translate';
import type { Ground } from '../schema/grounds';

/**
 * Where the words about a ground live: the locale catalogues (public/_locales/{nl,en}), one
 * `vacancy_ground_*` name and one `vacancy_law_*` "what the law says" per ground. The card, the
 * summary panel, the copied report, the dashboard and the CLI all read them there, so each text
 * exists once (tests/unit/vacancy/ground-info.test.ts checks every ground has both, in both
 * languages). The law texts are our own words after the AWGB, WGBL, WGB h/cz, BW 7:646-649 and
 * the College voor de Rechten van de Mens' guidance on vacancies.
 */
const keyPart = (ground: Ground): string => ground.replace(/-/g, '_');

/** Catalogue key of a ground's short name, e.g. `vacancy_ground_sexual_orientation`. */
export function groundLabelKey(ground: Ground): MessageKey {
  return `vacancy_ground_${keyPart(ground)}` as MessageKey;
}

/** Catalogue key of what the law says about a ground in recruitment, e.g. `vacancy_law_age`. */
export function groundLawKey(ground: Ground): MessageKey {
  return `vacancy_law_${keyPart(ground)}` as MessageKey;
}
