/**
 * UI strings of the content script, from the background (`screening_` keys, in the user's
 * language). Formatting follows Chrome's rules like lib/i18n/translate.ts `formatMessage`; it is
 * repeated here because that module imports both whole catalogues.
 */
export interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type Strings = (key: string, ...substitutions: (string | number)[]) => string;

export function createStrings(messages: Record<string, CatalogueEntry>): Strings {
  return (key, ...substitutions) => {
    const entry = messages[key];
    if (entry === undefined) return key;
    const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole);
    return named.replace(/\$(\$|[1-9])/g, (_whole, marker: string) => (marker === '$' ? '$' : String(substitutions[Number(marker) - 1] ?? '')));
  };
}
