import type { BilingualText } from '../i18n/locale';
import type { Ground } from '../schema/grounds';

export interface GroundInfo {
  label: BilingualText;
  /** What the law says, in two or three plain sentences. */
  law: BilingualText;
  legalBasis: string[];
}

/**
 * Per ground, what Dutch law says about recruitment, in our own words, for the panel's report.
 * Sources: AWGB (Algemene wet gelijke behandeling), WGBL (leeftijd bij de arbeid), WGB h/cz
 * (handicap of chronische ziekte), BW 7:646 (mannen en vrouwen), 7:648 (arbeidsduur),
 * 7:649 (tijdelijk of vast), and the College voor de Rechten van de Mens' vacancy guidance.
 */
export const GROUND_INFO: Record<Ground, GroundInfo> = {
  age: {
    label: { nl: 'Leeftijd', en: 'Age' },
    law: {
      nl: 'Bij werving en selectie mag u geen onderscheid maken naar leeftijd, ook niet verkapt (zoals "starter" of een maximum aan werkervaring). Het mag alleen met een wettelijke grond of een objectieve rechtvaardiging die u in de vacature noemt.',
      en: 'In recruitment you may not distinguish by age, including in disguise (such as "starter" or a cap on experience). It is only allowed with a legal basis or an objective justification stated in the ad.',
    },
    legalBasis: ['WGBL art. 3', 'WGBL art. 7'],
  },
  gender: {
    label: { nl: 'Geslacht', en: 'Sex and gender' },
    law: {
      nl: 'Een vacature moet openstaan voor iedereen, ongeacht geslacht, genderidentiteit of zwangerschap. Alleen als het geslacht echt bepalend is voor het werk, of bij onderbouwd voorkeursbeleid, mag u onderscheid maken.',
      en: 'An ad must be open to everyone regardless of sex, gender identity or pregnancy. Only when sex is genuinely decisive for the work, or under well-founded positive action, may you distinguish.',
    },
    legalBasis: ['BW art. 7:646', 'AWGB art. 1 en 5'],
  },
  origin: {
    label: { nl: 'Afkomst', en: 'Origin' },
    law: {
      nl: 'Onderscheid naar ras, huidskleur, afkomst of taalachtergrond is verboden. Een taaleis mag alleen als het werk dat niveau echt vraagt, en dan als niveau (bijv. B2), niet als "moedertaal".',
      en: 'Distinction by race, skin colour, origin or language background is prohibited. A language requirement is only allowed when the work truly needs that level, and then as a level (e.g. B2), not as "mother tongue".',
    },
    legalBasis: ['AWGB art. 1 en 5'],
  },
  nationality: {
    label: { nl: 'Nationaliteit', en: 'Nationality' },
    law: {
      nl: 'Een nationaliteitseis is verboden, tenzij een wet of internationale regel hem voorschrijft. Vragen of iemand in Nederland mag werken is wel toegestaan.',
      en: 'A nationality requirement is prohibited unless a statute or international rule prescribes it. Asking whether someone may work in the Netherlands is allowed.',
    },
    legalBasis: ['AWGB art. 1 en 5', 'AWGB art. 2 lid 5'],
  },
  religion: {
    label: { nl: 'Godsdienst en levensovertuiging', en: 'Religion and belief' },
    law: {
      nl: 'Onderscheid naar godsdienst of levensovertuiging is verboden, ook via kledingregels. Organisaties op godsdienstige grondslag mogen eisen stellen die nodig zijn voor hun grondslag; neutraliteitsregels moeten noodzakelijk en consequent zijn.',
      en: 'Distinction by religion or belief is prohibited, including through dress codes. Organisations founded on religion may set requirements needed for their foundation; neutrality rules must be necessary and consistent.',
    },
    legalBasis: ['AWGB art. 1 en 5', 'AWGB art. 5 lid 2'],
  },
  disability: {
    label: { nl: 'Handicap of chronische ziekte', en: 'Disability or chronic illness' },
    law: {
      nl: 'U mag kandidaten niet weren om een handicap of chronische ziekte, en moet kijken of een redelijke aanpassing het werk mogelijk maakt. Vragen naar gezondheid of verzuim is bij de sollicitatie niet toegestaan.',
      en: 'You may not keep candidates out for a disability or chronic illness, and must consider whether a reasonable adjustment makes the work possible. Asking about health or sick leave when people apply is not allowed.',
    },
    legalBasis: ['WGB h/cz art. 2 en 4', 'Wet op de medische keuringen'],
  },
  'sexual-orientation': {
    label: { nl: 'Seksuele gerichtheid', en: 'Sexual orientation' },
    law: {
      nl: 'Onderscheid naar hetero- of homoseksuele gerichtheid is verboden; vragen ernaar ook.',
      en: 'Distinction by sexual orientation is prohibited; so is asking about it.',
    },
    legalBasis: ['AWGB art. 1 en 5'],
  },
  'marital-status': {
    label: { nl: 'Burgerlijke staat en gezin', en: 'Civil status and family' },
    law: {
      nl: 'Onderscheid naar burgerlijke staat (getrouwd, alleenstaand) is verboden. Eisen over kinderen of zwangerschap raken ook het verbod op onderscheid naar geslacht.',
      en: 'Distinction by civil status (married, single) is prohibited. Requirements about children or pregnancy also fall under the ban on sex discrimination.',
    },
    legalBasis: ['AWGB art. 1 en 5', 'BW art. 7:646'],
  },
  political: {
    label: { nl: 'Politieke gezindheid', en: 'Political opinion' },
    law: {
      nl: 'Onderscheid naar politieke gezindheid of vakbondslidmaatschap is verboden, behalve bij organisaties met een politieke grondslag voor functies waar die grondslag telt.',
      en: 'Distinction by political opinion or union membership is prohibited, except at organisations with a political foundation, for roles where that foundation matters.',
    },
    legalBasis: ['AWGB art. 1 en 5'],
  },
  'working-hours': {
    label: { nl: 'Arbeidsduur', en: 'Working hours' },
    law: {
      nl: 'Onderscheid tussen voltijd en deeltijd is verboden tenzij objectief gerechtvaardigd. De uren noemen is juist goed.',
      en: 'Distinction between full-time and part-time is prohibited unless objectively justified. Stating the hours is good practice.',
    },
    legalBasis: ['BW art. 7:648'],
  },
  'contract-type': {
    label: { nl: 'Tijdelijk of vast contract', en: 'Temporary or permanent contract' },
    law: {
      nl: 'Onderscheid tussen tijdelijke en vaste medewerkers in arbeidsvoorwaarden is verboden tenzij objectief gerechtvaardigd.',
      en: 'Distinction between temporary and permanent staff in employment terms is prohibited unless objectively justified.',
    },
    legalBasis: ['BW art. 7:649'],
  },
  appearance: {
    label: { nl: 'Uiterlijk', en: 'Appearance' },
    law: {
      nl: 'Uiterlijk is geen eigen wettelijke grond, maar vage eisen ("representatief", "goed uiterlijk") leiden vaak tot onderscheid naar afkomst, godsdienst, geslacht of leeftijd. Beschrijf concreet wat nodig is.',
      en: 'Appearance is not a ground of its own, but vague requirements ("presentable", "good-looking") often lead to discrimination by origin, religion, sex or age. Describe concretely what is needed.',
    },
    legalBasis: ['AWGB art. 1 en 2 (indirect onderscheid)'],
  },
  'proxy-other': {
    label: { nl: 'Indirecte signalen', en: 'Indirect signals' },
    law: {
      nl: 'Ogenschijnlijk neutrale eisen (foto, postcode, "de klik", opleidingsniveau bij een stage) kunnen groepen benadelen: indirect onderscheid, alleen toegestaan met een objectieve rechtvaardiging. Voor stages eist de SBB een leerplek zonder discriminatie.',
      en: 'Seemingly neutral requirements (photo, postcode, "the click", education level in an internship) can disadvantage groups: indirect discrimination, only allowed with an objective justification. For internships, SBB requires a discrimination-free placement.',
    },
    legalBasis: ['AWGB art. 1 en 2', 'NVP Sollicitatiecode', 'SBB erkenningsregeling leerbedrijven'],
  },
};
