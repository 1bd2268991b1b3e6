import type { Db } from '../../db/client';
import { getClaimForActor } from '../claims/find-claim-for-actor';
import type { Actor } from '../users/actor';
import { exportHistory } from './export-history';
import type { HistoryRow } from './history-format';

/** One claim's chained history for its NDJSON/CSV download; 404 before any byte when the caller may not read the claim. */
export async function exportClaimHistory({ db, actor, claimId }: { db: Db; actor: Actor; claimId: string }): Promise<AsyncIterable<HistoryRow>> {
  await getClaimForActor(db, actor, claimId);
  return exportHistory({ db, scope: { kind: 'ALL' }, claimId });
}
