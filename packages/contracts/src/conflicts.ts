import { z } from 'zod';
import { ClaimStatusSchema } from './claim-status';
import { ClaimDocumentSchema } from './claims';
import { ConflictRuleSchema, ProgramCodeSchema } from './enums';

/** One claim in the reviewer's side-by-side conflict view (vendor staff only). */
export const ConflictingClaimSchema = z
  .object({
    id: z.uuid(),
    name: z.string().nullable(),
    status: ClaimStatusSchema,
    partnerName: z.string(),
    mpnId: z.string(),
    programs: z.array(ProgramCodeSchema),
    submittedAt: z.iso.datetime().nullable(),
    holdsAssociation: z.boolean().describe('The claim is ACTIVE: its partner holds the key now'),
    sharedKeys: z.array(z.string()).describe('The exclusivity keys this claim shares with the one under review, e.g. OSU_M365/EXCHANGE_ONLINE'),
    lines: z.array(z.object({ productCode: z.string(), subscriptionId: z.string().nullable() })),
    latestDocumentAt: z.iso.datetime().nullable(),
    documents: z.array(ClaimDocumentSchema),
  })
  .meta({ id: 'ConflictingClaim' });
export type ConflictingClaim = z.infer<typeof ConflictingClaimSchema>;

/** `GET /review/claims/{id}/conflicts`: the claim and every claim it contests, most recent PoE first. */
export const ClaimConflictsResponseSchema = z.object({
  rules: z.array(z.object({ program: ProgramCodeSchema, conflictRule: ConflictRuleSchema })),
  items: z.array(ConflictingClaimSchema),
});
export type ClaimConflictsResponse = z.infer<typeof ClaimConflictsResponseSchema>;
