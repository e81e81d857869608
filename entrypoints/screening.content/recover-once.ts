/**
 * What a pass that threw does to the page (issue 10, "fail closed"): the whole page is masked once
 * more, held; if that fails too, the page is given up, still hidden, and the recruiter told why.
 * Masking again after every error looped for good on a page whose reading always threw, and the
 * page never finished loading.
 */
export function recoverOnce(maskAgain: () => Promise<void>, giveUp: (error: unknown) => void): (error: unknown) => void {
  let recovering = false;
  return (error) => {
    if (recovering) return giveUp(error);
    console.warn('[Eerlijk Werven] re-masking the page after an error', error instanceof Error ? error.message : '');
    recovering = true;
    void maskAgain().finally(() => {
      recovering = false;
    });
  };
}
