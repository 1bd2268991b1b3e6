import type { Locale } from '@associa/contracts';
import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { setRequestLanguage } from '../api/http-client';
import en from './en.json';
import nl from './nl.json';

/** The languages the UI offers, in the order the switch lists them. */
export const supportedLanguages: readonly Locale[] = ['en', 'nl'];

/** Where the chosen language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'associa.language';

let hadSavedLanguage = false;

/** True when the visitor picked a language on an earlier visit (or now), rather than getting the browser's. */
export function hasChosenLanguage(): boolean {
  return hadSavedLanguage;
}

/** Called by the language switch, so a page never overrides what the visitor just picked. */
export function markLanguageChosen(): void {
  hadSavedLanguage = true;
}

/** The current UI language, narrowed to one we support. */
export function currentLanguage(): Locale {
  return i18next.resolvedLanguage === 'nl' ? 'nl' : 'en';
}

function readSavedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage blocked by the browser
  }
}

function syncDocumentLanguage(): void {
  const language = currentLanguage();
  document.documentElement.lang = language;
  setRequestLanguage(language);
}

/** Starts i18next once: the saved choice wins, else the browser's language, else English. */
export function setupI18n(): typeof i18next {
  if (i18next.isInitialized) return i18next;
  // The detector saves whatever it detected, so only a value present before start-up was a choice.
  hadSavedLanguage = readSavedLanguage() !== null;
  i18next.on('languageChanged', syncDocumentLanguage);
  void i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { en: { translation: en }, nl: { translation: nl } },
      supportedLngs: [...supportedLanguages],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'en',
      initAsync: false, // resources are bundled, so the first render already has them
      interpolation: { escapeValue: false }, // React escapes already
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
    });
  syncDocumentLanguage();
  return i18next;
}
