import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { loadClaimKeys } from '../associations/load-claim-keys';
import { findConflictingClaims } from '../claims/find-conflicting-claims';

/**
 * Under FIRST_VALID_WINS the earliest submitted claim on a key is decided first: approving a later
 * one while an earlier rival is still open is refused (reject the earlier one first, or approve it).
 */
export async function assertFirstValidOrder(trx: Kysely<Database>, claimId: string): Promise<void> {
  const [claim] = await loadClaimKeys(trx, [claimId]);
  const firstWins = new Set(claim?.keys.filter((k) => k.program.conflictRule === 'FIRST_VALID_WINS').map((k) => k.key));
  if (!claim?.submittedAt || !firstWins.size) return;
  const rivals = (await findConflictingClaims(trx, claimId)).filter((r) => !r.holdsAssociation && r.sharedKeys.some((k) => firstWins.has(k)));
  if (!rivals.length) return;
  const earlier = await trx
    .selectFrom('claims')
    .select('id')
    .where('id', 'in', rivals.map((r) => r.claimId))
    .where('submitted_at', '<', claim.submittedAt)
    .executeTakeFirst();
  if (earlier) {
    throw new AppError(409, 'EARLIER_CLAIM_FIRST', "This program's rule is first valid wins: another partner's earlier claim on the same key must be decided first.");
  }
}
