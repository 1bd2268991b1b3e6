import { Button, Group, Stack } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../shell/page-header';
import type { TextKey } from './list-page-types';
import { ListView, type ListViewProps } from './list-view';

/** A list page: its header, filters and list; see `ListViewProps` and `ListTableProps` for the list itself. */
export type ListPageProps<T> = ListViewProps<T> & {
  title: TextKey;
  intro?: TextKey;
  /** Where the CSV export of the filtered list downloads from. */
  exportUrl?: string;
  /** More header buttons, after the export (create). */
  actions?: ReactNode;
  /** The filter bar, above the list. */
  filters?: ReactNode;
  /** Rendered after the list: the page's modals. */
  children?: ReactNode;
};

/** Every list page's scaffolding, so a new list is its columns, its query and its texts. */
export function ListPage<T>({ title, intro, exportUrl, actions, filters, children, ...list }: ListPageProps<T>) {
  const { t } = useTranslation();
  const hasActions = !!exportUrl || !!actions;
  return (
    <>
      <PageHeader
        title={t(title)}
        intro={intro && t(intro)}
        actions={
          hasActions && (
            <Group gap="sm">
              {exportUrl && (
                <Button component="a" href={exportUrl} download variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
                  {t('list.export')}
                </Button>
              )}
              {actions}
            </Group>
          )
        }
      />
      <Stack gap="md">
        {filters}
        <ListView {...list} />
      </Stack>
      {children}
    </>
  );
}
