import type { BilingualText } from '../i18n/locale';

/** The fields, languages and value types of a checklist pack as people call them, for error messages. */
export const FIELD_NAMES: Readonly<Record<string, BilingualText>> = {
  schemaVersion: { nl: 'formaatversie (schemaVersion)', en: 'format version (schemaVersion)' },
  id: { nl: 'id', en: 'id' },
  name: { nl: 'naam', en: 'name' },
  version: { nl: 'versie', en: 'version' },
  languages: { nl: 'talen', en: 'languages' },
  publisher: { nl: 'uitgever', en: 'publisher' },
  licence: { nl: 'licentie', en: 'licence' },
  description: { nl: 'omschrijving', en: 'description' },
  sections: { nl: 'onderdelen', en: 'sections' },
  items: { nl: 'punten', en: 'items' },
  title: { nl: 'titel', en: 'title' },
  doneWhen: { nl: 'klaar als (doneWhen)', en: 'done when (doneWhen)' },
  why: { nl: 'waarom', en: 'why' },
  priority: { nl: 'prioriteit', en: 'priority' },
  basis: { nl: 'grondslag', en: 'basis' },
  sources: { nl: 'bronnen', en: 'sources' },
  contexts: { nl: 'contexten', en: 'contexts' },
  evidence: { nl: 'bewijs', en: 'evidence' },
  metric: { nl: 'meetwaarde', en: 'metric' },
  label: { nl: 'naam van de bron', en: 'source name' },
  url: { nl: 'link', en: 'link' },
};

export const LANGUAGE_NAMES: Readonly<Record<string, BilingualText>> = {
  nl: { nl: 'Nederlandse tekst', en: 'Dutch text' },
  en: { nl: 'Engelse tekst', en: 'English text' },
};

export const TYPE_NAMES: Readonly<Record<string, BilingualText>> = {
  string: { nl: 'een tekst', en: 'a text' },
  number: { nl: 'een getal', en: 'a number' },
  array: { nl: 'een lijst', en: 'a list' },
  object: { nl: 'een groep velden tussen { }', en: 'a group of fields in { }' },
};
