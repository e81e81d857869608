/**
 * Writes public/packs/pack.schema.json from the zod pack schema (`npm run pack-schema`).
 * A unit test fails when the committed file differs from what this script would write.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serialisePackJsonSchema } from '../lib/checklist/pack-json-schema';

const target = fileURLToPath(new URL('../public/packs/pack.schema.json', import.meta.url));
writeFileSync(target, serialisePackJsonSchema(), 'utf8');
console.log(`Wrote ${target}`);
