import type { Locale } from '@associa/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, hasChosenLanguage } from './i18n';

/** A page opened from an e-mail speaks the e-mail's language (once it is known), unless the visitor chose one themselves. */
export function useMessageLanguage(locale: Locale | undefined): void {
  const { i18n } = useTranslation();
  const isApplied = useRef(false);
  useEffect(() => {
    if (!locale || isApplied.current) return;
    isApplied.current = true;
    if (!hasChosenLanguage() && locale !== currentLanguage()) void i18n.changeLanguage(locale);
  }, [locale, i18n]);
}
