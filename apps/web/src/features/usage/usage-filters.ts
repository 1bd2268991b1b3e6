import { ProgramCodeSchema, UsageMonthSchema, type UsageGrowth } from '@associa/contracts';
import { z } from 'zod';
import type { ListSort } from '../list-page/list-page-types';
import { sortFromParam, sortToParam } from '../list-page/list-sort';
import { paramOf, withoutBlanks } from '../list-page/search-param-values';

/** The usage overview's filters and order as the address keeps them. */
export type UsageFilters = { tenantId: string; productCode: string; program: string; from: string; to: string; sort: string };

/** The orders the overview offers; `-change` (largest growth first) unless told. */
export const USAGE_SORTS = ['customer', 'product', 'program', 'partner', 'start', 'change', 'changePercent'] as const;

/** Reads the filters from the address, dropping what the API would refuse. */
export function usageFilters(params: URLSearchParams): UsageFilters {
  const sort = params.get('sort') ?? '';
  return {
    tenantId: paramOf(params, 'tenantId', z.uuid()),
    productCode: paramOf(params, 'productCode', z.string().max(64)),
    program: paramOf(params, 'program', ProgramCodeSchema),
    from: paramOf(params, 'from', UsageMonthSchema),
    to: paramOf(params, 'to', UsageMonthSchema),
    sort: USAGE_SORTS.some((s) => sort === s || sort === `-${s}`) ? sort : '',
  };
}

/** The filters `GET /usage` (and its CSV export) takes. */
export function usageApiQuery({ sort: _sort, ...filters }: UsageFilters) {
  return withoutBlanks(filters);
}

/** The overview's order: the address's, else largest growth first. */
export function usageSort(filters: UsageFilters): ListSort {
  return sortFromParam(filters.sort || '-change');
}

const SORT_PARAMS = USAGE_SORTS.flatMap((column) => [column, `-${column}`]);

/** A heading's new order as the address keeps it. */
export const usageSortParam = (sort: ListSort): string => sortToParam(sort, SORT_PARAMS, '-change');

const sortValue: Record<(typeof USAGE_SORTS)[number], (row: UsageGrowth) => string | number | null> = {
  customer: (row) => (row.tenantName ?? row.tenantId).toLowerCase(),
  product: (row) => row.productCode,
  program: (row) => row.program,
  partner: (row) => row.organisation.name.toLowerCase(),
  start: (row) => row.startedAt,
  change: (row) => row.change,
  changePercent: (row) => row.changePercent,
};

/**
 * The rows that match the tenant, product and program filters, in the chosen order; rows without a
 * figure go last either way. The API has no order of its own for growth, so the browser sorts.
 */
export function filterAndSortGrowth(rows: UsageGrowth[], filters: UsageFilters): UsageGrowth[] {
  const sort = usageSort(filters);
  const value = sortValue[sort.column as (typeof USAGE_SORTS)[number]] ?? sortValue.change;
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .filter((row) => (!filters.tenantId || row.tenantId === filters.tenantId) && (!filters.productCode || row.productCode === filters.productCode) && (!filters.program || row.program === filters.program))
    .sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return (x < y ? -1 : x > y ? 1 : 0) * sign;
    });
}
