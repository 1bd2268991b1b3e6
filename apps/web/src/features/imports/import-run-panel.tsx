import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';
import { InlineLoader } from '../shell/inline-loader';
import { QueryError } from '../shell/query-error';
import { ImportCounts } from './import-counts';
import { isImportFinished, percentOf } from './import-progress';
import { ImportRejections } from './import-rejections';
import { ImportStatusBadge } from './import-status-badge';
import { LabelledProgress } from './labelled-progress';
import { useImportRun } from './use-import-run';

/** One import as the worker runs it: live progress, then its counts, its failure or its rejected rows. */
export function ImportRunPanel({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const { fileSize } = useFormatters();
  const run = useImportRun(importId);

  if (run.isPending) return <InlineLoader />;
  if (run.isError) return <QueryError error={run.error} onRetry={() => void run.refetch()} />;
  const current = run.data;
  const isFinished = isImportFinished(current.status);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-run-heading" data-testid="import-run">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3" id="import-run-heading">
            {t(current.dryRun ? 'imports.runTitleDry' : 'imports.runTitle', { file: current.fileName ?? t(`imports.kinds.${current.kind}`) })}
          </Title>
          <div role="status">
            <ImportStatusBadge status={current.status} />
          </div>
        </Group>
        <LabelledProgress
          label={t('imports.serverProgress')}
          percent={percentOf(current.bytesRead, current.totalBytes, isFinished)}
          detail={`${fileSize(current.bytesRead)} / ${fileSize(current.totalBytes)}`}
        />
        {current.failure && (
          <Alert color="red" role="alert" title={t('imports.failed')}>
            {current.failure.message}
          </Alert>
        )}
        {isFinished && <ImportCounts run={current} />}
        {isFinished && current.dryRun && current.status === 'SUCCEEDED' && <Text size="sm">{t('imports.dryRunDone')}</Text>}
        {isFinished && current.rejected > 0 && <ImportRejections importId={current.id} />}
      </Stack>
    </Paper>
  );
}
