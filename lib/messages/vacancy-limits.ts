/**
 * The text limit of `vacancy:analyze`, in a file without zod so the content script can import it
 * (docs/decisions.md#zod-stays-out-of-content-scripts). A 5,000-word page is about 35,000
 * characters, so 250,000 leaves room for long pages without letting a page flood the worker.
 */
export const MAX_VACANCY_TEXT = 250_000;
