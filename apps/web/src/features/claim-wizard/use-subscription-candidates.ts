import type { ErrorDetail } from '@associa/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { validateClaimBody } from '../../api/claims-api';
import { queryKeys } from '../../api/query-keys';
import { formValuesToDraft, type ClaimFormValues } from './claim-form-values';

/** One subscription the partner can choose for a line. */
export type SubscriptionCandidate = NonNullable<ErrorDetail['candidates']>[number];

/**
 * The subscriptions to choose from per product: a dry run of the customer, scope and products
 * without any chosen subscription, read back from its SUBSCRIPTION_REQUIRED problems. So the
 * choice shows as soon as a product is picked, and again when a draft with a choice is reopened.
 */
export function useSubscriptionCandidates(values: ClaimFormValues) {
  const draft = formValuesToDraft(values);
  const lines = values.lines.map((line) => ({ productCode: line.productCode }));
  const body = { locationId: draft.locationId, customer: draft.customer, solutionArea: draft.solutionArea, activities: draft.activities, lines };
  const isReady = lines.length > 0 && !!draft.customer?.tenantId && !!draft.solutionArea && !!draft.activities;
  const query = useQuery({
    queryKey: queryKeys.subscriptionCandidates(body),
    queryFn: ({ signal }) => validateClaimBody(body, signal),
    enabled: isReady,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });

  const byProduct = new Map<string, SubscriptionCandidate[]>();
  for (const problem of query.data?.problems ?? []) {
    const match = /^lines\.(\d+)\.subscriptionId$/.exec(problem.path);
    const line = match ? lines[Number(match[1])] : undefined;
    if (line && problem.code === 'SUBSCRIPTION_REQUIRED' && problem.candidates?.length) byProduct.set(line.productCode, problem.candidates);
  }
  return { candidatesFor: (productCode: string) => byProduct.get(productCode), isChecking: isReady && query.isFetching };
}
