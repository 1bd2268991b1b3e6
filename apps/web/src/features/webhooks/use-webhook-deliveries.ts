import { useInfiniteQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/query-keys';
import { findWebhookDeliveries } from '../../api/webhooks-api';
import type { ListFilterQuery } from '../list-page/use-search-param-filters';

/** How often a log with queued messages is read again, so a test message's outcome shows without reloading. */
const PENDING_REFRESH_MS = 2_000;

/** An endpoint's delivery log for one filter, newest first, cursor-paged; polled while a message on screen is pending. */
export function useWebhookDeliveries(webhookId: string, filters: ListFilterQuery) {
  return useInfiniteQuery({
    queryKey: queryKeys.webhookDeliveryList(webhookId, filters),
    queryFn: ({ pageParam, signal }) => findWebhookDeliveries(webhookId, { ...filters, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
    refetchInterval: (query) => (query.state.data?.pages.some((page) => page.items.some((delivery) => delivery.status === 'PENDING')) ? PENDING_REFRESH_MS : false),
  });
}
