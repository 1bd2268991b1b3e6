import { LineChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';
import type { MonthlyTotal } from './monthly-totals';

/** The chart of one association's months: licensed seats against active users. The table under it holds the same figures for screen readers. */
export function UsageChart({ totals }: { totals: MonthlyTotal[] }) {
  const { t } = useTranslation();
  const { month, number } = useFormatters();
  return (
    <LineChart
      h={300}
      aria-hidden
      // Hidden from assistive technology (the table holds the figures), so not focusable either.
      accessibilityLayer={false}
      data-testid="usage-chart"
      data={totals.map((total) => ({ ...total, label: month(total.month) }))}
      dataKey="label"
      valueFormatter={number}
      withLegend
      series={[
        { name: 'licensedSeats', label: t('usage.licensedSeats'), color: 'gray.7' },
        { name: 'activeUsers', label: t('usage.activeUsers'), color: 'blue.8' },
      ]}
    />
  );
}
