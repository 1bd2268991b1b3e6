import type { ErrorDetail } from '@associa/contracts';
import { useTranslation } from 'react-i18next';
import { useCatalogNames } from './use-catalog-names';

/** A problem as the server or the step schemas report it. */
export type Problem = Pick<ErrorDetail, 'path' | 'code' | 'message'> & Partial<Pick<ErrorDetail, 'candidates'>>;

/**
 * A problem in the UI language: a published reason code's catalogue message, else our own words
 * for the generic codes (format ones by the field they are about), else the server's English message.
 */
export function useProblemMessage(): (problem: Problem) => string {
  const { t, i18n } = useTranslation();
  const names = useCatalogNames();
  return (problem) => {
    const reason = names.reason(problem.code);
    if (reason) return reason;
    const field = problem.path.split('.').at(-1) ?? '';
    const candidates =
      problem.code === 'INVALID_FORMAT' ? [`problems.format.${field}`, 'problems.codes.INVALID_FORMAT'] : [`problems.codes.${problem.code}`];
    const key = candidates.find((k) => i18n.exists(k));
    // Keys are built from codes at run time, so they can't be checked against en.json by the compiler.
    return key ? t(key as never) : problem.message;
  };
}
