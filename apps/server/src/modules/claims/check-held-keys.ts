import { type ErrorDetail, OPEN_CLAIM_STATUSES, type ReasonCode } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Actor } from '../users/actor';
import type { ResolvedLine } from './check-claim-lines';
import type { ProgramInfo } from './derive-programs';

/**
 * The caller may not claim a key it already holds (an ACTIVE claim: its association) or already
 * targets with another open claim. Keys: (program, tenant, workload) or (program, subscription).
 */
export async function checkHeldKeys({
  db,
  actor,
  claimId,
  tenantId,
  programs,
  lines,
  message,
}: {
  db: Db;
  actor: Actor;
  claimId: string | null;
  tenantId: string | null;
  programs: ProgramInfo[];
  lines: ResolvedLine[];
  message: (code: ReasonCode, extra?: string) => string;
}): Promise<ErrorDetail[]> {
  if (!tenantId || !programs.length || !lines.length) return [];
  let q = db
    .selectFrom('claims as c')
    .innerJoin('claim_lines as l', 'l.claim_id', 'c.id')
    .select(['c.id', 'c.status', 'c.programs', 'l.product_code', 'l.subscription_id'])
    .where('c.organisation_id', '=', actor.organisationId)
    .where('c.tenant_id', '=', tenantId)
    .where('c.deleted_at', 'is', null)
    .where('c.status', 'in', [...OPEN_CLAIM_STATUSES, 'ACTIVE']);
  if (claimId) q = q.where('c.id', '!=', claimId);
  const held = await q.execute();
  const problems: ErrorDetail[] = [];
  for (const [i, line] of lines.entries()) {
    for (const program of programs) {
      const match = held.find(
        (h) =>
          h.programs.includes(program.code) &&
          (program.exclusivityUnit === 'WORKLOAD' ? h.product_code === line.productCode : line.subscriptionId !== null && h.subscription_id === line.subscriptionId),
      );
      if (!match) continue;
      const code: ReasonCode = match.status === 'ACTIVE' ? 'ALREADY_ASSOCIATED_WITH_YOU' : 'DUPLICATE_OPEN_CLAIM';
      problems.push({ path: `lines.${i}`, code, message: message(code, `(${program.code}, ${line.productCode})`) });
      break;
    }
  }
  return problems;
}
