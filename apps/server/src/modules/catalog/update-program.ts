import type { Program, UpdateProgramRequest } from '@associa/contracts';
import type { Db } from '../../db/client';
import { AppError, forbidden, notFound } from '../../lib/errors';
import type { Actor } from '../users/actor';
import { allowedActionsFor } from '../users/policies';
import { invalidateCatalog } from './catalog-cache';
import { getCatalog } from './get-catalog';

/**
 * The program admin changes a claimable program's durations or conflict rule. Deadlines already
 * set on claims stay as they were promised; the new values apply from the next status change.
 */
export async function updateProgram({ db, actor, code, input }: { db: Db; actor: Actor; code: string; input: UpdateProgramRequest }): Promise<Program> {
  if (!allowedActionsFor(actor).includes('catalog.manage')) throw forbidden('Program settings are for program admins.');
  const program = await db.selectFrom('programs').select(['is_claimable']).where('code', '=', code).executeTakeFirst();
  if (!program) throw notFound('The program');
  if (!program.is_claimable) throw new AppError(409, 'PROGRAM_NOT_CLAIMABLE', 'This program is outside customer association claims and has no settings here.');
  await db
    .updateTable('programs')
    .set({
      ...(input.reviewBusinessDays !== undefined ? { review_business_days: input.reviewBusinessDays } : {}),
      ...(input.responseBusinessDays !== undefined ? { response_business_days: input.responseBusinessDays } : {}),
      ...(input.disputeDays !== undefined ? { dispute_days: input.disputeDays } : {}),
      ...(input.consentBusinessDays !== undefined ? { consent_business_days: input.consentBusinessDays } : {}),
      ...(input.expiryNoticeDays !== undefined ? { expiry_notice_days: input.expiryNoticeDays } : {}),
      ...(input.conflictRule !== undefined ? { conflict_rule: input.conflictRule } : {}),
    })
    .where('code', '=', code)
    .execute();
  // The trigger on programs bumped catalog_version; this process need not wait for its next check.
  invalidateCatalog(db);
  const catalog = await getCatalog({ db });
  return catalog.programs.find((p) => p.code === code)!;
}
