import { wordList } from './word-text';

/**
 * Nationality and origin words, Dutch and English, for the groups most present among Dutch mbo
 * students (CBS herkomstindeling) and beyond. Dutch adjectives also take -e ("Marokkaanse").
 * Kept as regular-expression source, folded-case first letter handled by the detector.
 */
export const NATIONALITY_ADJECTIVES_NL = wordList(`
  Nederlands, Marokkaans, Turks, Surinaams, Antilliaans, Arubaans, Curaçaos, Caribisch, Pools,
  Syrisch, Eritrees, Eritrese, Chinees, Chinese, Vietnamees, Vietnamese, Oekraïens, Ghanees, Ghanese,
  Belgisch, Duits, Frans, Spaans, Portugees, Portugese, Italiaans, Brits, Engels, Iers, Amerikaans,
  Canadees, Canadese, Indiaas, Indiase, Pakistaans, Afghaans, Iraans, Iraaks, Somalisch, Ethiopisch,
  Nigeriaans, Kaapverdisch, Indonesisch, Moluks, Hindoestaans, Javaans, Koerdisch, Bulgaars,
  Roemeens, Russisch, Grieks, Egyptisch, Algerijns, Tunesisch, Libisch, Braziliaans, Colombiaans,
  Venezolaans, Filipijns, Thais, Japans, Koreaans, Hongaars, Litouws, Lets, Ests, Tsjechisch,
  Slowaaks, Kroatisch, Servisch, Bosnisch, Albanees, Albanese, Armeens, Georgisch, Jemenitisch,
  Soedanees, Soedanese, Congolees, Congolese, Kameroens, Angolees, Angolese, Jamaicaans, Dominicaans,
  Turkmeens, Palestijns, Libanees, Libanese, Jordaans, Saoedisch, Bengaals, Bengalees, Srilankaans,
  Tamil, Arabisch, Berbers, Amazigh, Riffijns, Afrikaans, Aziatisch, Europees, Europese, Koerdisch
`);

export const NATIONALITY_NOUNS_NL = wordList(`
  Nederlander, Marokkaan, Turk, Surinamer, Antilliaan, Arubaan, Curaçaoënaar, Pool, Syriër,
  Eritreeër, Chinees, Vietnamees, Oekraïner, Ghanees, Belg, Duitser, Fransman, Française, Spanjaard,
  Portugees, Italiaan, Brit, Amerikaan, Indiër, Pakistaan, Afghaan, Iraniër, Irakees, Somaliër,
  Ethiopiër, Nigeriaan, Kaapverdiaan, Indonesiër, Molukker, Hindoestaan, Koerd, Bulgaar, Roemeen,
  Rus, Griek, Egyptenaar, Algerijn, Tunesiër, Braziliaan, Colombiaan, Filipijn, Japanner, Koreaan,
  Hongaar, Palestijn, Libanees, Marokkaanse, Turkse, Surinaamse, Antilliaanse, Poolse, Syrische,
  Nederlandse, vluchteling, statushouder, nieuwkomer, asielzoeker, expat, migrant, allochtoon
`);

export const NATIONALITY_WORDS_EN = wordList(`
  Dutch, Moroccan, Turkish, Surinamese, Antillean, Aruban, Curaçaoan, Caribbean, Polish, Syrian,
  Eritrean, Chinese, Vietnamese, Ukrainian, Ghanaian, Belgian, German, French, Spanish, Portuguese,
  Italian, British, English, Irish, American, Canadian, Indian, Pakistani, Afghan, Iranian, Iraqi,
  Somali, Ethiopian, Nigerian, Cape Verdean, Indonesian, Moluccan, Hindustani, Javanese, Kurdish,
  Kurd, Bulgarian, Romanian, Russian, Greek, Egyptian, Algerian, Tunisian, Libyan, Brazilian,
  Colombian, Venezuelan, Filipino, Thai, Japanese, Korean, Hungarian, Lithuanian, Latvian, Estonian,
  Czech, Slovak, Croatian, Serbian, Bosnian, Albanian, Armenian, Georgian, Yemeni, Sudanese,
  Congolese, Cameroonian, Angolan, Jamaican, Palestinian, Lebanese, Jordanian, Saudi, Bangladeshi,
  Sri Lankan, Tamil, Arab, Arabic, Berber, Amazigh, African, Asian, European, refugee, immigrant,
  migrant
`);

export const LANGUAGES = wordList(`
  Arabisch, Turks, Berbers, Tamazight, Tarifit, Riffijns, Koerdisch, Papiaments, Sranantongo, Sranan,
  Sarnami, Hindi, Urdu, Farsi, Perzisch, Dari, Pasjtoe, Pashto, Tigrinya, Tigrinia, Amhaars,
  Somalisch, Pools, Oekraïens, Russisch, Chinees, Mandarijn, Kantonees, Vietnamees, Twi, Ewe,
  Nederlands, Engels, Duits, Frans, Spaans, Portugees, Italiaans, Roemeens, Bulgaars, Grieks, Tamil,
  Bengaals, Punjabi, Arabic, Turkish, Berber, Kurdish, Papiamento, Persian, Amharic, Somali, Polish,
  Ukrainian, Russian, Chinese, Mandarin, Cantonese, Vietnamese, Dutch, English, German, French,
  Spanish, Portuguese, Italian, Romanian, Bulgarian, Greek, Bengali, Tigre, Oromo, Hausa, Yoruba,
  Igbo, Swahili, Lingala, Wolof, Kriolu, Crioulo, Javaans, Indonesisch, Maleis, Tagalog, Thais,
  Japans, Koreaans, Hongaars, Tsjechisch, Slowaaks, Kroatisch, Servisch, Bosnisch, Albanees, Armeens,
  Georgisch, Hebreeuws, Noors, Zweeds, Deens, Fins, Litouws, Lets, Ests, Macedonisch, Gujarati,
  Marathi, Telugu, Malayalam, Nepalees, Sindhi, Javanese, Indonesian, Malay, Filipino, Thai,
  Japanese, Korean, Hungarian, Czech, Slovak, Croatian, Serbian, Bosnian, Albanian, Armenian, Georgian,
  Hebrew, Norwegian, Swedish, Danish, Finnish, Lithuanian, Latvian, Estonian, Macedonian, Nepali,
  Frisian, Tigrigna
`);

export const COUNTRIES = wordList(`
  Marokko, Turkije, Suriname, Curaçao, Aruba, Bonaire, Sint Maarten, Polen, Syrië, Eritrea, China,
  Vietnam, Oekraïne, Ghana, België, Duitsland, Frankrijk, Spanje, Portugal, Italië, India, Pakistan,
  Afghanistan, Iran, Irak, Somalië, Ethiopië, Nigeria, Kaapverdië, Indonesië, Molukken, Koerdistan,
  Bulgarije, Roemenië, Rusland, Griekenland, Egypte, Algerije, Tunesië, Libië, Brazilië, Colombia,
  Venezuela, Filipijnen, Thailand, Japan, Korea, Hongarije, Palestina, Libanon, Jemen, Soedan, Congo,
  Kameroen, Angola, Jamaica, Bangladesh, Sri Lanka, Nederland, Morocco, Turkey, Türkiye, Poland,
  Syria, Ukraine, Belgium, Germany, France, Spain, Italy, Somalia, Ethiopia, Indonesia, Bulgaria,
  Romania, Russia, Greece, Egypt, Algeria, Tunisia, Libya, Brazil, Philippines, Hungary, Palestine,
  Lebanon, Yemen, Sudan, Cameroon, the Netherlands, Netherlands
`);
