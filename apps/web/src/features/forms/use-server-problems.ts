import type { UseFormReturnType } from '@mantine/form';
import { ApiError } from '../../api/api-error';
import { useErrorMessage } from '../shell/use-error-message';
import { fieldOfPath } from './field-of-path';
import { useFieldProblemMessage } from './use-field-problem-message';

/** A failed request in words: our own for the codes we know (LAST_ADMIN, INVITATION_USED…), else the server's message. */
export function useApiErrorText(): (error: unknown) => string {
  const errorMessage = useErrorMessage();
  const message = useFieldProblemMessage();
  return (error) => {
    const text = errorMessage(error);
    if (!(error instanceof ApiError) || error.status >= 500) return text;
    return message({ path: '', code: error.code, message: text });
  };
}

/**
 * Shows a failed request's `details` at the form's fields (MPN_ID_TAKEN at the MPN ID, WEAK_PASSWORD at
 * the password); answers what belongs to no field, or the error itself, for the form's alert, else null.
 */
export function useServerProblems() {
  const message = useFieldProblemMessage();
  const errorText = useApiErrorText();
  return <V extends Record<string, unknown>>(form: UseFormReturnType<V>, error: unknown): string | null => {
    const details = error instanceof ApiError ? error.details : [];
    if (details.length === 0) return errorText(error);
    const fields = Object.keys(form.getValues());
    const unplaced: string[] = [];
    for (const detail of details) {
      const field = fieldOfPath(detail.path, fields);
      if (field) form.setFieldError(field, message(detail));
      else unplaced.push(message(detail));
    }
    return unplaced.length ? [...new Set(unplaced)].join(' ') : null;
  };
}
