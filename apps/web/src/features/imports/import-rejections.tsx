import type { ImportRejection } from '@associa/contracts';
import { Button, Text } from '@mantine/core';
import { IconDownload, IconFileAlert } from '@tabler/icons-react';
import { findImportRejections, importRejectionsCsvUrl } from '../../api/imports-api';
import { queryKeys } from '../../api/query-keys';
import { currentLanguage } from '../../i18n/i18n';
import { useTranslation } from 'react-i18next';
import type { ListColumn } from '../list-page/list-page-types';
import { ListView } from '../list-page/list-view';
import { useCursorList } from '../list-page/use-cursor-list';
import { PageSection } from '../shell/page-section';

/** One problem of one rejected row: the table has a row per problem, so each names its field. */
type RejectionProblem = { key: string; line: number } & ImportRejection['problems'][number];

const COLUMNS: ListColumn<RejectionProblem>[] = [
  { accessor: 'line', title: 'imports.rejections.line', textAlign: 'right', render: (row) => row.line },
  { accessor: 'field', title: 'imports.rejections.field', render: (row) => <Text size="sm" ff="monospace">{row.field}</Text> },
  { accessor: 'code', title: 'imports.rejections.code', render: (row) => <Text size="sm" ff="monospace">{row.code}</Text> },
  { accessor: 'message', title: 'imports.rejections.message', render: (row) => row.message },
];

const problemsOf = (rejection: ImportRejection): RejectionProblem[] =>
  rejection.problems.map((problem, index) => ({ key: `${rejection.line}-${index}`, line: rejection.line, ...problem }));

/** The rows an import rejected, a problem per table row in the UI language, and all of them as a CSV download. */
export function ImportRejections({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const locale = currentLanguage();
  const rejections = useCursorList(queryKeys.importRejections(importId, locale), async (cursor, signal) => {
    const page = await findImportRejections(importId, { cursor, locale }, signal);
    return { items: page.items.flatMap(problemsOf), nextCursor: page.nextCursor };
  });

  return (
    <PageSection
      title={t('imports.rejections.title')}
      order={3}
      action={
        <Button component="a" href={importRejectionsCsvUrl(importId, locale)} download variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
          {t('imports.rejections.download')}
        </Button>
      }
    >
      <ListView
        query={rejections}
        columns={COLUMNS}
        rowKey="key"
        caption="imports.rejections.caption"
        minWidth={720}
        testId="import-rejections"
        empty={{ icon: <IconFileAlert aria-hidden />, title: 'imports.rejections.none' }}
      />
    </PageSection>
  );
}
