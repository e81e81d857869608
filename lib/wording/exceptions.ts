import type { BilingualText } from '../i18n/locale';
import type { ExceptionId } from './rule-schema';

/**
 * Lawful exceptions, in our own words, so the user sees why a finding may not apply to them.
 * Sources: WGBL art. 7 (objective justification, statutory labour-market policy), WML art. 8
 * (youth minimum wage), AWGB art. 2 (occupational requirements, religious organisations,
 * positive action), opinions 2014-99, 2011-52, 2022-80 and 2023-8 of the
 * College voor de Rechten van de Mens (Netherlands Institute for Human Rights).
 */
export const EXCEPTIONS: Record<ExceptionId, BilingualText> = {
  'objective-justification': {
    nl: 'Onderscheid kan toegestaan zijn als je een legitiem doel hebt en de eis passend en noodzakelijk is om dat doel te halen (objectieve rechtvaardiging). Noem die reden dan in de vacature zelf.',
    en: 'A distinction can be lawful when it serves a legitimate aim and the requirement is appropriate and necessary to reach it (objective justification). Then state that reason in the ad itself.',
  },
  'youth-minimum-wage': {
    nl: 'Het wettelijk minimumjeugdloon maakt een lager loon voor jongeren toegestaan. Het is geen reden om oudere sollicitanten te weren: het mag alleen het loon bepalen, niet wie je uitnodigt.',
    en: 'The statutory youth minimum wage allows lower pay for young workers. It is no reason to turn older applicants away: it may set the pay, not who you invite.',
  },
  'statutory-minimum-age': {
    nl: 'Een minimumleeftijd mag als de wet die voorschrijft, bijvoorbeeld voor het schenken van alcohol of door de regels voor jongeren in de Arbeidstijdenwet. Vermeld die wettelijke reden in de tekst.',
    en: 'A minimum age is allowed when the law requires it, for example for serving alcohol or under the working-time rules for young people. Name that legal reason in the text.',
  },
  'labour-market-policy': {
    nl: 'Een leeftijdsgrens kan toegestaan zijn als onderdeel van wettelijk geregeld arbeidsmarktbeleid, zoals een regeling tegen jeugdwerkloosheid. De vacature moet dat dan letterlijk zeggen (College voor de Rechten van de Mens, oordeel 2014-99).',
    en: 'An age limit can be allowed as part of labour-market policy laid down in law, such as a scheme against youth unemployment. The ad must then say so explicitly (Netherlands Institute for Human Rights, opinion 2014-99).',
  },
  'internship-enrolment': {
    nl: 'Bij een stage (bol of bbl) is inschrijving bij een opleiding een vanzelfsprekende voorwaarde. Vragen om een student is dan geen leeftijdseis; vragen om een bepaalde leeftijd wel.',
    en: 'For an internship (vocational placement), being enrolled in a programme is an inherent condition. Asking for a student is then not an age requirement; asking for an age still is.',
  },
  'occupational-requirement': {
    nl: 'Soms is een kenmerk echt bepalend voor het werk, zoals een acteur voor een specifieke rol of een vrouwelijke zorgverlener waar geen andere oplossing bestaat (College voor de Rechten van de Mens, oordeel 2011-52). Dat is een smalle uitzondering die je in de vacature moet onderbouwen.',
    en: 'Sometimes a characteristic is genuinely decisive for the work, such as an actor for a specific role or a female carer where no other arrangement is possible (Netherlands Institute for Human Rights, opinion 2011-52). It is a narrow exception that the ad must explain.',
  },
  'religious-organisation': {
    nl: "Een organisatie op godsdienstige of levensbeschouwelijke grondslag mag eisen stellen die nodig zijn voor die grondslag, gelet op de functie (AWGB art. 5 lid 2). Zo'n eis mag niet leiden tot onderscheid op een ander kenmerk.",
    en: 'An organisation founded on religion or belief may set requirements that are needed for that foundation, given the role (AWGB art. 5(2)). Such a requirement may not lead to distinction on another characteristic.',
  },
  'positive-action': {
    nl: 'Voorkeursbeleid voor vrouwen of voor een ondervertegenwoordigde groep is toegestaan als de achterstand aantoonbaar is, het beleid in de vacature staat en kandidaten eerst op geschiktheid worden vergeleken (College voor de Rechten van de Mens, oordeel 2023-8). Iedereen moet kunnen solliciteren.',
    en: 'Positive action for women or an under-represented group can be lawful when the under-representation is documented, the policy is stated in the ad and candidates are first compared on suitability (Netherlands Institute for Human Rights, opinion 2023-8). Everyone must still be able to apply.',
  },
  'language-job-requirement': {
    nl: 'Een taaleis mag als het werk dat taalniveau echt vraagt, zoals klantcontact in het Nederlands (College voor de Rechten van de Mens, oordeel 2022-80). Koppel het niveau aan de taak, bijvoorbeeld met een niveau zoals B1 of B2.',
    en: 'A language requirement is fine when the work really needs that level, such as customer contact in Dutch (Netherlands Institute for Human Rights, opinion 2022-80). Tie the level to the task, for example with a level such as B1 or B2.',
  },
  'neutrality-policy': {
    nl: 'Een neutraliteitseis mag alleen als die aantoonbaar nodig is, voor alle zichtbare levensbeschouwelijke tekens geldt en consequent wordt toegepast (rechtspraak van het Hof van Justitie van de EU).',
    en: 'A neutrality rule is only allowed when it is demonstrably necessary, covers every visible sign of religion or belief and is applied consistently (case law of the EU Court of Justice).',
  },
  'nationality-by-law': {
    nl: 'Een nationaliteitseis mag als een wet of internationale regel die voorschrijft, bijvoorbeeld voor sommige functies met een veiligheidsonderzoek (AWGB art. 2 lid 5). Noem die grondslag.',
    en: 'A nationality requirement is allowed when a statute or international rule prescribes it, for example for some security-vetted posts (AWGB art. 2(5)). Name that legal basis.',
  },
  'medical-requirement': {
    nl: 'Een medische keuring mag alleen bij bijzondere, vooraf bekendgemaakte medische eisen voor de functie, en alleen door een arts (Wet op de medische keuringen). Vragen naar ziekteverzuim of gezondheid in de sollicitatie mag niet.',
    en: 'A medical examination is only allowed for special medical requirements of the role, announced in advance, and only by a doctor (Dutch Medical Examinations Act). Asking about sick leave or health during application is not allowed.',
  },
  'political-organisation': {
    nl: 'Een organisatie op politieke grondslag, zoals een partij of fractie, mag eisen stellen die nodig zijn voor die grondslag, gelet op de functie (AWGB art. 5 lid 2). Voor functies zonder politieke inhoud geldt dat niet.',
    en: 'An organisation founded on political principles, such as a party or its parliamentary group, may set requirements needed for those principles, given the role (AWGB art. 5(2)). This does not cover posts without political content.',
  },
};
