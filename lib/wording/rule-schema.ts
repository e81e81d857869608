import { z } from 'zod';
import { groundSchema, severitySchema } from '../schema/grounds';
import { bilingualTextSchema, localeSchema } from '../i18n/locale';

/**
 * Rule packs are data (lib/wording/rules/*.json). This schema is the contract for those files;
 * tests parse every pack with it, so a malformed rule fails CI instead of misfiring in a browser.
 */

/** How strong the support for a rule is: a statute, a College ruling, official guidance, research. */
export const EVIDENCE_LEVELS = ['law', 'ruling', 'guidance', 'research', 'weak-research'] as const;
export const evidenceSchema = z.enum(EVIDENCE_LEVELS);
export type Evidence = z.infer<typeof evidenceSchema>;

/** Lawful exceptions a finding can point to, explained in lib/wording/exceptions.ts. */
export const EXCEPTION_IDS = [
  'objective-justification',
  'youth-minimum-wage',
  'statutory-minimum-age',
  'labour-market-policy',
  'internship-enrolment',
  'occupational-requirement',
  'religious-organisation',
  'positive-action',
  'language-job-requirement',
  'neutrality-policy',
  'nationality-by-law',
  'medical-requirement',
  'political-organisation',
] as const;
export const exceptionIdSchema = z.enum(EXCEPTION_IDS);
export type ExceptionId = z.infer<typeof exceptionIdSchema>;

export const sourceSchema = z.object({
  /** A ruling number ("College oordeel 2017-35"), a statute or the name of a guide. */
  label: z.string().min(1),
  url: z.url().optional(),
});
export type RuleSource = z.infer<typeof sourceSchema>;

/**
 * A phrase pattern is a space-separated list of token matchers over normalised tokens
 * (lower case, no diacritics, no hyphens or apostrophes inside words):
 * - `jong|jonge|jongere` alternatives;
 * - `moedertaal*` a word starting with, `*jongen` a word ending with (compound forms);
 * - `?zeer` an optional token; `~2` skip up to two tokens; `#` any number.
 */
const phrasePattern = z
  .string()
  .min(1)
  .refine((p) => !/^[?~#]|^\*$/.test(p.split(' ')[0] ?? ''), 'a phrase must start with a concrete word')
  .refine((p) => !/[A-ZÀ-Ý]/.test(p), 'patterns are written in lower case');

export const gatesSchema = z
  .object({
    /** The sentence must talk about the person sought ("wij zoeken", "jij bent", "kandidaat"). */
    candidate: z.boolean().optional(),
    /** Skip when the words describe clients, pupils or products ("je werkt met jongeren"). */
    notClient: z.boolean().optional(),
    /** Skip inside equal-opportunity sentences ("ongeacht leeftijd"); on by default. */
    inclusion: z.boolean().optional(),
    /** Skip inside capitalised names ("Jong Talent", "Young Professionals Programme"); on by default. */
    name: z.boolean().optional(),
    /** Skip capitalised words inside a sentence (surnames such as Huisman or Bosman) and titles that name a colleague ("onze directrice, Anne"). */
    skipCapitalised: z.boolean().optional(),
    /** Skip when the sentence gives a job-related reason ("omdat je alcohol schenkt"). */
    justification: z.boolean().optional(),
    /** Skip when the match is negated ("geen leeftijdsgrens", "no age limit"). */
    negation: z.boolean().optional(),
    /** Skip when a capitalised name comes before the match in the paragraph: a pronoun may be about that person. */
    noAntecedent: z.boolean().optional(),
    /** Skip when the sentence names a moderate language level (A1 to B2). */
    languageLevel: z.boolean().optional(),
    /** Only apply in ads for a job, or only in internship ads. */
    adType: z.enum(['job', 'internship']).optional(),
    /** Normalised words that cancel the match when they come right before it. */
    unlessPrev: z.array(z.string().min(1)).optional(),
    /** Normalised words that cancel the match when they come right after it. */
    unlessNext: z.array(z.string().min(1)).optional(),
    /** One of these words (prefix with *) must occur in the same sentence. */
    requireNearby: z.array(z.string().min(1)).optional(),
    /** None of these words (prefix with *) may occur in the same sentence. */
    unlessNearby: z.array(z.string().min(1)).optional(),
    /** Whole normalised tokens that a prefix or suffix pattern must not match. */
    excludeWords: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type RuleGates = z.infer<typeof gatesSchema>;

export const ruleSchema = z
  .object({
    id: z.string().regex(/^(nl|en)\.[a-z-]+\.[a-z0-9-]+$/, 'ids look like nl.age.jong'),
    lang: localeSchema,
    ground: groundSchema,
    severity: severitySchema,
    /** Token phrases (see phrasePattern). */
    patterns: z.array(phrasePattern).optional(),
    /**
     * Regular expressions for numeric patterns (ages, ranges); case-insensitive, Unicode, wrapped in
     * letter/digit boundaries by the compiler. They may not declare named groups.
     */
    regexes: z
      .array(
        z
          .string()
          .min(1)
          .refine((r) => !/\(\?<(?![=!])/.test(r), 'no named groups'),
      )
      .optional(),
    gates: gatesSchema.optional(),
    message: bilingualTextSchema,
    explanation: bilingualTextSchema,
    /** What to write instead, in the language of the rule. */
    alternatives: z.array(z.string().min(1)).min(1),
    legalBasis: z.array(z.string().min(1)).min(1),
    sources: z.array(sourceSchema).min(1),
    evidence: evidenceSchema,
    exceptions: z.array(exceptionIdSchema).optional(),
    examples: z.object({
      positive: z.array(z.string().min(1)).min(1),
      negative: z.array(z.string().min(1)).min(1),
    }),
  })
  .strict()
  .refine((r) => (r.patterns?.length ?? 0) + (r.regexes?.length ?? 0) > 0, 'a rule needs patterns or regexes')
  .refine((r) => r.id.startsWith(`${r.lang}.${r.ground}.`), 'id must start with lang.ground.');
export type Rule = z.infer<typeof ruleSchema>;

export const rulePackSchema = z.array(ruleSchema);
