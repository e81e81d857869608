import { z } from 'zod';
import { groundSchema, severitySchema } from '../schema/grounds';
import { localeSchema } from '../i18n/locale';
import { vacancyAdapterSchema } from '../sites/vacancy-adapters/schema';
import { defineMessage } from './define';
import { pageReadabilitySchema } from './readability-wire';
import { MAX_VACANCY_TEXT } from './vacancy-limits';

/**
 * Vacaturecheck messages (docs/decisions.md#vacancy-engine-in-the-background). The engine and its
 * large rule packs live in the background; content scripts send text and get findings back. Sizes
 * are capped (`vacancy-limits.ts`).
 */
export { MAX_VACANCY_TEXT };

const shortText = z.string().max(2000);

export const wireFindingSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string().max(500),
  ruleId: z.string().max(200),
  ground: groundSchema,
  severity: severitySchema,
  message: shortText,
  explanation: z.string().max(4000),
  alternatives: z.array(z.string().max(300)).max(20),
  legalBasis: z.array(z.string().max(300)).max(20),
  sources: z.array(z.object({ label: z.string().max(300), url: z.string().max(500).optional() })).max(20),
  mayNotApply: z.array(shortText).max(20),
  fingerprint: z.string().max(64),
  lang: localeSchema,
});
export type WireFinding = z.infer<typeof wireFindingSchema>;

export const analysisReplySchema = z.object({
  lang: localeSchema,
  findings: z.array(wireFindingSchema).max(5000),
  /** Findings hidden by the user's ignores (per occurrence, per rule on this site, everywhere). */
  ignored: z.number().int().min(0),
  gender: z.object({
    masculine: z.number().int().min(0),
    feminine: z.number().int().min(0),
    verdict: z.string().max(40),
    note: z.string().max(2000),
  }),
  /** The block's readability; null where the user switched it off for the site. */
  readability: pageReadabilitySchema.nullable(),
});
export type AnalysisReply = z.infer<typeof analysisReplySchema>;

/** One occurrence (by fingerprint), a rule on this site, or a rule everywhere. */
export const ignoreScopeSchema = z.enum(['occurrence', 'rule-site', 'rule-everywhere']);
export type IgnoreScope = z.infer<typeof ignoreScopeSchema>;

const siteSchema = z.string().min(1).max(253);
const ruleIdSchema = z.string().min(1).max(200);

/**
 * Undo an ignore from the dashboard: one rule ignored everywhere or on one site, one ignored
 * occurrence, or a whole list at once ("clear").
 */
export const forgetIgnoreSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rule-everywhere'), ruleId: ruleIdSchema }),
  z.object({ kind: z.literal('rule-site'), site: siteSchema, ruleId: ruleIdSchema }),
  z.object({ kind: z.literal('occurrence'), site: siteSchema, fingerprint: z.string().min(1).max(64) }),
  z.object({ kind: z.literal('clear'), list: z.enum(['rules-everywhere', 'rules-by-site', 'occurrences']) }),
]);
export type ForgetIgnore = z.infer<typeof forgetIgnoreSchema>;

export const vacancyMessages = {
  /**
   * Everything the content script needs to start, in one answer: UI strings in the user's
   * language, the site adapter for the page (or none), whether the page is a known site's
   * non-vacancy page (then it stays idle), and its styles. Keeping these in the background keeps
   * the script under its size budget.
   */
  'vacancy:setup': defineMessage({
    request: z.object({ url: z.string().max(4000) }),
    response: z.object({
      locale: localeSchema,
      messages: z.record(
        z.string(),
        z.object({ message: z.string(), placeholders: z.record(z.string(), z.object({ content: z.string() })).optional() }),
      ),
      adapter: vacancyAdapterSchema.nullable(),
      idle: z.boolean(),
      css: z.object({ ui: z.string().max(50_000), highlight: z.string().max(5000) }),
    }),
    from: ['content'],
  }),
  /** Analyse one block of text from a page or editor; the site comes from the sender. */
  'vacancy:analyze': defineMessage({
    request: z.object({
      text: z.string().max(MAX_VACANCY_TEXT),
      lang: z.enum(['auto', 'nl', 'en']).optional(),
      /** The script's id for the checked block, so re-checks while typing reuse its paragraphs. */
      block: z
        .string()
        .regex(/^[a-z]\d{1,6}$/)
        .optional(),
    }),
    response: analysisReplySchema,
    from: ['content'],
  }),
  /** "Ignore here" (one occurrence, by fingerprint) or "ignore this rule on this site". */
  'vacancy:ignore': defineMessage({
    request: z.object({ scope: ignoreScopeSchema, ruleId: z.string().min(1).max(200), fingerprint: z.string().min(1).max(64) }),
    response: z.object({ ignored: z.boolean() }),
    from: ['content'],
  }),
  /**
   * Popup: check the tab now (inject the script with activeTab when the site is not switched on)
   * and open the summary panel.
   */
  'vacancy:check-tab': defineMessage({
    request: z.object({ tabId: z.number().int().min(0) }),
    response: z.object({ injected: z.boolean() }),
    from: ['page'],
  }),
  /**
   * Dashboard: undo ignores. The background changes settings or the database and tells every
   * open tab's vacancy check to check again, so a finding comes back without a reload.
   */
  'vacancy:forget-ignore': defineMessage({
    request: forgetIgnoreSchema,
    response: z.object({ removed: z.number().int().min(0) }),
    from: ['page'],
  }),
};
