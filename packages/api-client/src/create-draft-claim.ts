import type { ApiError, AssociaClient } from './client';

/** What a partner integration gets back from creating a draft and checking it. */
export type DraftClaimResult = { claimId: string; status: string; locationId: string; valid: boolean; problems: { path: string; code: string }[] };

function fail(step: string, response: Response, error: ApiError | undefined): never {
  throw new Error(`${step} failed: ${response.status} ${error?.error.code ?? ''} ${error?.error.message ?? ''}`.trim());
}

/**
 * The example a partner integration starts from: a draft claim for one of the caller's locations
 * (the first unless `locationId` is given), then the server's full check of that draft.
 */
export async function createDraftClaim(client: AssociaClient, input: { name: string; locationId?: string }): Promise<DraftClaimResult> {
  let locationId = input.locationId;
  if (!locationId) {
    const locations = await client.GET('/locations');
    if (!locations.data) fail('GET /locations', locations.response, locations.error);
    locationId = locations.data.items[0]?.id;
    if (!locationId) throw new Error('The caller has no location to claim for.');
  }
  const created = await client.POST('/claims', { body: { locationId, name: input.name } });
  if (!created.data) fail('POST /claims', created.response, created.error);
  const checked = await client.POST('/claims/{id}/validate', { params: { path: { id: created.data.id } } });
  if (!checked.data) fail('POST /claims/{id}/validate', checked.response, checked.error);
  return {
    claimId: created.data.id,
    status: created.data.status,
    locationId,
    valid: checked.data.valid,
    problems: checked.data.problems.map((p) => ({ path: p.path, code: p.code })),
  };
}
