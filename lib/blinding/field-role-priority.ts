import type { FieldRole } from './field-role-type';

/**
 * When a label or an attribute holds several role words ("E-mailadres kandidaat", "Naam
 * recruiter", "candidate-avatar"), the most specific wins: a colleague's field stays visible, and
 * a contact or birth field beats the person word that only says whose it is.
 */
const ROLE_ORDER: readonly FieldRole[] = [
  'staff-name',
  'email',
  'phone',
  'id-number',
  'birthplace',
  'birth',
  'age',
  'postcode',
  'city',
  'address',
  'nationality',
  'languages',
  'family',
  'gender',
  'initials',
  'given-name',
  'family-name',
  'photo',
  'profile-link',
  'attachment',
  'notes',
  'applicant-name',
];

export function mostSpecificRole(roles: readonly FieldRole[]): FieldRole | undefined {
  // "Notities van de stagebegeleider", "Feedback recruiter": notes a colleague wrote about the applicant.
  if (roles.includes('notes') && roles.includes('staff-name')) return 'notes';
  // "Postcode / woonplaats": a column of both holds a town alone too ("Willemstad, Curaçao", set PP).
  if (roles.includes('postcode') && roles.includes('city')) return 'address';
  let best: FieldRole | undefined;
  for (const role of roles) if (best === undefined || ROLE_ORDER.indexOf(role) < ROLE_ORDER.indexOf(best)) best = role;
  return best;
}
