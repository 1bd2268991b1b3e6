import type { Db } from '../../db/client';
import type { Actor } from '../users/actor';
import type { ClaimInput } from './claim-input';
import { loadClaimFacts } from './claim-facts';
import type { ClaimRules } from './claim-rules';
import { type ClaimValidation, claimFactsQuery, claimPrograms, evaluateClaim } from './evaluate-claim';

export type { ClaimValidation } from './evaluate-claim';

/**
 * Runs every check at entry (DESIGN.md section 3) on a body and reports every problem at once,
 * with one database statement for all the facts. Saves nothing. `documentCount` is the claim's
 * stored PoE count (a body without a claim has none); `rules` come from the catalogue copy in
 * memory (`loadClaimRules` on the root db).
 */
export async function validateClaim({
  db,
  rules,
  actor,
  input,
  claimId = null,
  documentCount,
}: {
  db: Db;
  rules: ClaimRules;
  actor: Actor;
  input: ClaimInput;
  claimId?: string | null;
  documentCount: number;
}): Promise<ClaimValidation> {
  const programs = claimPrograms(rules, input);
  const facts = await loadClaimFacts(db, claimFactsQuery(actor.organisationId, input, programs, { claimId }));
  return evaluateClaim({ rules, input, programs, facts, documentCount });
}
