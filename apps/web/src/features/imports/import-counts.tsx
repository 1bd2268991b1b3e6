import type { Import } from '@associa/contracts';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COUNTS = ['rowsRead', 'inserted', 'updated', 'unchanged', 'rejected'] as const;

/** What an import did with the file's rows, as a list of named numbers. */
export function ImportCounts({ run }: { run: Import }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.resolvedLanguage);
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: 5 }} spacing="sm" m={0} data-testid="import-counts">
      {COUNTS.map((count) => (
        <Paper key={count} withBorder p="sm" radius="md">
          <Text component="dt" size="sm">
            {t(`imports.counts.${count}`)}
          </Text>
          <Text component="dd" m={0} fw={700} size="xl" c={count === 'rejected' && run.rejected > 0 ? 'red.9' : undefined}>
            {number.format(run[count])}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
