import type { Association } from '@associa/contracts';
import { Anchor, Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormatters } from '../../i18n/use-formatters';
import { useCatalogNames } from '../catalog/use-catalog-names';
import { AssociationStatusBadge } from './association-status-badge';

/** Associations as rows, each linking to the claim that made it; the parent decides who sees the partner and who may end one. */
export function AssociationsTable(props: {
  associations: Association[];
  showPartner: boolean;
  showClaim?: boolean;
  onEnd?: (association: Association) => void;
}) {
  const { t } = useTranslation();
  const { dateTime, date } = useFormatters();
  const names = useCatalogNames();
  const showClaim = props.showClaim ?? true;
  const hasActions = !!props.onEnd && props.associations.some((a) => a.status === 'ACTIVE');

  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped highlightOnHover withTableBorder verticalSpacing="sm">
        <caption>
          <VisuallyHidden>{t('associations.tableCaption')}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            {showClaim && <Table.Th scope="col">{t('associations.claim')}</Table.Th>}
            <Table.Th scope="col">{t('claims.customer')}</Table.Th>
            <Table.Th scope="col">{t('claim.product')}</Table.Th>
            <Table.Th scope="col">{t('claim.subscription')}</Table.Th>
            <Table.Th scope="col">{t('associations.program')}</Table.Th>
            <Table.Th scope="col">{t('claims.location')}</Table.Th>
            {props.showPartner && <Table.Th scope="col">{t('associations.partner')}</Table.Th>}
            <Table.Th scope="col">{t('claims.status')}</Table.Th>
            <Table.Th scope="col">{t('associations.started')}</Table.Th>
            <Table.Th scope="col">{t('associations.ended')}</Table.Th>
            <Table.Th scope="col">{t('associations.endReason')}</Table.Th>
            {hasActions && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('associations.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.associations.map((a) => {
            const customer = a.customer.name ?? a.customer.domain ?? a.customer.tenantId;
            return (
              <Table.Tr key={a.id} data-testid="association-row">
                {showClaim && (
                  <Table.Td>
                    <Anchor component={Link} to={`/claims/${a.claimId}`} fw={600}>
                      {a.claimName ?? t('claims.unnamed')}
                    </Anchor>
                  </Table.Td>
                )}
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm" fw={500}>
                      {customer}
                    </Text>
                    {a.customer.name && a.customer.domain && <Text size="xs">{a.customer.domain}</Text>}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{a.productName ?? names.product(a.productCode)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff={a.subscriptionId ? 'monospace' : undefined} style={{ overflowWrap: 'anywhere' }}>
                    {a.subscriptionId ?? '—'}
                  </Text>
                  {a.subscriptionEndDate && <Text size="xs">{t('associations.subscriptionEnds', { date: date(a.subscriptionEndDate) })}</Text>}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{names.program(a.program)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {a.location.mpnId}
                  </Text>
                  <Text size="xs">{a.location.name}</Text>
                </Table.Td>
                {props.showPartner && (
                  <Table.Td>
                    <Text size="sm">{a.partnerName}</Text>
                  </Table.Td>
                )}
                <Table.Td>
                  <AssociationStatusBadge status={a.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{dateTime(a.startedAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{a.endedAt ? dateTime(a.endedAt) : '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{a.endReason ? t(`associations.endReasons.${a.endReason}`) : '—'}</Text>
                  {a.endMessage && (
                    <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
                      {t('history.quoted', { text: a.endMessage })}
                    </Text>
                  )}
                </Table.Td>
                {hasActions && (
                  <Table.Td>
                    {a.status === 'ACTIVE' && (
                      <Button
                        size="xs"
                        variant="default"
                        c="red.9"
                        aria-label={t('associations.end.buttonAria', { customer, product: a.productName ?? a.productCode })}
                        onClick={() => props.onEnd?.(a)}
                      >
                        {t('associations.end.button')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
