/** A GUID in any case, as directory exports write them. */
export const GUID_RE = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** The nil GUID: stands for "no subscription" in the usage key. */
export const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** A problem entry for the `problems` text array: `field:CODE`, or NULL when the check passes. */
export const problem = (condition: string, field: string, code: string) => `case when ${condition} then '${field}:${code}' end`;

/**
 * SQL that tells whether a text is a valid GUID: PostgreSQL 16+ asks the type's own input function
 * (`pg_input_is_valid`, ten times faster than the regular expression older servers fall back to).
 */
export type GuidTest = (value: string) => string;

/** The GUID test for a server of this `server_version_num`. */
export const guidTestFor = (serverVersion: number): GuidTest =>
  serverVersion >= 160000 ? (v) => `pg_input_is_valid(${v}, 'uuid')` : (v) => `${v} ~ '${GUID_RE}'`;

/** The same for a month written YYYY-MM. */
export const monthTestFor = (serverVersion: number): GuidTest =>
  serverVersion >= 160000
    ? (v) => `(length(${v}) = 7 and substr(${v}, 5, 1) = '-' and pg_input_is_valid(${v} || '-01', 'date'))`
    : (v) => `${v} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`;

/** A required GUID column: REQUIRED when empty, INVALID_GUID when malformed. */
export const guidProblem = (isGuid: GuidTest, field: string, value = `s.${field}`) =>
  `case when ${value} is null then '${field}:REQUIRED' when not ${isGuid(value)} then '${field}:INVALID_GUID' end`;

/** The typed value of a GUID column, NULL when empty or malformed. */
export const guidValue = (isGuid: GuidTest, column: string) => `case when ${isGuid(`s.${column}`)} then lower(s.${column})::uuid end`;

/** Collects problem expressions into the row's `text[]`, dropping the checks that passed. */
export const problemArray = (exprs: string[]) => `array_remove(array[${exprs.join(',\n  ')}]::text[], null)`;
