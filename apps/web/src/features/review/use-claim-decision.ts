import type { Claim } from '@associa/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { queryKeys } from '../../api/query-keys';
import { postClaimDecision, type ClaimDecision } from '../../api/review-api';
import { useErrorMessage } from '../shell/use-error-message';
import { useNotify } from '../shell/use-notify';

/** Posts one decision on a claim, shows the updated claim, and refetches it when someone else acted first (409). */
export function useClaimDecision(claim: Claim, onDone?: (updated: Claim) => void) {
  const { t } = useTranslation();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.claimHistory(claim.id) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.claimRevisions(claim.id) });
    void queryClient.invalidateQueries({ queryKey: ['claims', 'review-queue'] });
    void queryClient.invalidateQueries({ queryKey: ['claims', 'list'] });
  };
  const mutation = useMutation({
    mutationFn: (decision: ClaimDecision) => postClaimDecision(claim.id, decision),
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKeys.claim(claim.id), updated);
      refresh();
      notify({ color: 'green', message: t('review.saved') });
      onDone?.(updated);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.claim(claim.id) });
        refresh();
      }
    },
  });
  const error =
    mutation.error instanceof ApiError && mutation.error.status === 409
      ? `${t('review.conflict')} ${errorMessage(mutation.error)}`
      : mutation.error
        ? errorMessage(mutation.error)
        : null;
  return { mutate: mutation.mutate, isPending: mutation.isPending, error, reset: mutation.reset };
}
