/** Channel of what the background sends to a tab's checklist badge (zod-free: the badge has a 5 kB budget). */
export const CHECKLIST_TAB_CHANNEL = 'eerlijk-werven-checklist';
