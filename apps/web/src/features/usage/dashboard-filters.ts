import { ProgramCodeSchema, UsageMonthSchema } from '@associa/contracts';
import { z } from 'zod';
import { paramOf, withoutBlanks } from '../list-page/search-param-values';
import type { UsageFilters } from './usage-filters';

/** The dashboard's period (whole months), program and partner, and the growth table's order, as the address keeps them. */
export type DashboardFilters = { from: string; to: string; program: string; organisationId: string; sort: string };

const monthOf = (at: Date, offset: number) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + offset, 1)).toISOString().slice(0, 7);

/** Reads the filters; the period is the last twelve months up to this one unless the address says otherwise. */
export function dashboardFilters(params: URLSearchParams, now = new Date()): DashboardFilters {
  return {
    from: paramOf(params, 'from', UsageMonthSchema) || monthOf(now, -11),
    to: paramOf(params, 'to', UsageMonthSchema) || monthOf(now, 0),
    program: paramOf(params, 'program', ProgramCodeSchema),
    organisationId: paramOf(params, 'organisationId', z.uuid()),
    sort: params.get('sort') ?? '',
  };
}

/** The dashboard's API query (without the table's order). */
export const dashboardApiQuery = ({ sort: _sort, ...filters }: DashboardFilters) => withoutBlanks(filters);

/** The filters the growth table's browser-side order reads (it narrows nothing more). */
export const growthSortFilters = (filters: DashboardFilters): UsageFilters => ({ tenantId: '', productCode: '', program: '', from: '', to: '', sort: filters.sort });
