/**
 * The text limit of `vacancy:analyze`, repeated here so zod (in lib/messages/vacancy-messages.ts)
 * stays out of the content script's bundle (15 kB gzip budget). A unit test checks they are equal.
 */
export const MAX_TEXT = 250_000;
