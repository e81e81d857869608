import { describe, expect, it, vi } from 'vitest';
import { recoverOnce } from '../../../entrypoints/screening.content/recover-once';
import { testLexicon } from '../blinding/test-lexicon';
import { pipelineFor } from './pipeline-in-jsdom';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('a pass that throws', () => {
  it('masks the page once more, and gives it up when that throws too', async () => {
    const giveUp = vi.fn();
    let onError: (error: unknown) => void = () => undefined;
    const maskAgain = vi.fn(async () => onError(new Error('again')));
    onError = recoverOnce(maskAgain, giveUp);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    onError(new Error('first'));
    await settle();
    expect(maskAgain).toHaveBeenCalledTimes(1);
    expect(giveUp).toHaveBeenCalledTimes(1);
    // A later error, after the page was masked again, is tried again once.
    onError(new Error('later'));
    await settle();
    expect(maskAgain).toHaveBeenCalledTimes(2);
  });

  it('gives up a page whose masking always throws, once, instead of masking it again for good', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let broken = false;
    // The masking pass asks of every element whether it is ours: here that breaks.
    const isOwnElement = () => {
      if (broken) throw new Error('the page broke');
      return false;
    };
    document.body.innerHTML = '<h1>Kandidaten</h1><table><tr><th>Naam</th></tr><tr><td>Noor Bakker</td></tr></table>';
    const failures: unknown[] = [];
    const lexicon = testLexicon({ given: ['noor'], family: ['bakker'] });
    const pipeline = pipelineFor(document, lexicon, { isOwnElement, onFailure: (error) => failures.push(error) });
    await pipeline.firstPass(
      Promise.resolve(),
      async () => true,
      () => undefined,
    );
    broken = true;
    await pipeline.rescan(true);
    await settle();
    expect(failures).toHaveLength(1);
  });
});
