import type { UsageDashboard } from '@associa/contracts';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';
import { useCatalogNames } from '../catalog/use-catalog-names';

/** Figure (a): active associations per program and partner. */
export function DashboardAssociationsTable({ rows }: { rows: UsageDashboard['associations'] }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const names = useCatalogNames();
  if (rows.length === 0) return <Text size="sm">{t('usageDashboard.noAssociations')}</Text>;
  return (
    <Table striped withTableBorder aria-label={t('usageDashboard.associationsTitle')} data-testid="dashboard-associations">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('usage.program')}</Table.Th>
          <Table.Th>{t('usage.partner')}</Table.Th>
          <Table.Th ta="right">{t('usageDashboard.active')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={`${row.program}|${row.organisation.id}`}>
            <Table.Td>{names.program(row.program)}</Table.Td>
            <Table.Td>{row.organisation.name}</Table.Td>
            <Table.Td ta="right">{number(row.active)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
