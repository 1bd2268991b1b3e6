import { UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { ListSort } from './list-page-types';
import classes from './sort-heading.module.css';

/**
 * A sortable column's heading: a real button inside the header cell, so the cell stays a column header
 * (DataTable's own sortable heading turns the cell itself into a button, and tables lose their headers).
 * The current order is announced by `aria-sort` on the cell, which the list table sets.
 */
export function SortHeading({ title, column, sort, onSort }: { title: string; column: string; sort: ListSort; onSort: () => void }) {
  const Icon = sort.column !== column ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <UnstyledButton className={classes.button} onClick={onSort}>
      {title}
      <Icon size={14} aria-hidden />
    </UnstyledButton>
  );
}
