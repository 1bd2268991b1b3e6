import type { ErrorDetail } from '@associa/contracts';

/** The parts of a zod issue (or of fastify-type-provider-zod's copy of one) the API reports. */
export type IssueLike = { path: readonly PropertyKey[]; code: string; message: string; keys?: string[]; params?: { code?: string } };

const valueAt = (input: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), input);

/**
 * Turns zod issues into the API's `{ path, code, message }` details: dotted paths, `REQUIRED` for a
 * missing value, `UNKNOWN_FIELD` per unknown key, and a rule's own code where it set one.
 */
export function zodIssuesToDetails(issues: readonly IssueLike[], input: unknown): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      for (const key of issue.keys) details.push({ path: path ? `${path}.${key}` : key, code: 'UNKNOWN_FIELD', message: `Unknown field: ${key}.` });
    } else if (issue.code === 'custom' && issue.params?.code) {
      details.push({ path, code: issue.params.code, message: issue.message });
    } else if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) {
      details.push({ path, code: 'REQUIRED', message: 'Required.' });
    } else {
      details.push({ path, code: issue.code.toUpperCase(), message: issue.message });
    }
  }
  return details;
}
