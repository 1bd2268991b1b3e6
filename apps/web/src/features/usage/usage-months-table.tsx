import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';
import type { MonthlyTotal } from './monthly-totals';

/** The chart's figures month by month, newest last, in the viewer's locale. */
export function UsageMonthsTable({ totals }: { totals: MonthlyTotal[] }) {
  const { t } = useTranslation();
  const { month, number } = useFormatters();
  return (
    <Table striped withTableBorder data-testid="usage-months" aria-label={t('usage.monthsCaption')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('usage.month')}</Table.Th>
          <Table.Th ta="right">{t('usage.licensedSeats')}</Table.Th>
          <Table.Th ta="right">{t('usage.activeUsers')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {totals.map((total) => (
          <Table.Tr key={total.month}>
            <Table.Td>{month(total.month)}</Table.Td>
            <Table.Td ta="right">{number(total.licensedSeats)}</Table.Td>
            <Table.Td ta="right">{number(total.activeUsers)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
