// ICU's region names (in Node and every browser) also cover codes that are no country:
// exceptionally reserved, private-use and grouping codes.
const NOT_COUNTRIES = new Set(['AC', 'CP', 'CQ', 'DG', 'EA', 'EU', 'EZ', 'IC', 'QO', 'TA', 'UN', 'XA', 'XB', 'ZZ']);

/** The ISO 3166-1 alpha-2 country codes, as the runtime's ICU data names them. */
export const COUNTRY_CODES: readonly string[] = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!NOT_COUNTRIES.has(code) && names.of(code)) codes.push(code);
    }
  }
  return codes;
})();

const KNOWN = new Set(COUNTRY_CODES);

/** Whether a two-letter code names a country. */
export const isCountryCode = (code: string) => KNOWN.has(code);
