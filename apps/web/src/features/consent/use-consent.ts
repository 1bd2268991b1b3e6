import type { ConsentView } from '@associa/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error';
import { answerConsent, getConsent, type ConsentAnswer } from '../../api/consent-api';
import { queryKeys } from '../../api/query-keys';

/** What one customer link asks about; refused links (404, 410) are answers to show, not to retry. */
export function useConsent(token: string) {
  return useQuery({ queryKey: queryKeys.consent(token), queryFn: ({ signal }) => getConsent(token, signal) });
}

/** True when the error says another answer (or the closing window) came first, so the page should show the current state. */
export function isAlreadyAnswered(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'CONSENT_ALREADY_ANSWERED' || error.status === 409 || error.status === 410);
}

/** Posts the customer's answer and shows the updated view; when someone answered first it refetches instead. */
export function useConsentAnswer(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: ConsentAnswer) => answerConsent(token, answer),
    onSuccess: (view: ConsentView) => queryClient.setQueryData(queryKeys.consent(token), view),
    onError: (error) => {
      if (isAlreadyAnswered(error)) void queryClient.invalidateQueries({ queryKey: queryKeys.consent(token) });
    },
  });
}
