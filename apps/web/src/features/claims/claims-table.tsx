import type { ClaimSummary } from '@associa/contracts';
import { Anchor, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormatters } from '../../i18n/use-formatters';
import { useCatalogNames } from '../catalog/use-catalog-names';
import { ContestedBadge } from '../review/contested-badge';
import { ClaimStatusBadge } from './claim-status-badge';

/** The associations list: each row's name links to the claim page. */
export function ClaimsTable({ claims }: { claims: ClaimSummary[] }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const names = useCatalogNames();

  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover withTableBorder verticalSpacing="sm">
        <caption>
          <VisuallyHidden>{t('claims.tableCaption')}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('claims.name')}</Table.Th>
            <Table.Th scope="col">{t('claims.customer')}</Table.Th>
            <Table.Th scope="col">{t('claims.location')}</Table.Th>
            <Table.Th scope="col">{t('claims.solutionAreaAndPrograms')}</Table.Th>
            <Table.Th scope="col">{t('claims.status')}</Table.Th>
            <Table.Th scope="col">{t('claims.updated')}</Table.Th>
            <Table.Th scope="col">{t('claims.submitted')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {claims.map((claim) => (
            <Table.Tr key={claim.id}>
              <Table.Td>
                <Anchor component={Link} to={`/claims/${claim.id}`} fw={600}>
                  {claim.name ?? t('claims.unnamed')}
                </Anchor>
                <Text size="xs">{claim.products.map(names.product).join(', ')}</Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" fw={500}>
                    {claim.customer.name ?? claim.customer.domain ?? '—'}
                  </Text>
                  {claim.customer.name && claim.customer.domain && <Text size="xs">{claim.customer.domain}</Text>}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {claim.location.mpnId}
                </Text>
                <Text size="xs">{claim.location.name}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{claim.solutionArea ? names.solutionArea(claim.solutionArea) : '—'}</Text>
                <Text size="xs">{claim.programs.map(names.program).join(', ')}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <ClaimStatusBadge status={claim.status} />
                  {claim.contested && <ContestedBadge />}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{dateTime(claim.updatedAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{claim.submittedAt ? dateTime(claim.submittedAt) : '—'}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
