import type { ContextChoice } from '../../components/checklist/ContextChecklist';

const CONTEXTS: readonly ContextChoice[] = ['vacancy', 'screening', 'general', 'all'];

/**
 * What the badge put in the fragment (`#context=screening&token=...`), read once at load: the
 * page's context and the token that lets this frame talk to the background. A fragment never
 * travels in a request; a bare `#vacancy` (the page opened on its own) still picks the context.
 */
const params = new URLSearchParams(location.hash.slice(1));
const bare = location.hash.slice(1) as ContextChoice;

export const FRAME_CONTEXT: ContextChoice = CONTEXTS.find((choice) => choice === (params.get('context') ?? bare)) ?? 'all';

/** Absent when the page is opened on its own (then it is an extension 'page', not a 'frame'). */
export const FRAME_TOKEN: string | undefined = params.get('token') ?? undefined;

/** Sent along with every message this page sends. */
export const frameTokenField = (): { frameToken?: string } => (FRAME_TOKEN ? { frameToken: FRAME_TOKEN } : {});
