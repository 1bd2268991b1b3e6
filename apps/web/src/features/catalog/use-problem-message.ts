import { useFieldProblemMessage, type Problem } from '../forms/use-field-problem-message';
import { useCatalogNames } from './use-catalog-names';

export type { Problem } from '../forms/use-field-problem-message';

/**
 * A problem in the UI language: a published reason code's catalogue message, else our own words
 * for the generic codes (format ones by the field they are about), else the server's English message.
 */
export function useProblemMessage(): (problem: Problem) => string {
  const names = useCatalogNames();
  const generic = useFieldProblemMessage();
  return (problem) => names.reason(problem.code) ?? generic(problem);
}
