import { RoleSchema } from '@associa/contracts';
import { z } from 'zod';
import { paramOf } from '../list-page/search-param-values';

/** The users list's search (name or e-mail), organisation, role and status, kept in the address. */
export type UsersFilters = { q: string; organisationId: string; role: string; active: string };

/** Reads the filters from the address, dropping what the API would refuse. */
export function usersFilters(params: URLSearchParams): UsersFilters {
  return {
    q: (params.get('q') ?? '').trim(),
    organisationId: paramOf(params, 'organisationId', z.uuid()),
    role: paramOf(params, 'role', RoleSchema),
    active: paramOf(params, 'active', z.enum(['true', 'false'])),
  };
}
