import { IdParamsSchema, UpdateClaimRequestSchema, ValidateClaimResponseSchema } from '@associa/contracts';
import { getClaimFieldsForActor } from '../../../modules/claims/claim-input';
import { loadClaimRules } from '../../../modules/claims/claim-rules';
import { validateClaim } from '../../../modules/claims/validate-claim';
import { validateStoredClaim } from '../../../modules/claims/validate-stored-claim';
import { isPartnerStaff } from '../../../modules/users/policies';
import { forbidden } from '../../../lib/errors';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** Dry runs: every check on a body, or on a saved draft, without saving anything. */
export const validateClaimRoutes: RouteModule = (app, { db }) => {
  app.post(
    '/claims/validate',
    {
      // A dry run writes nothing: its caller may come from the cache of callers like a read's.
      config: { readsOnly: true },
      schema: {
        operationId: 'validateClaimBody',
        tags: ['claims'],
        summary: 'Check a claim body without saving it (dry run)',
        body: UpdateClaimRequestSchema,
        response: { 200: ValidateClaimResponseSchema, ...commonErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!isPartnerStaff(actor)) throw forbidden('Only partner staff validate claims.');
      const { valid, problems, programs } = await validateClaim({ db, rules: await loadClaimRules(db), actor, input: request.body, documentCount: 0 });
      return { valid, problems, programs };
    },
  );
  app.post(
    '/claims/:id/validate',
    {
      // A dry run writes nothing: its caller may come from the cache of callers like a read's.
      config: { readsOnly: true },
      schema: {
        operationId: 'validateClaim',
        tags: ['claims'],
        summary: 'Check a saved draft without submitting it',
        params: IdParamsSchema,
        response: { 200: ValidateClaimResponseSchema, ...commonErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { claim, fields } = await getClaimFieldsForActor(db, actor, request.params.id);
      if (actor.organisationId !== claim.organisationId) throw forbidden('Only the owning partner validates its claim.');
      const { valid, problems, programs } = await validateStoredClaim({ db, rules: await loadClaimRules(db), actor, claimId: claim.id, fields });
      return { valid, problems, programs };
    },
  );
};
