/** The invented applicants of the demo list (public/demo/kandidaten.html): words that must never be painted. */
export const DEMO_APPLICANT_NAMES = [
  'Sanne',
  'Vries',
  'Mohamed',
  'Amrani',
  'Priya',
  'Ramdin',
  'Aylin',
  'Yıldız',
  'Kwame',
  'Mensah',
  'Kowalska',
  'Thijs',
  'Ouali',
  'Fernández',
  'Mei Ling',
  'Sedney',
] as const;
