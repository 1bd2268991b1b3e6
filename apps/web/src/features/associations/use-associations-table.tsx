import type { Association } from '@associa/contracts';
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormatters } from '../../i18n/use-formatters';
import { useCatalogNames } from '../catalog/use-catalog-names';
import type { ListColumn } from '../list-page/list-page-types';
import type { ListTableProps } from '../list-page/list-table';
import { AssociationStatusBadge } from './association-status-badge';
import { EndAssociationModal } from './end-association-modal';
import { useAssociationPermissions } from './use-association-permissions';

const customerOf = (a: Association) => a.customer.name ?? a.customer.domain ?? a.customer.tenantId;
const ROW_ATTRIBUTES = () => ({ 'data-testid': 'association-row' });

/**
 * The associations list as the register and a claim's page both show it: its columns (the partner only
 * for vendor staff), each row linking to its claim, and "End" for partner admins. Render `endModal` once.
 */
export function useAssociationsTable({ showClaim }: { showClaim: boolean }) {
  const { t } = useTranslation();
  const { dateTime, date } = useFormatters();
  const names = useCatalogNames();
  const { canEnd, showPartner } = useAssociationPermissions();
  const [ending, setEnding] = useState<Association | null>(null);

  const columns: ListColumn<Association>[] = [
    {
      accessor: 'claim',
      title: 'associations.claim',
      hidden: !showClaim,
      render: (a) => (
        <Anchor component={Link} to={`/claims/${a.claimId}`} fw={600}>
          {a.claimName ?? t('claims.unnamed')}
        </Anchor>
      ),
    },
    {
      accessor: 'customer',
      title: 'claims.customer',
      render: (a) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {customerOf(a)}
          </Text>
          {a.customer.name && a.customer.domain && <Text size="xs">{a.customer.domain}</Text>}
        </Stack>
      ),
    },
    { accessor: 'product', title: 'claim.product', render: (a) => <Text size="sm">{a.productName ?? names.product(a.productCode)}</Text> },
    {
      accessor: 'subscription',
      title: 'claim.subscription',
      render: (a) => (
        <>
          <Text size="sm" ff={a.subscriptionId ? 'monospace' : undefined} style={{ overflowWrap: 'anywhere' }}>
            {a.subscriptionId ?? '—'}
          </Text>
          {a.subscriptionEndDate && <Text size="xs">{t('associations.subscriptionEnds', { date: date(a.subscriptionEndDate) })}</Text>}
        </>
      ),
    },
    { accessor: 'program', title: 'associations.program', render: (a) => <Text size="sm">{names.program(a.program)}</Text> },
    {
      accessor: 'location',
      title: 'claims.location',
      render: (a) => (
        <>
          <Text size="sm" ff="monospace">
            {a.location.mpnId}
          </Text>
          <Text size="xs">{a.location.name}</Text>
        </>
      ),
    },
    { accessor: 'partner', title: 'associations.partner', hidden: !showPartner, render: (a) => <Text size="sm">{a.partnerName}</Text> },
    { accessor: 'status', title: 'claims.status', render: (a) => <AssociationStatusBadge status={a.status} /> },
    { accessor: 'started', title: 'associations.started', sortable: true, render: (a) => <Text size="sm">{dateTime(a.startedAt)}</Text> },
    { accessor: 'ended', title: 'associations.ended', sortable: true, render: (a) => <Text size="sm">{a.endedAt ? dateTime(a.endedAt) : '—'}</Text> },
    {
      accessor: 'endReason',
      title: 'associations.endReason',
      render: (a) => (
        <>
          <Text size="sm">{a.endReason ? t(`associations.endReasons.${a.endReason}`) : '—'}</Text>
          {a.endMessage && (
            <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
              {t('history.quoted', { text: a.endMessage })}
            </Text>
          )}
        </>
      ),
    },
  ];

  const rowActions = (a: Association) =>
    a.status === 'ACTIVE' && (
      <Button
        size="xs"
        variant="default"
        c="red.9"
        aria-label={t('associations.end.buttonAria', { customer: customerOf(a), product: a.productName ?? a.productCode })}
        onClick={() => setEnding(a)}
      >
        {t('associations.end.button')}
      </Button>
    );

  const list = {
    columns,
    caption: 'associations.tableCaption',
    minWidth: 1100,
    rowAttributes: ROW_ATTRIBUTES,
    rowActions: canEnd ? rowActions : undefined,
  } satisfies Omit<ListTableProps<Association>, 'records'>;
  return { list, endModal: <EndAssociationModal association={ending} onClose={() => setEnding(null)} /> };
}
