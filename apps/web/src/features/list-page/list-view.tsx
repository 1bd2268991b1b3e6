import { Button, Center, EmptyState, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { InlineLoader } from '../shell/inline-loader';
import { QueryError } from '../shell/query-error';
import type { ListEmpty, ListQuery, TextKey } from './list-page-types';
import { ListTable, type ListTableProps } from './list-table';

/** A list's states around its table; the section of a page that lists, without the page's header. */
export type ListViewProps<T> = Omit<ListTableProps<T>, 'records' | 'isFetching'> & {
  query: ListQuery<T>;
  /** Said when there is nothing at all. */
  empty: ListEmpty;
  /** Said instead when filters are on (`isFiltered`) and nothing matches them; the icon is `empty`'s unless given. */
  noMatch?: ListEmpty;
  isFiltered?: boolean;
  /** Key of the "N shown" line, with `count`. */
  shown?: TextKey;
};

/** The rows loaded so far, whether the query is paged or not. */
function loadedItems<T>(query: ListQuery<T>): T[] | undefined {
  if ('fetchNextPage' in query) return query.data?.pages.flatMap((page) => page.items);
  return query.data?.items;
}

/** Loading, error (with retry), empty or no match, the "N shown" line, the table and "Load more". */
export function ListView<T>({ query, empty, noMatch, isFiltered = false, shown, ...table }: ListViewProps<T>) {
  const { t } = useTranslation();
  const items = loadedItems(query);
  const nothing = isFiltered && noMatch ? noMatch : empty;
  const paged = 'fetchNextPage' in query ? query : undefined;

  return (
    <>
      {query.isPending && <InlineLoader />}
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {items &&
        (items.length === 0 ? (
          <EmptyState icon={nothing.icon ?? empty.icon} withIndicatorBackground title={t(nothing.title)} description={nothing.text && t(nothing.text)} />
        ) : (
          <>
            {shown && (
              <Text size="sm" role="status">
                {t(shown, { count: items.length })}
              </Text>
            )}
            <ListTable {...table} records={items} isFetching={query.isPlaceholderData} />
            {paged?.hasNextPage && (
              <Center>
                <Button variant="default" onClick={() => void paged.fetchNextPage()} loading={paged.isFetchingNextPage}>
                  {t('list.loadMore')}
                </Button>
              </Center>
            )}
          </>
        ))}
    </>
  );
}
