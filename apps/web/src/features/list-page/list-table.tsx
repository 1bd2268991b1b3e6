import { ActionIcon, Box, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { DataTable, type DataTableColumn } from 'mantine-datatable';
import { Fragment, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineLoader } from '../shell/inline-loader';
import type { ListColumn, ListRowDetails, ListSortControl, TextKey } from './list-page-types';
import { nextSort } from './list-sort';
import { SortHeading } from './sort-heading';
import { useIsScrollable } from './use-is-scrollable';

/** What the list table draws; `ListView` passes the loaded rows. */
export type ListTableProps<T> = {
  records: T[];
  columns: ListColumn<T>[];
  /** The table's accessible name, as a caption would give it. */
  caption: TextKey;
  /** The property that tells rows apart; `id` unless told. */
  rowKey?: keyof T & string;
  sort?: ListSortControl;
  /** Buttons at the end of a row (revoke, end); the column shows only when some row has one. */
  rowActions?: (row: T) => ReactNode;
  rowDetails?: ListRowDetails<T>;
  onRowClick?: (row: T) => void;
  rowAttributes?: (row: T) => Record<string, string>;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth?: number;
  testId?: string;
  /** The rows on screen belong to the previous filters while the new ones load. */
  isFetching?: boolean;
};

// Lists show their own empty state instead of the table; an empty element keeps DataTable's
// always-present (transparent) "No records" text out of what screen readers read.
const NO_EMPTY_STATE = <Fragment />;

/** A list's rows in mantine-datatable: translated headings, sortable headings, an actions column and rows that open. */
export function ListTable<T>(props: ListTableProps<T>) {
  const { t } = useTranslation();
  const { records, sort, rowDetails, rowActions } = props;
  const rowKey = props.rowKey ?? ('id' as keyof T & string);
  const keyOf = (row: T) => String(row[rowKey]);
  const viewport = useRef<HTMLDivElement>(null);
  const isScrollable = useIsScrollable(viewport);
  const detailsId = useId();
  const [openKey, setOpenKey] = useState<string | null>(null);
  const visible = props.columns.filter((column) => !column.hidden);
  const actions = rowActions && new Map(records.map((row) => [keyOf(row), rowActions(row)]));
  const hasActions = !!actions && [...actions.values()].some((node) => node !== null && node !== undefined && node !== false);

  useEffect(() => {
    // DataTable offers no attributes for header cells, so the sort order is written onto them here.
    const headings = viewport.current?.querySelectorAll<HTMLTableCellElement>('thead th[data-accessor]') ?? [];
    for (const th of headings) {
      const isSorted = !!sort && sort.value.column === th.dataset.accessor;
      if (isSorted) th.setAttribute('aria-sort', sort.value.direction === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
  });

  const heading = (column: ListColumn<T>): ReactNode => {
    const title = t(column.title);
    if (!column.sortable || !sort) return title;
    return <SortHeading title={title} column={column.accessor} sort={sort.value} onSort={() => sort.onChange(nextSort(sort.value, column.accessor))} />;
  };

  const detailsColumn = (details: ListRowDetails<T>): DataTableColumn<T> => ({
    accessor: '__details',
    title: <VisuallyHidden>{t(details.title)}</VisuallyHidden>,
    width: 48,
    render: (row) => {
      const isOpen = openKey === keyOf(row);
      return (
        <ActionIcon
          variant="subtle"
          aria-expanded={isOpen}
          aria-controls={`${detailsId}-${keyOf(row)}`}
          aria-label={details.toggleLabel(row)}
          onClick={() => setOpenKey(isOpen ? null : keyOf(row))}
        >
          {isOpen ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
        </ActionIcon>
      );
    },
  });

  const columns: DataTableColumn<T>[] = [
    ...(rowDetails ? [detailsColumn(rowDetails)] : []),
    ...visible.map((column) => ({ accessor: column.accessor, title: heading(column), textAlign: column.textAlign, render: column.render })),
    ...(hasActions
      ? [{ accessor: '__actions', title: <VisuallyHidden>{t('list.actions')}</VisuallyHidden>, textAlign: 'right' as const, render: (row: T) => actions.get(keyOf(row)) }]
      : []),
  ];

  return (
    <DataTable<T>
      aria-label={t(props.caption)}
      scrollViewportRef={viewport}
      // A table wider than the window scrolls; keyboard users reach that by focusing it, a named region.
      scrollAreaProps={{ viewportProps: isScrollable ? { tabIndex: 0, role: 'region', 'aria-label': t(props.caption) } : {} }}
      data-testid={props.testId}
      records={records}
      columns={columns}
      idAccessor={rowKey}
      withTableBorder
      striped
      highlightOnHover
      verticalSpacing="sm"
      styles={{ table: { minWidth: props.minWidth } }}
      fetching={props.isFetching}
      customLoader={<InlineLoader />}
      emptyState={NO_EMPTY_STATE}
      onRowClick={props.onRowClick && (({ record }) => props.onRowClick?.(record))}
      customRowAttributes={props.rowAttributes}
      rowExpansion={
        rowDetails && {
          trigger: 'never',
          expanded: { recordIds: openKey ? [openKey] : [] },
          content: ({ record }) => <Box id={`${detailsId}-${keyOf(record)}`}>{rowDetails.render(record)}</Box>,
        }
      }
    />
  );
}
