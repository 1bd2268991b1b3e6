import { COUNTRY_CODES } from '@associa/contracts';

/** The countries the server accepts (one list, in contracts), each with its name in `language`, by name. */
export function countryOptions(language: string): { value: string; label: string }[] {
  const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  return COUNTRY_CODES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((x, y) => x.label.localeCompare(y.label, language));
}
