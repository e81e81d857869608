/**
 * Adds or updates UI strings in both locale catalogues at once, so Dutch and English never drift
 * apart. Input: a JSON file (or "-" for stdin) of
 *   { "checklist_badge_label": { "nl": "Voortgang $PERCENT$", "en": "Progress $PERCENT$",
 *                                 "placeholders": { "percent": "$1" } } }
 * Usage: npx tsx scripts/add-messages.ts fragment.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Fragment {
  nl: string;
  en: string;
  placeholders?: Record<string, string>;
}

const source = process.argv[2];
if (!source) {
  console.error('Usage: tsx scripts/add-messages.ts FRAGMENT.json|-');
  process.exit(2);
}
const fragment = JSON.parse(readFileSync(source === '-' ? 0 : source, 'utf8')) as Record<string, Fragment>;

for (const locale of ['nl', 'en'] as const) {
  const file = resolve(import.meta.dirname, `../public/_locales/${locale}/messages.json`);
  const catalogue = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  for (const [key, entry] of Object.entries(fragment)) {
    if (!/^[A-Za-z0-9_@]+$/.test(key) || !entry.nl?.trim() || !entry.en?.trim()) {
      throw new Error(`Bad message ${key}: keys are [A-Za-z0-9_@], and both nl and en are needed`);
    }
    catalogue[key] = {
      message: entry[locale],
      ...(entry.placeholders
        ? { placeholders: Object.fromEntries(Object.entries(entry.placeholders).map(([name, content]) => [name, { content }])) }
        : {}),
    };
  }
  writeFileSync(file, `${JSON.stringify(catalogue, null, 2)}\n`);
}
console.log(`Added or updated ${Object.keys(fragment).length} messages in nl and en.`);
