import { Button, Paper, Stack } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { z } from 'zod';
import { findImports } from '../api/imports-api';
import { queryKeys } from '../api/query-keys';
import { ImportForm } from '../features/imports/import-form';
import { ImportRunPanel } from '../features/imports/import-run-panel';
import { useImportColumns } from '../features/imports/use-import-columns';
import { ListView } from '../features/list-page/list-view';
import { paramOf } from '../features/list-page/search-param-values';
import { useCursorList } from '../features/list-page/use-cursor-list';
import { PageHeader } from '../features/shell/page-header';
import { PageSection } from '../features/shell/page-section';

/** `/admin/imports`: the program admin loads tenants, subscriptions or usage from a file and follows it; the history below. */
export function ImportsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // The import on screen is in the address, so a reload keeps following it.
  const importId = paramOf(params, 'import', z.uuid());
  const show = (id: string) => setParams({ import: id }, { replace: true });
  const history = useCursorList(queryKeys.importList, (cursor, signal) => findImports({ cursor }, signal));
  const columns = useImportColumns();

  return (
    <>
      <PageHeader title={t('imports.title')} intro={t('imports.intro')} />
      <Stack gap="xl">
        <Paper withBorder p="md" radius="md">
          <PageSection title={t('imports.newTitle')}>
            <ImportForm onStarted={show} />
          </PageSection>
        </Paper>
        {importId && <ImportRunPanel key={importId} importId={importId} />}
        <PageSection title={t('imports.history.title')}>
          <ListView
            query={history}
            columns={columns}
            caption="imports.history.caption"
            minWidth={960}
            testId="import-history"
            empty={{ icon: <IconFileImport aria-hidden />, title: 'imports.history.empty' }}
            rowActions={(run) =>
              run.id !== importId && (
                <Button size="xs" variant="default" onClick={() => show(run.id)} aria-label={t('imports.history.showAria', { file: run.fileName ?? run.id })}>
                  {t('imports.history.show')}
                </Button>
              )
            }
          />
        </PageSection>
      </Stack>
    </>
  );
}
