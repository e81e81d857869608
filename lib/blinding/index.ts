/**
 * Blind screenen detection core: pure functions, no DOM and no extension API
 * (docs/decisions.md#layers). The content script compiles a detector per page with the known names
 * and masks text nodes; the background keeps the pseudonym registry and the screening log.
 */
export * from './categories';
export { createMarkerDetector, detectMarkers, maskText, mergeRanges, type DetectOptions, type MarkerDetector } from './detect';
export type { MarkerRange } from './marker-range';
export { createNameMatcher, type KnownName, type NameMatcher } from './name-matcher';
export { parseName, distinctiveParts, type NamePart, type NamePartRole, type ParsedName } from './names';
export * from './pseudonym';
export * from './scoring';
export { roleOfLabel, roleOfAttributeTokens, attributeTokens, mentionsApplicant, type FieldRole } from './field-roles';
export { createNameLexicon, EMPTY_NAME_LEXICON_DATA, type NameLexicon, type NameLexiconData } from './name-lexicon';
export { judgeName, findNamesInFreeText, type NameCue, type NameVerdict, type FreeTextName } from './name-evidence';
export { roleOfValue, isDateValue, valueFitsRole } from './field-values';
