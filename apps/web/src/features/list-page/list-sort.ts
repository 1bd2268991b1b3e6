import type { ListSort } from './list-page-types';

/** Reads an API sort parameter (`-updated` is newest first) as the sort the list's headings show. */
export function sortFromParam(param: string): ListSort {
  return param.startsWith('-') ? { column: param.slice(1), direction: 'desc' } : { column: param, direction: 'asc' };
}

/** The sort as the API's parameter, or `fallback` when the API offers no such order. */
export function sortToParam<S extends string>(sort: ListSort, options: readonly S[], fallback: S): S {
  const param = `${sort.direction === 'desc' ? '-' : ''}${sort.column}`;
  return options.find((option) => option === param) ?? fallback;
}

/** A click on a heading: the sorted column turns around, another column starts ascending. */
export function nextSort(current: ListSort, column: string): ListSort {
  if (current.column !== column) return { column, direction: 'asc' };
  return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}
