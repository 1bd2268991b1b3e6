import type { Db } from '../../db/client';
import type { Actor } from '../users/actor';
import { type ClaimInput, claimLinesInput } from './claim-input';
import { type ClaimDeadlineBasis, deadlineBasisFrom } from './claim-deadlines';
import { loadClaimFacts, type StoredLine } from './claim-facts';
import type { ClaimRules } from './claim-rules';
import { type ClaimValidation, claimFactsQuery, claimPrograms, evaluateClaim } from './evaluate-claim';

/** The checks of a stored claim, with what submit writes from: its stored lines and (when valid) its deadline basis. */
export type StoredClaimValidation = ClaimValidation & { storedLines: StoredLine[]; deadlineBasis: ClaimDeadlineBasis | null };

/**
 * Runs every entry check on a stored claim whose own columns are already read (`fields`, see
 * `getClaimFieldsForActor`): its lines, its documents and all the facts come in one statement.
 * `withDeadlines` also reads what the review deadline of a submit is computed from.
 */
export async function validateStoredClaim({
  db,
  rules,
  actor,
  claimId,
  fields,
  withDeadlines = false,
}: {
  db: Db;
  rules: ClaimRules;
  actor: Actor;
  claimId: string;
  fields: ClaimInput;
  withDeadlines?: boolean;
}): Promise<StoredClaimValidation> {
  const programs = claimPrograms(rules, fields);
  const facts = await loadClaimFacts(db, claimFactsQuery(actor.organisationId, fields, programs, { claimId, lines: 'ofClaim', withDeadlines }));
  const storedLines = facts.storedLines ?? [];
  const input = { ...fields, lines: claimLinesInput(storedLines) };
  const validation = evaluateClaim({ rules, input, programs, facts, documentCount: facts.documentCount ?? 0 });
  const deadlineBasis =
    withDeadlines && facts.tenant && validation.tenantId ? deadlineBasisFrom({ country: facts.tenant.country, timeZone: facts.tenant.timeZone }, facts.programDurations ?? []) : null;
  return { ...validation, storedLines, deadlineBasis };
}
