import { AuditActionSchema } from '@associa/contracts';
import { z } from 'zod';
import { paramOf, withoutBlanks } from '../list-page/search-param-values';
import type { ListFilterQuery } from '../list-page/use-search-param-filters';

/** The audit log's filters as the address keeps them: an action, an organisation and a period of whole days. */
export type AuditFilters = { action: string; organisationId: string; from: string; to: string };

/** Reads the filters from the address, dropping what the API would refuse. */
export function auditFilters(params: URLSearchParams): AuditFilters {
  return {
    action: paramOf(params, 'action', AuditActionSchema),
    organisationId: paramOf(params, 'organisationId', z.uuid()),
    from: paramOf(params, 'from', z.iso.date()),
    to: paramOf(params, 'to', z.iso.date()),
  };
}

/** The filters as API query parameters: the period's days run from midnight to midnight in the viewer's own time zone. */
export function auditApiQuery(filters: AuditFilters): ListFilterQuery {
  return withoutBlanks({
    ...filters,
    from: filters.from && new Date(`${filters.from}T00:00:00`).toISOString(),
    to: filters.to && new Date(`${filters.to}T23:59:59.999`).toISOString(),
  });
}
