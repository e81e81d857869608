/** The text limit of `vacancy:analyze`, without zod (lib/messages/vacancy-limits.ts). */
export { MAX_VACANCY_TEXT as MAX_TEXT } from '../../lib/messages/vacancy-limits';
