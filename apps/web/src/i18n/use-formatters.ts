import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte'] as const;

/** Country names, dates, months, numbers and file sizes in the current UI language, via the browser's Intl data. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const regions = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    // History says when something happened in the viewer's own time zone, and names that zone.
    const zonedDateTime = new Intl.DateTimeFormat(language, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    // Calendar dates (YYYY-MM-DD) have no time zone; formatting them in UTC keeps the day as written.
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', timeZone: 'UTC' });
    const number = new Intl.NumberFormat(language);
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    return {
      countryName: (code: string): string => {
        try {
          return regions.of(code.toUpperCase()) ?? code;
        } catch {
          return code; // not a valid region code: show it as it came
        }
      },
      dateTime: (iso: string): string => dateTime.format(new Date(iso)),
      zonedDateTime: (iso: string): string => zonedDateTime.format(new Date(iso)),
      date: (isoDate: string): string => date.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
      /** A usage month (YYYY-MM) as "Mar 2026". */
      month: (isoMonth: string): string => month.format(new Date(`${isoMonth}-01T00:00:00Z`)),
      number: (value: number): string => number.format(value),
      /** A percentage given as a number of percent (12.5 → "+12.5%"). */
      percent: (value: number): string => percent.format(value / 100),
      fileSize: (bytes: number): string => {
        let value = bytes;
        let unit = 0;
        while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
          value /= 1024;
          unit += 1;
        }
        const digits = unit === 0 ? 0 : 1;
        return new Intl.NumberFormat(language, { style: 'unit', unit: SIZE_UNITS[unit], unitDisplay: 'short', maximumFractionDigits: digits }).format(value);
      },
    };
  }, [language]);
}
