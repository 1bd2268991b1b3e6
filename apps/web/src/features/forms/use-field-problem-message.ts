import type { ErrorDetail } from '@associa/contracts';
import { useTranslation } from 'react-i18next';

/** A problem as the server or a contract schema reports it. */
export type Problem = Pick<ErrorDetail, 'path' | 'code' | 'message'> & Partial<Pick<ErrorDetail, 'candidates'>>;

// Codes whose words depend on the field they are about (a malformed e-mail address is not a malformed MPN ID).
const BY_FIELD: Partial<Record<string, string>> = { INVALID_FORMAT: 'problems.format', TOO_SMALL: 'problems.tooSmall' };

/**
 * A problem in the UI language without the catalogue (so public pages can use it too): our own words
 * for the code at this field, else for the code, else the server's English message.
 */
export function useFieldProblemMessage(): (problem: Problem) => string {
  const { t, i18n } = useTranslation();
  return (problem) => {
    const field = problem.path.split('.').at(-1) ?? '';
    const byField = BY_FIELD[problem.code];
    const candidates = [...(byField ? [`${byField}.${field}`] : []), `problems.codes.${problem.code}`];
    const key = candidates.find((k) => i18n.exists(k));
    // Keys are built from codes at run time, so they can't be checked against en.json by the compiler.
    return key ? t(key as never) : problem.message;
  };
}
