import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Locale } from '../lib/i18n/locale';
import { createTranslator, resolveLocale, type Translator } from '../lib/i18n/translate';
import { useSettings } from './use-settings';

interface I18n {
  locale: Locale;
  t: Translator;
}

const I18nContext = createContext<I18n>({ locale: 'nl', t: createTranslator('nl') });

/** The user's language and a translator for it. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

/**
 * Provides the language chosen in the options (or the browser's) to every component below, and
 * keeps `<html lang>` and the document title in that language for screen readers.
 */
export function I18nProvider({ children, titleKey }: { children: ComponentChildren; titleKey?: Parameters<Translator>[0] }) {
  const settings = useSettings();
  const locale = resolveLocale(settings?.settings.language ?? 'browser', browser.i18n.getUILanguage());
  const value = useMemo(() => ({ locale, t: createTranslator(locale) }), [locale]);
  useEffect(() => {
    document.documentElement.lang = locale;
    if (titleKey) document.title = value.t(titleKey);
  }, [locale, titleKey, value]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
