import { z } from 'zod';
import { paramOf, withoutBlanks } from '../list-page/search-param-values';
import type { ListFilterQuery } from '../list-page/use-search-param-filters';

/** The usage access log's filters as the address keeps them: a partner, a tenant and a period of whole days (UTC, as the API counts them). */
export type AccessLogFilters = { organisationId: string; tenantId: string; from: string; to: string };

/** Reads the filters from the address, dropping what the API would refuse. */
export function accessLogFilters(params: URLSearchParams): AccessLogFilters {
  return {
    organisationId: paramOf(params, 'organisationId', z.uuid()),
    tenantId: paramOf(params, 'tenantId', z.uuid()),
    from: paramOf(params, 'from', z.iso.date()),
    to: paramOf(params, 'to', z.iso.date()),
  };
}

/** The filters as API query parameters. */
export const accessLogApiQuery = (filters: AccessLogFilters): ListFilterQuery => withoutBlanks(filters);
