import { browser } from 'wxt/browser';
import { createLookup, type Lookup } from '../../lib/i18n/format-message';
import { ask } from '../../lib/messages/content-client';
import type { MessageResponse } from '../../lib/messages/protocol';

export type Session = MessageResponse<'screening:session'>;

/**
 * Why Blind screenen runs without part of its pipeline (docs/decisions.md, "Fail closed"): it
 * never shows the page unmasked without a word. Without an answer or a key, names stay hidden as
 * "Kandidaat …" (no numbers); after an error the page stays hidden.
 */
export type StartProblem = 'no-answer' | 'no-secret' | 'no-crypto' | 'error';

export const PROBLEM_MESSAGES: Readonly<Record<StartProblem, string>> = {
  'no-answer': 'screening_problem_no_answer',
  'no-secret': 'screening_problem_no_secret',
  'no-crypto': 'screening_problem_no_crypto',
  error: 'screening_problem_error',
};

/** The background answers at once when it is awake; a sleeping service worker needs a moment. */
export const SESSION_TIMEOUT_MS = 8000;

export function askSession(payload: { adapter?: string }, timeoutMs = SESSION_TIMEOUT_MS): Promise<Session> {
  return Promise.race([
    ask('screening:session', payload),
    new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error('no session')), timeoutMs)),
  ]);
}

/**
 * Strings when the background has not answered: the browser's own catalogue, in the browser's
 * language (the user's language setting lives in the background). Once the session arrives, its
 * strings (in the chosen language) take over.
 */
export function browserStrings(): Lookup {
  return (key, ...substitutions) => {
    const text = (browser.i18n.getMessage as (name: string, substitutions?: string[]) => string)(key, substitutions.map(String));
    return text === '' ? key : text;
  };
}

export function sessionStrings(session: Session): Lookup {
  return createLookup(session.messages);
}
