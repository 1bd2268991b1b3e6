import type { Import } from '@associa/contracts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';
import type { ListColumn } from '../list-page/list-page-types';
import { ImportStatusBadge } from './import-status-badge';

/** The import history's columns: when, which file of what kind, the outcome and its counts. */
export function useImportColumns(): ListColumn<Import>[] {
  const { t, i18n } = useTranslation();
  const { dateTime } = useFormatters();
  const number = new Intl.NumberFormat(i18n.resolvedLanguage);
  return [
    { accessor: 'createdAt', title: 'imports.history.created', render: (run) => dateTime(run.createdAt) },
    {
      accessor: 'fileName',
      title: 'imports.history.file',
      render: (run) => (
        <>
          <Text size="sm" fw={500}>
            {run.fileName ?? '—'}
          </Text>
          <Text size="xs">
            {t(`imports.kinds.${run.kind}`)}
            {run.dryRun && ` · ${t('imports.history.dryRun')}`}
          </Text>
        </>
      ),
    },
    { accessor: 'status', title: 'imports.history.status', render: (run) => <ImportStatusBadge status={run.status} /> },
    { accessor: 'rowsRead', title: 'imports.counts.rowsRead', textAlign: 'right', render: (run) => number.format(run.rowsRead) },
    { accessor: 'inserted', title: 'imports.counts.inserted', textAlign: 'right', render: (run) => number.format(run.inserted) },
    { accessor: 'updated', title: 'imports.counts.updated', textAlign: 'right', render: (run) => number.format(run.updated) },
    { accessor: 'rejected', title: 'imports.counts.rejected', textAlign: 'right', render: (run) => number.format(run.rejected) },
    { accessor: 'createdBy', title: 'imports.history.by', render: (run) => run.createdBy ?? '—' },
  ];
}
