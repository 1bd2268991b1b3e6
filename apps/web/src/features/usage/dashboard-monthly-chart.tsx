import type { UsageDashboard } from '@associa/contracts';
import { BarChart } from '@mantine/charts';
import { Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';

/** Figure (b): active users under association by month, as bars; the same figures as a hidden table for screen readers. */
export function DashboardMonthlyChart({ months }: { months: UsageDashboard['activeUsersByMonth'] }) {
  const { t } = useTranslation();
  const { month, number } = useFormatters();
  return (
    <>
      <BarChart
        h={280}
        aria-hidden
        // Hidden from assistive technology (the table holds the figures), so not focusable either.
        accessibilityLayer={false}
        data-testid="dashboard-monthly-chart"
        data={months.map((m) => ({ label: month(m.month), activeUsers: m.activeUsers }))}
        dataKey="label"
        valueFormatter={number}
        series={[{ name: 'activeUsers', label: t('usage.activeUsers'), color: 'blue.8' }]}
      />
      <VisuallyHidden>
        <Table aria-label={t('usageDashboard.monthlyTitle')}>
          <Table.Tbody>
            {months.map((m) => (
              <Table.Tr key={m.month}>
                <Table.Th scope="row">{month(m.month)}</Table.Th>
                <Table.Td>{number(m.activeUsers)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </>
  );
}
