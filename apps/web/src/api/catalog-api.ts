import { CatalogResponseSchema, ProgramSchema, type CatalogResponse, type Program, type ProgramCode, type UpdateProgramRequest } from '@associa/contracts';
import { apiRequest } from './http-client';

/** The published catalogue: programs, products and reason codes with names in every language. */
export function getCatalog(signal?: AbortSignal): Promise<CatalogResponse> {
  return apiRequest('/catalog', { schema: CatalogResponseSchema, signal });
}

/** The program admin changes a claimable program's durations or conflict rule; send only what changed. */
export function updateProgram(code: ProgramCode, input: UpdateProgramRequest): Promise<Program> {
  return apiRequest(`/admin/programs/${encodeURIComponent(code)}`, { method: 'PATCH', body: input, schema: ProgramSchema });
}
