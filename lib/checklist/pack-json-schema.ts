import { z } from 'zod';
import { packSchema } from './pack-schema';

/**
 * The JSON Schema of the pack format, generated from the zod schema so the two never drift.
 * `io: 'input'` describes what a pack author writes (optional fields stay optional, extra keys are
 * tolerated); shapes with a `meta({ id })` (texts, sources, items, sections) land in `$defs`.
 */
export function buildPackJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(packSchema, { io: 'input', target: 'draft-2020-12' });
}

/** The exact text of `public/packs/pack.schema.json`. */
export function serialisePackJsonSchema(): string {
  return `${JSON.stringify(buildPackJsonSchema(), null, 2)}\n`;
}
