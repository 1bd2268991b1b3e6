import { Alert, Select, Stack } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ListPage } from '../features/list-page/list-page';
import { useSearchParamFilters } from '../features/list-page/use-search-param-filters';
import { useOutboxColumns } from '../features/outbox/use-outbox-columns';
import { useOutboxList } from '../features/outbox/use-outbox-list';

const STATES = ['QUEUED', 'SENT', 'OUTBOX', 'FAILED'] as const;
const filtersFrom = (params: URLSearchParams) => ({ state: params.get('state') || undefined, claimId: params.get('claimId') || undefined });
const asQuery = (filters: ReturnType<typeof filtersFrom>) => filters;

/** `/admin/outbox`: every e-mail the system sent or kept, newest first, for program admins. */
export function OutboxPage() {
  const { t } = useTranslation();
  const { filters, apply } = useSearchParamFilters(filtersFrom, asQuery);
  const outbox = useOutboxList(filters);
  const { columns, rowDetails } = useOutboxColumns();
  const relay = outbox.data?.pages[0]?.relay;

  return (
    <ListPage
      title="outbox.title"
      intro="outbox.intro"
      filters={
        <Stack gap="sm">
          {relay !== undefined && (
            <Alert color={relay ? 'blue' : 'yellow'} data-testid="outbox-delivery">
              {t(relay ? 'outbox.relay' : 'outbox.noRelay')}
            </Alert>
          )}
          <Select
            label={t('outbox.state')}
            clearable
            maw={240}
            value={filters.state ?? null}
            onChange={(state) => apply({ ...filters, state: state ?? undefined })}
            data={STATES.map((state) => ({ value: state, label: t(`outbox.states.${state}`) }))}
          />
        </Stack>
      }
      query={outbox}
      columns={columns}
      rowDetails={rowDetails}
      caption="outbox.caption"
      minWidth={900}
      testId="outbox"
      shown="outbox.shown"
      empty={{ icon: <IconMail aria-hidden />, title: 'outbox.emptyTitle' }}
    />
  );
}
