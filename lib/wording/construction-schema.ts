import { z } from 'zod';
import { groundSchema, severitySchema } from '../schema/grounds';
import { bilingualTextSchema, localeSchema } from '../i18n/locale';
import { evidenceSchema, exceptionIdSchema, sourceSchema } from './rule-schema';

/**
 * The construction layer's data (lib/wording/constructions/*.json), described for policy advisors
 * in docs/wording-rules.md. A construction is a frame (preference, exclusion, ...) around a group
 * word (a word for people who share a protected characteristic, or for that characteristic),
 * said of the candidate. Frames, group words and the words that name the candidate are lists
 * here; lib/wording/match-constructions.ts combines them, so a new group word works in every frame.
 */

export const FRAME_KINDS = ['preference', 'exclusion', 'restriction', 'requirement', 'question', 'benefit-withheld'] as const;
export const frameKindSchema = z.enum(FRAME_KINDS);
export type FrameKind = z.infer<typeof frameKindSchema>;

/**
 * - person: the words name people ("vrouwen", "Belgen", "parttimers");
 * - attribute: the words describe people and need a word for the candidate next to them
 *   ("Marokkaanse" in "Marokkaanse kandidaten", "tijdelijk" in "medewerkers met een tijdelijk contract");
 * - trait: a thing a person has or does ("hoofddoek", "paspoort", "rijbewijs", "ziekteverzuim");
 * - noun: a general word that only counts with a describing word of the same ground before it
 *   ("achtergrond" in "een Marokkaanse achtergrond", "uitstraling" in "een Nederlandse uitstraling").
 */
export const GROUP_ROLES = ['person', 'attribute', 'trait', 'noun'] as const;
export const groupRoleSchema = z.enum(GROUP_ROLES);
export type GroupRole = z.infer<typeof groupRoleSchema>;

