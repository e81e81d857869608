/**
 * What a visible label, a column header or an attribute says the value next to it is. The page
 * layer uses this on sites it has no adapter for: a value under "Naam" is a name, a value after
 * "Eigenaar" is a colleague's name and stays readable (only applicants are hidden).
 */
export type FieldRole =
  | 'applicant-name'
  | 'given-name'
  | 'family-name'
  | 'initials'
  /** Recruiter, owner, assignee, author of a note, logged-in user: stays visible. */
  | 'staff-name'
  | 'email'
  | 'phone'
  | 'birth'
  | 'age'
  | 'address'
  | 'postcode'
  | 'city'
  | 'nationality'
  | 'birthplace'
  /** Languages someone speaks ("Talen: Nederlands, Tigrinya"). */
  | 'languages'
  /** Marital status, children, pregnancy. */
  | 'family'
  /** BSN, IBAN, passport or ID-card number. */
  | 'id-number'
  | 'gender'
  /** Recruiter notes, comments, evaluations: gendered pronouns are hidden inside. */
  | 'notes'
  | 'photo'
  | 'profile-link'
  | 'attachment';
