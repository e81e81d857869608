import type { BilingualText } from '../i18n/locale';
import type { Basis, ItemContext, Metric, Priority } from './pack-schema';
import type { ItemStatus } from './progress-schema';
import type { ActionReason } from './progress';

/** Names of the checklist's fixed values, Dutch first, as shown in the dashboard, panel and report. */

export const STATUS_LABELS: Readonly<Record<ItemStatus, BilingualText>> = {
  'not-started': { nl: 'Niet gestart', en: 'Not started' },
  'in-progress': { nl: 'Bezig', en: 'In progress' },
  done: { nl: 'Gedaan', en: 'Done' },
  'not-applicable': { nl: 'Niet van toepassing', en: 'Not applicable' },
};

export const PRIORITY_LABELS: Readonly<Record<Priority, BilingualText>> = {
  must: { nl: 'Verplicht', en: 'Required' },
  should: { nl: 'Aanbevolen', en: 'Recommended' },
  could: { nl: 'Extra', en: 'Extra' },
};

export const BASIS_LABELS: Readonly<Record<Basis, BilingualText>> = {
  law: { nl: 'Wet', en: 'Law' },
  sbb: { nl: 'SBB-erkenning', en: 'SBB recognition' },
  stagepact: { nl: 'Stagepact mbo', en: 'Stagepact mbo' },
  guideline: { nl: 'Richtlijn', en: 'Guideline' },
  'good-practice': { nl: 'Goede praktijk', en: 'Good practice' },
};

export const CONTEXT_LABELS: Readonly<Record<ItemContext, BilingualText>> = {
  vacancy: { nl: 'Vacature', en: 'Vacancy' },
  screening: { nl: 'Selectie van reacties', en: 'Screening' },
  interview: { nl: 'Gesprek', en: 'Interview' },
  placement: { nl: 'Tijdens de stage', en: 'During the placement' },
  general: { nl: 'Algemeen', en: 'General' },
};

export const METRIC_LABELS: Readonly<Record<Metric, BilingualText>> = {
  'vacancies-checked': { nl: 'Vacatures gecontroleerd', en: 'Vacancies checked' },
  'findings-fixed': { nl: 'Bevindingen verbeterd', en: 'Findings fixed' },
  'vacancies-readable': { nl: 'Vacatures op het doelniveau van leesbaarheid', en: 'Vacancies at the target reading level' },
  'applicants-screened-blind': { nl: 'Kandidaten blind gescreend', en: 'Applicants screened blind' },
  'decided-before-reveal': { nl: 'Besluiten vóór onthulling', en: 'Decisions before reveal' },
  'reveals-with-override': { nl: 'Onthullingen vóór besluit, met reden', en: 'Reveals before a decision, with a reason' },
};

export const ACTION_REASON_LABELS: Readonly<Record<ActionReason, BilingualText>> = {
  'open-must': { nl: 'Verplicht punt staat nog open', en: 'Required item still open' },
  overdue: { nl: 'Over de streefdatum', en: 'Past its due date' },
  'open-should': { nl: 'Aanbevolen punt staat nog open', en: 'Recommended item still open' },
  'open-could': { nl: 'Extra goede praktijk', en: 'Extra good practice' },
};
