import { Button, Center, EmptyState, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { IconInbox } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { queryKeys } from '../api/query-keys';
import { getReviewQueue } from '../api/review-api';
import { queueFiltersFrom, ReviewQueueFilterBar, type ReviewQueueFilters } from '../features/review/review-queue-filters';
import { ReviewQueueTable } from '../features/review/review-queue-table';
import { InlineLoader } from '../features/shell/inline-loader';
import { PageHeader } from '../features/shell/page-header';
import { QueryError } from '../features/shell/query-error';

/** `/review`: the claims waiting for a reviewer, oldest due first, with filters and paging. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = queueFiltersFrom(searchParams);
  const apply = (next: ReviewQueueFilters) =>
    setSearchParams(new URLSearchParams(Object.entries(next).filter((entry): entry is [string, string] => !!entry[1])), { replace: true });
  const queue = useInfiniteQuery({
    queryKey: queryKeys.reviewQueue(filters),
    queryFn: ({ pageParam, signal }) => getReviewQueue({ ...filters, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
  const items = queue.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader title={t('review.queue.title')} intro={t('review.queue.intro')} />
      <Stack gap="md">
        <ReviewQueueFilterBar filters={filters} onChange={apply} />
        {queue.isPending && <InlineLoader />}
        {queue.isError && <QueryError error={queue.error} onRetry={() => void queue.refetch()} />}
        {queue.data &&
          (items.length === 0 ? (
            <EmptyState icon={<IconInbox aria-hidden />} withIndicatorBackground title={t('review.queue.emptyTitle')} description={t('review.queue.emptyText')} />
          ) : (
            <>
              <Text size="sm" role="status">
                {t('claims.shown', { count: items.length })}
              </Text>
              <ReviewQueueTable items={items} />
              {queue.hasNextPage && (
                <Center>
                  <Button variant="default" onClick={() => void queue.fetchNextPage()} loading={queue.isFetchingNextPage}>
                    {t('claims.loadMore')}
                  </Button>
                </Center>
              )}
            </>
          ))}
      </Stack>
    </>
  );
}
