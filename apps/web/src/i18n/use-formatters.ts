import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Country names and dates in the current UI language, via the browser's Intl data. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const regions = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      countryName: (code: string): string => {
        try {
          return regions.of(code.toUpperCase()) ?? code;
        } catch {
          return code; // not a valid region code: show it as it came
        }
      },
      dateTime: (iso: string): string => dateTime.format(new Date(iso)),
    };
  }, [language]);
}
