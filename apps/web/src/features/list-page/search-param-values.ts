import type { z } from 'zod';
import type { ListFilterQuery } from './use-search-param-filters';

/** A filter read from the address: its value when the API's schema accepts it, else blank (so a stale link still opens). */
export function paramOf(params: URLSearchParams, name: string, schema: z.ZodType): string {
  const value = params.get(name)?.trim() ?? '';
  return value && schema.safeParse(value).success ? value : '';
}

/** Filters of plain text values as API query parameters, without the blank ones. */
export function withoutBlanks<F extends Record<string, string>>(filters: F): ListFilterQuery {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== ''));
}

/** True when some filter narrows the list, so an empty list means "no match" rather than "nothing yet". */
export function isNarrowed(query: ListFilterQuery): boolean {
  return Object.values(query).some((value) => !!value);
}