/** Same syntax as rule patterns (rule-schema.ts): lower case, `*` for word starts and ends, `~N` gaps. */
const wordPattern = z
  .string()
  .min(1)
  .refine((p) => !/^[?~#]|^\*$/.test(p.split(' ')[0] ?? ''), 'a pattern must start with a concrete word')
  .refine((p) => !/[A-ZÀ-Ý]/.test(p), 'patterns are written in lower case');

const wordListSchema = z.array(z.string().min(1));

const examplesSchema = z.object({
  /** Sentences that must get a finding of this group's ground (or this frame) from the construction layer. */
  positive: z.array(z.string().min(1)).min(1),
  /** Sentences that must not. */
  negative: z.array(z.string().min(1)).min(1),
});

export const groupSchema = z
  .object({
    id: z.string().regex(/^(nl|en)\.[a-z-]+\.[a-z0-9-]+$/, 'ids look like nl.nationality.nationalities'),
    lang: localeSchema,
    ground: groundSchema,
    role: groupRoleSchema,
    words: z.array(wordPattern).min(1),
    /** Frames these words may fill; default: every frame but question. */
    frames: z.array(frameKindSchema).min(1).optional(),
    /** Severity when these words fill a frame; default: the ground's severity. */
    severity: severitySchema.optional(),
    /**
     * Words anywhere in the paragraph that show the words are no demand on the candidate: a task
     * that needs them ("bezorgen" for a driving licence) or an offer of support ("aanpassingen").
     * A word right after a negation ("geen reizen", "no travel") does not count.
     */
    unlessInParagraph: wordListSchema.optional(),
    /** Words right after the group word that make it something else ("single point of contact"). */
    unlessNext: wordListSchema.optional(),
    /** Whole normalised words that a `*` pattern must not match. */
    excludeWords: wordListSchema.optional(),
    /** A stated reason ("omdat je ladders op klimt", "because you drive") silences them: a physical or practical demand, not who someone is. */
    justifiable: z.boolean().optional(),
    /** The words are names ("Russell Group", "Green Party"): capitals do not make them a company name. */
    properName: z.boolean().optional(),
    /**
     * The words are a demand by themselves ("eerste taal", "minimum height", "drink hard"): with no
     * frame cue in reach they fill the requirement frame, unless a negation stands right before them.
     */
    alone: z.boolean().optional(),
    /** An equal-opportunity sentence does not excuse them: a handshake asked of everyone, "men and women alike", is the demand. */
    despiteInclusion: z.boolean().optional(),
    /** Skip words about clients or pupils ("je begeleidt kinderen"); default: on for person and attribute words. */
    notClient: z.boolean().optional(),
    note: z.string().optional(),
    examples: examplesSchema,
  })
  .strict()
  .refine((g) => g.id.startsWith(`${g.lang}.${g.ground}.`), 'id must start with lang.ground.');
export type ConstructionGroup = z.infer<typeof groupSchema>;

export const frameSchema = z
  .object({
    id: z.string().regex(/^(nl|en)\.frame\.[a-z0-9-]+$/, 'ids look like nl.frame.preference'),
    lang: localeSchema,
    kind: frameKindSchema,
    /** Words that mark the frame (rule pattern syntax). */
    cues: z.array(wordPattern).min(1),
    /** How many words may stand between a cue before the group word and that word (-1: the cue may not come before). */
    before: z.number().int().min(-1).max(12),
    /** How many words may stand between the group word and a cue after it (-1: the cue may not come after). */
    after: z.number().int().min(-1).max(12),
    /** One of these patterns must also occur in the sentence (a benefit needs a "not" or an "only"). */
    alsoNeeds: z.array(wordPattern).optional(),
    /** Roles this frame combines with; default: all. */
    roles: z.array(groupRoleSchema).min(1).optional(),
    message: bilingualTextSchema,
    explanation: bilingualTextSchema,
    examples: examplesSchema,
  })
  .strict()
  .refine((f) => f.id.startsWith(`${f.lang}.frame.`), 'id must start with lang.frame.');
export type ConstructionFrame = z.infer<typeof frameSchema>;

/** Per language and ground: the texts every construction finding of that ground shares. */
export const groundTextSchema = z
  .object({
    lang: localeSchema,
    ground: groundSchema,
    severity: severitySchema,
    /** The ground's name inside a message ("leeftijd", "age"). */
    name: bilingualTextSchema,
    /** What the law says, in our own words; follows the frame's explanation. */
    law: bilingualTextSchema,
    alternatives: z.array(z.string().min(1)).min(1),
    legalBasis: z.array(z.string().min(1)).min(1),
    sources: z.array(sourceSchema).min(1),
    evidence: evidenceSchema,
    exceptions: z.array(exceptionIdSchema).optional(),
  })
  .strict();
export type GroundText = z.infer<typeof groundTextSchema>;

/** Words that name the candidate: people nouns ("kandidaten", "staff") and the reader ("je", "you"). */
export const candidateWordsSchema = z
  .object({
    lang: localeSchema,
    persons: wordListSchema.min(1),
    pronouns: wordListSchema.min(1),
    /** Words that may stand between a person noun and a describing word after it ("met", "van", "with", "of"). */
    links: wordListSchema.min(1),
    /** Forms of "to be": "je bent christelijk", "you must be single" tie a describing word to the reader. */
    copulas: wordListSchema.min(1),
    /** Words between a person and a named place: "kandidaten uit Amsterdam-Noord" (place-spans.ts). */
    placeLinks: wordListSchema.min(1),
    /** Words for a recruiter's client who asks for someone ("onze opdrachtgever zoekt"): not a target group. */
    employers: wordListSchema.min(1),
  })
  .strict();
export type CandidateWords = z.infer<typeof candidateWordsSchema>;

/**
 * A lawful exception or an inclusive statement the text itself states ("bij gelijke geschiktheid",
 * "under Schedule 9", "of je nu getrouwd bent of niet"). `may-not-apply` keeps the finding but
 * lowers it to style and names the exception first: the law attaches conditions, so the user
 * still sees it. `quiet` drops the finding: the words say the opposite of a demand.
 */
export const statedExceptionSchema = z
  .object({
    id: z.string().regex(/^(nl|en)\.stated\.[a-z0-9-]+$/, 'ids look like nl.stated.positive-action'),
    lang: localeSchema,
    effect: z.enum(['may-not-apply', 'quiet']),
    /** Required for may-not-apply: the exception shown first under "may not apply". */
    exception: exceptionIdSchema.optional(),
    /** Where the cue must stand: the finding's sentence or anywhere in its paragraph. */
    scope: z.enum(['sentence', 'paragraph']),
    grounds: z.array(groundSchema).min(1),
    /** Any one of these patterns states the exception (rule pattern syntax). */
    cues: z.array(wordPattern).min(1),
    /** When given, one of these must also be in scope ("voorkeur" next to "gelijke geschiktheid"). */
    alsoNeeds: z.array(wordPattern).optional(),
    source: sourceSchema,
    note: z.string().optional(),
    /** positive: every finding of these grounds is lowered (or dropped); negative: the same demand without the statement is still flagged. */
    examples: examplesSchema,
  })
  .strict()
  .refine((s) => s.effect === 'quiet' || s.exception !== undefined, 'may-not-apply needs an exception');
export type StatedException = z.infer<typeof statedExceptionSchema>;

export const constructionDataSchema = z
  .object({
    frames: z.array(frameSchema),
    groups: z.array(groupSchema),
    grounds: z.array(groundTextSchema),
    candidate: z.array(candidateWordsSchema),
    stated: z.array(statedExceptionSchema),
  })
  .strict();
export type ConstructionData = z.infer<typeof constructionDataSchema>;
