import type { z } from 'zod';
import type { Problem } from './use-field-problem-message';

const valueAt = (input: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((value, key) => (isObject(value) ? value[key] : undefined), input);
const isObject = (value: unknown): value is Record<PropertyKey, unknown> => value !== null && typeof value === 'object';

/** Zod issues as the server reports them: dotted paths, REQUIRED for a missing value, upper-case codes otherwise. */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], input: unknown): Problem[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const value = valueAt(input, issue.path);
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return { path, code: 'REQUIRED', message: 'Required.' };
    return { path, code: issue.code.toUpperCase(), message: issue.message };
  });
}
