import { Button, Center, EmptyState, Select, Stack } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { IconMail } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { getOutbox } from '../api/outbox-api';
import { queryKeys } from '../api/query-keys';
import { OutboxTable } from '../features/outbox/outbox-table';
import { InlineLoader } from '../features/shell/inline-loader';
import { PageHeader } from '../features/shell/page-header';
import { QueryError } from '../features/shell/query-error';

const STATES = ['QUEUED', 'SENT', 'OUTBOX', 'FAILED'] as const;

/** `/admin/outbox`: every e-mail the system sent or kept, newest first, for program admins. */
export function OutboxPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = { state: searchParams.get('state') || undefined, claimId: searchParams.get('claimId') || undefined };
  const outbox = useInfiniteQuery({
    queryKey: queryKeys.outbox(filters),
    queryFn: ({ pageParam, signal }) => getOutbox({ ...filters, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
  const items = outbox.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader title={t('outbox.title')} intro={t('outbox.intro')} />
      <Stack gap="md">
        <Select
          label={t('outbox.state')}
          clearable
          maw={240}
          value={filters.state ?? null}
          onChange={(value) => setSearchParams(value ? { state: value } : {}, { replace: true })}
          data={STATES.map((state) => ({ value: state, label: t(`outbox.states.${state}`) }))}
        />
        {outbox.isPending && <InlineLoader />}
        {outbox.isError && <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} />}
        {outbox.data &&
          (items.length === 0 ? (
            <EmptyState icon={<IconMail aria-hidden />} withIndicatorBackground title={t('outbox.emptyTitle')} />
          ) : (
            <>
              <OutboxTable items={items} />
              {outbox.hasNextPage && (
                <Center>
                  <Button variant="default" onClick={() => void outbox.fetchNextPage()} loading={outbox.isFetchingNextPage}>
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
