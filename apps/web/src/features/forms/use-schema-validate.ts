import type { FormErrors } from '@mantine/form';
import type { z } from 'zod';
import { issuesToProblems } from './issues-to-problems';
import { useFieldProblemMessage } from './use-field-problem-message';

/**
 * A form's `validate`: the contract's request schema run on what the form would send (`toInput`), its
 * problems in the UI language at their fields, so the form refuses what the server would refuse.
 * `extra` adds checks the request has no field for (a repeated password).
 */
export function useSchemaValidate<V>(schema: z.ZodType, toInput: (values: V) => unknown, extra?: (values: V) => FormErrors) {
  const message = useFieldProblemMessage();
  return (values: V): FormErrors => {
    const input = toInput(values);
    const parsed = schema.safeParse(input);
    const errors: FormErrors = {};
    if (!parsed.success) {
      for (const problem of issuesToProblems(parsed.error.issues, input)) {
        const [field = ''] = problem.path.split('.');
        errors[field] ??= message(problem);
      }
    }
    return { ...errors, ...extra?.(values) };
  };
}
