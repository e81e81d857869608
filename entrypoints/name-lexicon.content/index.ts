import { defineContentScript } from 'wxt/utils/define-content-script';
import { NAME_LEXICON_DATA } from '../../lib/blinding/name-lexicon-data';
import { LEXICON_HOOK, type LexiconHookHolder } from '../screening.content/lexicon-hook';

/**
 * The name lexicon for Blind screenen, as a content-script file of its own (lexicon-hook.ts says
 * why). The background registers it with the screening script, before it, in the same frames.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_start',
  allFrames: true,
  main() {
    (globalThis as LexiconHookHolder)[LEXICON_HOOK] = NAME_LEXICON_DATA;
  },
});
