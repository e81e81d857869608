import type { MarkerCategory } from '../blinding/categories';
import type { ManagedPolicy } from './managed-policy';
import type { Settings } from './schema';

/** What an organisation's policy fixes, so the options page and the popup can lock it. */
export interface SettingsLocks {
  language: boolean;
  /** Match patterns of the sites the policy sets. */
  sites: string[];
  hiddenMarkers: MarkerCategory[];
  checklistPack: boolean;
  reviewEveryDays: boolean;
}

export function locksOf(policy: ManagedPolicy): SettingsLocks {
  return {
    language: policy.language !== undefined,
    sites: (policy.sites ?? []).map((site) => site.match),
    hiddenMarkers: policy.hiddenMarkers ?? [],
    checklistPack: policy.checklistPack !== undefined,
    reviewEveryDays: policy.reviewEveryDays !== undefined,
  };
}

export function isLocked(locks: SettingsLocks): boolean {
  return locks.language || locks.sites.length > 0 || locks.hiddenMarkers.length > 0 || locks.checklistPack || locks.reviewEveryDays;
}

/**
 * The settings in force: the user's own, with everything the policy sets put over them. Policy
 * sites come first and carry `managed`, so `isPillarOn` lets them decide for every page they cover
 * (a narrower pattern of the user's cannot switch a pillar back on). Pure; never stored: the
 * settings item keeps only the user's own choices, so lifting a policy gives them back.
 */
export function applyPolicy(local: Settings, policy: ManagedPolicy): Settings {
  const managedSites = (policy.sites ?? []).map((site) => ({ ...site, managed: true }));
  const hidden = { ...local.screening.hidden };
  for (const category of policy.hiddenMarkers ?? []) hidden[category] = true;
  return {
    ...local,
    language: policy.language ?? local.language,
    sites: [...managedSites, ...local.sites.filter((site) => !managedSites.some((managed) => managed.match === site.match))],
    screening: { ...local.screening, hidden },
    checklist: { ...local.checklist, reviewEveryDays: policy.reviewEveryDays ?? local.checklist.reviewEveryDays },
  };
}
