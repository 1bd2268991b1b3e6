import { type ErrorDetail, OPEN_CLAIM_STATUSES, type ReasonCode } from '@associa/contracts';
import { type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/client';
import type { Actor } from '../users/actor';
import type { ResolvedLine } from './check-claim-lines';
import type { ProgramInfo } from './claim-rules';

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
  const codes = programs.map((p) => p.code);
  const products = [...new Set(lines.map((l) => l.productCode))];
  const subscriptions = [...new Set(lines.flatMap((l) => (l.subscriptionId ? [l.subscriptionId] : [])))];
  // Keys the caller targets with another open claim, one row per key however many claims target it.
  let q = db
    .selectFrom('claims as c')
    .innerJoin('claim_lines as l', 'l.claim_id', 'c.id')
    .innerJoinLateral((eb) => eb.selectFrom(sql<{ program: string }>`unnest(c.programs)`.as('p')).select(sql<string>`p`.as('program')).as('cp'), (j) => j.onTrue())
    .select(['cp.program', 'l.product_code', 'l.subscription_id', sql<boolean>`false`.as('active')])
    .where('c.organisation_id', '=', actor.organisationId)
    .where('c.tenant_id', '=', tenantId)
    .where('c.deleted_at', 'is', null)
    .where('c.status', 'in', [...OPEN_CLAIM_STATUSES])
    .where(sql<SqlBool>`c.programs && ${sql.val(codes)}::text[]`)
    .where((eb) => eb.or([eb('l.product_code', 'in', products), ...(subscriptions.length ? [eb('l.subscription_id', 'in', subscriptions)] : [])]))
    .groupBy(['cp.program', 'l.product_code', 'l.subscription_id']);
  if (claimId) q = q.where('c.id', '!=', claimId);
  // Keys the caller holds now: its active associations.
  const associations = await db
    .selectFrom('associations')
    .select(['program_code as program', 'product_code', 'subscription_id', sql<boolean>`true`.as('active')])
    .where('organisation_id', '=', actor.organisationId)
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'ACTIVE')
    .where('program_code', 'in', codes)
    .execute();
  const held = [...(await q.execute()), ...associations];
  const problems: ErrorDetail[] = [];
  for (const [i, line] of lines.entries()) {
    for (const program of programs) {
      const matches = held.filter(
        (h) =>
          h.program === program.code &&
          (program.exclusivityUnit === 'WORKLOAD' ? h.product_code === line.productCode : line.subscriptionId !== null && h.subscription_id === line.subscriptionId),
      );
      if (!matches.length) continue;
      const code: ReasonCode = matches.some((m) => m.active) ? 'ALREADY_ASSOCIATED_WITH_YOU' : 'DUPLICATE_OPEN_CLAIM';
      problems.push({ path: `lines.${i}`, code, message: message(code, `(${program.code}, ${line.productCode})`) });
      break;
    }
  }
  return problems;
}
