/** A GUID in any case, as directory exports write them. */
export const GUID_RE = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** The nil GUID: stands for "no subscription" in the usage key. */
export const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** A problem entry for the `problems` text array: `field:CODE`, or NULL when the check passes. */
export const problem = (condition: string, field: string, code: string) => `case when ${condition} then '${field}:${code}' end`;

/** A required GUID column: REQUIRED when empty, INVALID_GUID when malformed. */
export const guidProblem = (field: string, value = `s.${field}`) =>
  `case when ${value} is null then '${field}:REQUIRED' when ${value} !~ '${GUID_RE}' then '${field}:INVALID_GUID' end`;

/** The typed value of a GUID column, NULL when empty or malformed. */
export const guidValue = (column: string) => `case when s.${column} ~ '${GUID_RE}' then lower(s.${column})::uuid end`;

/** Collects problem expressions into the row's `text[]`, dropping the checks that passed. */
export const problemArray = (exprs: string[]) => `array_remove(array[${exprs.join(',\n  ')}]::text[], null)`;
