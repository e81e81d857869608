import { z } from 'zod';
import { MARKER_CATEGORIES } from '../blinding/categories';
import { applicantKeySchema } from '../blinding/pseudonym';
import { criterionSchema, criterionScoreSchema, decisionSchema, MAX_CRITERIA, MAX_REVEAL_REASON } from '../blinding/scoring';
import { localeSchema } from '../i18n/locale';
import { screeningAdapterSchema } from '../sites/screening-adapters/schema';
import { defineMessage } from './define';

/**
 * Blind screenen messages (docs/decisions.md#never-write-into-the-page). Every one comes from our
 * content script only; the site is always taken from the sender's tab, never from the payload. No
 * message carries a name: the content script sends HMAC keys (applicantKey) and pseudonymous notes.
 */
const vacancyIdSchema = z.string().trim().min(1).max(200);

const applicantStateSchema = z.object({
  number: z.number().int().min(1),
  scores: z.array(criterionScoreSchema).max(MAX_CRITERIA),
  decision: decisionSchema.optional(),
  decidedAt: z.string().optional(),
  revealed: z.boolean(),
});
export type ApplicantStateView = z.infer<typeof applicantStateSchema>;

export const screeningMessages = {
  /**
   * Start-up of the content script: is screening on and not paused here, which categories to hide,
   * the site adapter for the sender's URL (so the content script carries no adapter table), the UI
   * strings, and the per-install secret for applicant keys. The secret goes only to our content
   * script in a tab where screening is switched on (checked against the sender's URL). `adapter`
   * in the request names an adapter for a fixture page; only the automation build honours it.
   */
  'screening:session': defineMessage({
    request: z.object({ adapter: z.string().max(40).optional() }),
    response: z.object({
      active: z.boolean(),
      paused: z.boolean(),
      site: z.string(),
      adapter: screeningAdapterSchema,
      hidden: z.array(z.enum(MARKER_CATEGORIES)),
      locale: localeSchema,
      secret: z
        .string()
        .regex(/^[0-9a-f]{64}$/u)
        .optional(),
      messages: z.record(
        z.string(),
        z.object({ message: z.string(), placeholders: z.record(z.string(), z.object({ content: z.string() })).optional() }),
      ),
    }),
    from: ['content'],
  }),
  /** Pseudonym numbers for applicant keys on the sender's site; new keys get the next number. */
  'screening:pseudonyms': defineMessage({
    request: z.object({ keys: z.array(applicantKeySchema).min(1).max(2000) }),
    response: z.object({ numbers: z.record(z.string(), z.number().int().min(1)), created: z.number().int().min(0) }),
    from: ['content'],
  }),
  /** Criteria of a vacancy and the state of one applicant, for the panel. */
  'screening:applicant': defineMessage({
    request: z.object({ vacancyId: vacancyIdSchema, applicantKey: applicantKeySchema }),
    response: z.object({ criteria: z.array(criterionSchema).max(MAX_CRITERIA), state: applicantStateSchema }),
    from: ['content'],
  }),
  /** Set the criteria of a vacancy (once; changing them later is allowed and kept). */
  'screening:criteria': defineMessage({
    request: z.object({ vacancyId: vacancyIdSchema, criteria: z.array(criterionSchema).min(1).max(MAX_CRITERIA) }),
    response: z.object({ criteria: z.array(criterionSchema) }),
    from: ['content'],
  }),
  /** Scores and notes per criterion (notes arrive masked by the content script). */
  'screening:score': defineMessage({
    request: z.object({
      vacancyId: vacancyIdSchema,
      applicantKey: applicantKeySchema,
      scores: z.array(criterionScoreSchema).max(MAX_CRITERIA),
    }),
    response: z.object({ state: applicantStateSchema }),
    from: ['content'],
  }),
  /** Record a decision; logged. `beforeReveal` says it was taken blind (evidence). */
  'screening:decide': defineMessage({
    request: z.object({ vacancyId: vacancyIdSchema, applicantKey: applicantKeySchema, decision: decisionSchema }),
    response: z.object({ state: applicantStateSchema, beforeReveal: z.boolean() }),
    from: ['content'],
  }),
  /** Ask to reveal: allowed after a decision, or with a reason (override); every reveal logged. */
  'screening:reveal': defineMessage({
    request: z.object({
      vacancyId: vacancyIdSchema,
      applicantKey: applicantKeySchema,
      reason: z
        .string()
        .max(MAX_REVEAL_REASON * 2)
        .optional(),
    }),
    response: z.object({
      allowed: z.boolean(),
      override: z.boolean(),
      problem: z.enum(['no-decision', 'reason-too-short', 'reason-too-long']).optional(),
    }),
    from: ['content'],
  }),
  /**
   * Run the panel script in the sender's frame (it is not part of the start-up script). Asked by
   * the content script on the first trusted open of the panel.
   */
  'screening:panel': defineMessage({
    request: z.object({}),
    response: z.object({ loaded: z.literal(true) }),
    from: ['content'],
  }),
  /** Pause or resume screening on the sender's site; logged. */
  'screening:pause': defineMessage({
    request: z.object({ paused: z.boolean() }),
    response: z.object({ paused: z.boolean() }),
    // Only the content script: the handler needs the sender's tab URL, which a page lacks.
    from: ['content'],
  }),
};
