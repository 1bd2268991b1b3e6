import type { UseFormReturnType } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useServerProblems } from './use-server-problems';

/**
 * A form's request: on failure the server's problems go to their fields and the rest to `formError`,
 * which the form shows in its alert (`FormError`).
 */
export function useFormMutation<V extends Record<string, unknown>, TInput, TData>(
  form: UseFormReturnType<V>,
  options: { mutationFn: (input: TInput) => Promise<TData>; onSuccess?: (data: TData, input: TInput) => void },
) {
  const showProblems = useServerProblems();
  const [formError, setFormError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: options.mutationFn,
    onMutate: () => setFormError(null),
    onSuccess: options.onSuccess,
    onError: (error) => setFormError(showProblems(form, error)),
  });
  return { mutation, formError, setFormError };
}
