import type { InfiniteData, UseInfiniteQueryResult, UseQueryResult } from '@tanstack/react-query';
import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';

/** An i18n key, checked against en.json: list pages name their texts and the list translates them, so columns stay plain data. */
export type TextKey = ParseKeys;

/** One page of a list as the API answers it; lists that are never paged have no cursor. */
export type ListResponse<T> = { items: T[]; nextCursor?: string | null };

/** A list's query as TanStack Query returns it: cursor-paged (`useCursorList`, shown with "Load more") or one page (`useQuery`). */
export type ListQuery<T> = UseInfiniteQueryResult<InfiniteData<ListResponse<T>, unknown>, Error> | UseQueryResult<ListResponse<T>, Error>;

/** One column of a list: what each row shows under which heading; a sortable heading sorts by `accessor`, the API's sort name. */
export type ListColumn<T> = {
  accessor: string;
  title: TextKey;
  render: (row: T) => ReactNode;
  sortable?: boolean;
  /** Left out, for columns only some users see. */
  hidden?: boolean;
  textAlign?: 'left' | 'center' | 'right';
};

/** A list's order, from the address: the column's sort name and the direction. */
export type ListSort = { column: string; direction: 'asc' | 'desc' };

/** The sort a page shows and how it changes it (the page writes it to the address, which stays the source of truth). */
export type ListSortControl = { value: ListSort; onChange: (next: ListSort) => void };

/** What an empty list says: a title, an optional explanation and icon. */
export type ListEmpty = { title: TextKey; text?: TextKey; icon?: ReactNode };

/** A row that opens to show more (the outbox's message body); the toggle is the list's first column. */
export type ListRowDetails<T> = {
  /** Hidden heading of the toggle column. */
  title: TextKey;
  /** The toggle's accessible name for this row, already translated. */
  toggleLabel: (row: T) => string;
  render: (row: T) => ReactNode;
};
