import { PartnerStatusSchema } from '@associa/contracts';
import { paramOf } from '../list-page/search-param-values';

/** The partners list's search (name or MPN ID) and status, kept in the address. */
export type PartnersFilters = { q: string; status: string };

/** Reads the filters from the address, dropping what the API would refuse. */
export function partnersFilters(params: URLSearchParams): PartnersFilters {
  return { q: (params.get('q') ?? '').trim(), status: paramOf(params, 'status', PartnerStatusSchema) };
}
