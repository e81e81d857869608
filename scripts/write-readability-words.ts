/**
 * Writes the ranked word lists that the readability check uses (`npm run readability-words`):
 * lib/readability/data/words-{nl,en}.json, most frequent first. They come from the subtitle word
 * counts that the zxcvbn-ts language packages ship (devDependencies): subtitle frequency is what
 * LiNT uses (SUBTLEX-NL) to tell familiar words from rare ones. Words are normalised as the
 * tokeniser does (lower case, no diacritics, no hyphens or apostrophes), so a lookup is one Map get.
 * A unit test fails when the committed files differ from what this script would write.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rankedWordFiles } from './ranked-word-files';

for (const [name, content] of Object.entries(rankedWordFiles())) {
  const target = fileURLToPath(new URL(`../lib/readability/data/${name}`, import.meta.url));
  writeFileSync(target, content, 'utf8');
  console.log(`Wrote ${target}`);
}
