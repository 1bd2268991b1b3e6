import type { ProgramCode } from '@associa/contracts';
import type { Db } from '../../db/client';

/** A program as the claim rules need it. */
export type ProgramInfo = { code: ProgramCode; isClaimable: boolean; exclusivityUnit: 'WORKLOAD' | 'SUBSCRIPTION' | null; referral: string | null };

/** The programs a solution area and its activities earn under, from the catalogue's rules. */
export async function derivePrograms(db: Db, solutionArea: string | undefined, activities: readonly string[]): Promise<ProgramInfo[]> {
  if (!solutionArea || activities.length === 0) return [];
  const rows = await db
    .selectFrom('program_rules as r')
    .innerJoin('programs as p', 'p.code', 'r.program_code')
    .select(['p.code', 'p.is_claimable', 'p.exclusivity_unit', 'p.referral_en', 'p.sort_order'])
    .where('r.solution_area', '=', solutionArea)
    .where('r.activity', 'in', [...activities])
    .distinct()
    .orderBy('p.sort_order')
    .execute();
  return rows.map((r) => ({ code: r.code as ProgramCode, isClaimable: r.is_claimable, exclusivityUnit: r.exclusivity_unit, referral: r.referral_en }));
}

/** One program by code, for a program the partner named. */
export async function findProgram(db: Db, code: string): Promise<ProgramInfo | null> {
  const r = await db.selectFrom('programs').select(['code', 'is_claimable', 'exclusivity_unit', 'referral_en']).where('code', '=', code).executeTakeFirst();
  return r ? { code: r.code as ProgramCode, isClaimable: r.is_claimable, exclusivityUnit: r.exclusivity_unit, referral: r.referral_en } : null;
}
