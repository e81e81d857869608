import type { Locale } from '../i18n/locale';

/**
 * Words every reader of a vacancy knows from the genre itself, although subtitles rarely use
 * them. They never count as rare (normalised forms). Officialese is not here: it belongs in the
 * plain-words lists, which offer a common alternative.
 */
const DUTCH = `vacature vacatures sollicitatie sollicitaties solliciteren solliciteer sollicitant
sollicitanten stage stages stagiair stagiaire stagiairs stageplek stageplaats stagevergoeding
stagebegeleider stageperiode werkplek werkervaring werkgever werknemer werknemers begeleider
begeleiding reiskosten reiskostenvergoeding cv mbo hbo wo vmbo havo vwo bbl bol fulltime parttime
salaris loon cao vakantiegeld vakantiedagen contract proeftijd leerbedrijf praktijkopleider
opleiding opleidingen motivatiebrief sollicitatiegesprek kennismakingsgesprek rooster werktijden
bijbaan vakantiewerk uitzendbureau email website online laptop whatsapp teamleider leidinggevende
collega collegas klant klanten klantenservice afdeling functie functies taken werkweek uur uren
niveau ervaring vaardigheden rijbewijs`;

const ENGLISH = `internship internships intern interns vacancy vacancies apply applicant applicants
application applications cv resume salary wage wages contract shift shifts supervisor manager
colleague colleagues email website online laptop customer customers team department role
skills experience qualification qualifications`;

function wordsOf(list: string): string[] {
  return list.split(/\s+/).filter((w) => w.length > 0);
}

export const VACANCY_WORDS: Record<Locale, readonly string[]> = { nl: wordsOf(DUTCH), en: wordsOf(ENGLISH) };
