import type { Locale } from '../i18n/locale';
import type { ContextCues } from './context-cue-types';
import { EN } from './context-cues-en';
import { NL } from './context-cues-nl';

export type { ContextCues };

/** The context cues per language (context-cue-types.ts says what each list is for). */
export const CUES: Record<Locale, ContextCues> = { nl: NL, en: EN };
