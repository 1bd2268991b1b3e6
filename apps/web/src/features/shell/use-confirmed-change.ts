import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useApiErrorText } from '../forms/use-server-problems';

/**
 * A `ConfirmModal` about one object (`target`, null while closed): the change runs on confirm, closes on
 * success and says a refusal in words. `shown` keeps the last object on screen while the modal animates closed.
 */
export function useConfirmedChange<T, R>(target: T | null, onClose: () => void, change: { run: (target: T) => Promise<R>; onDone: (result: R) => void }) {
  const errorText = useApiErrorText();
  const [shown, setShown] = useState(target);
  if (target && target !== shown) setShown(target);
  const mutation = useMutation({
    mutationFn: change.run,
    onSuccess: (result) => {
      change.onDone(result);
      close();
    },
  });
  function close() {
    mutation.reset();
    onClose();
  }
  const modal = {
    opened: target !== null,
    onClose: close,
    isPending: mutation.isPending,
    error: mutation.isError ? errorText(mutation.error) : null,
    onConfirm: () => target && mutation.mutate(target),
  };
  return { shown, modal };
}
