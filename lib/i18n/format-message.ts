/**
 * Chrome's message format, without any catalogue: content scripts receive only the entries they
 * need from the background and format them with this (importing translate.ts would bundle both
 * whole catalogues into every content script).
 */
export interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * Resolve a message with Chrome's rules: named placeholders (`$COUNT$`) point at positional
 * substitutions (`$1`); `$$` is a literal dollar sign.
 */
export function formatMessage(entry: ChromeMessage, substitutions: readonly (string | number)[]): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_whole, marker: string) =>
    marker === '$' ? '$' : String(substitutions[Number(marker) - 1] ?? ''),
  );
}

export type Lookup = (key: string, ...substitutions: (string | number)[]) => string;

/** A translator over a set of entries; an unknown key shows the key itself. */
export function createLookup(messages: Readonly<Record<string, ChromeMessage>>): Lookup {
  return (key, ...substitutions) => {
    const entry = messages[key];
    return entry ? formatMessage(entry, substitutions) : key;
  };
}
