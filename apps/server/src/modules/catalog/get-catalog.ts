import type { CatalogResponse, ProgramCode, ReasonCode, SolutionArea } from '@associa/contracts';
import type { Db } from '../../db/client';

/** The published catalogue: solution areas, activities, programs with settings, products, reason codes. */
export async function getCatalog({ db }: { db: Db }): Promise<CatalogResponse> {
  const [areas, activities, programs, rules, products, reasons] = await Promise.all([
    db.selectFrom('solution_areas').selectAll().orderBy('sort_order').execute(),
    db.selectFrom('activities').selectAll().orderBy('sort_order').execute(),
    db.selectFrom('programs').selectAll().orderBy('sort_order').execute(),
    db.selectFrom('program_rules').selectAll().orderBy('solution_area').orderBy('activity').execute(),
    db.selectFrom('products').selectAll().orderBy('solution_area', 'desc').orderBy('sort_order').execute(),
    db.selectFrom('reason_codes').selectAll().orderBy('category').orderBy('code').execute(),
  ]);
  return {
    solutionAreas: areas.map((a) => ({ code: a.code as SolutionArea, name: { en: a.name_en, nl: a.name_nl } })),
    activities: activities.map((a) => ({ code: a.code as CatalogResponse['activities'][number]['code'], name: { en: a.name_en, nl: a.name_nl } })),
    programs: programs.map((p) => ({
      code: p.code as ProgramCode,
      name: { en: p.name_en, nl: p.name_nl },
      isClaimable: p.is_claimable,
      exclusivityUnit: p.exclusivity_unit,
      conflictRule: p.conflict_rule,
      settings: p.is_claimable
        ? {
            reviewBusinessDays: p.review_business_days!,
            responseBusinessDays: p.response_business_days!,
            disputeDays: p.dispute_days!,
            consentBusinessDays: p.consent_business_days!,
            expiryNoticeDays: p.expiry_notice_days!,
          }
        : null,
      referral: p.referral_en && p.referral_nl ? { en: p.referral_en, nl: p.referral_nl } : null,
    })),
    programRules: rules.map((r) => ({
      solutionArea: r.solution_area as SolutionArea,
      activity: r.activity as CatalogResponse['activities'][number]['code'],
      programCode: r.program_code as ProgramCode,
    })),
    products: products.map((p) => ({ code: p.code, name: p.name, solutionArea: p.solution_area as SolutionArea })),
    reasonCodes: reasons.map((r) => ({
      code: r.code as ReasonCode,
      category: r.category as CatalogResponse['reasonCodes'][number]['category'],
      message: { en: r.message_en, nl: r.message_nl },
    })),
  };
}
