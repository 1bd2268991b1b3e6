import type { CatalogResponse, ProgramCode, ReasonCode } from '@associa/contracts';
import type { Db } from '../../db/client';
import { getCachedCatalog } from '../catalog/catalog-cache';

/** A program as the claim rules need it. */
export type ProgramInfo = { code: ProgramCode; isClaimable: boolean; exclusivityUnit: 'WORKLOAD' | 'SUBSCRIPTION' | null; referral: string | null };

/** A catalogue product as the line checks need it. */
export type RuleProduct = { code: string; name: string; solutionArea: string };

/** The catalogue's parts the claim checks read: reason messages, program rules, programs, products. */
export type ClaimRules = {
  /** The catalogue's English message for a reason code, with an optional detail after it. */
  message(code: ReasonCode, extra?: string): string;
  /** The programs a solution area and its activities earn under, in the catalogue's order. */
  derivePrograms(solutionArea: string | undefined, activities: readonly string[]): ProgramInfo[];
  /** One program by code, for a program the partner named. */
  findProgram(code: string): ProgramInfo | null;
  /** One product by code. */
  product(code: string): RuleProduct | undefined;
};

const built = new WeakMap<CatalogResponse, ClaimRules>();

/** The rules of one catalogue copy, built once per copy (the cache keeps one copy per version). */
export function claimRulesFrom(catalog: CatalogResponse): ClaimRules {
  const known = built.get(catalog);
  if (known) return known;
  const messages = new Map(catalog.reasonCodes.map((r) => [r.code, r.message.en]));
  const programs = new Map(
    catalog.programs.map((p, order): [string, ProgramInfo & { order: number }] => [
      p.code,
      { code: p.code as ProgramCode, isClaimable: p.isClaimable, exclusivityUnit: p.exclusivityUnit, referral: p.referral?.en ?? null, order },
    ]),
  );
  const products = new Map(catalog.products.map((p) => [p.code, { code: p.code, name: p.name, solutionArea: p.solutionArea }]));
  const info = ({ order: _order, ...p }: ProgramInfo & { order: number }): ProgramInfo => p;
  const rules: ClaimRules = {
    message: (code, extra) => [messages.get(code) ?? code, extra].filter(Boolean).join(' '),
    derivePrograms(solutionArea, activities) {
      if (!solutionArea || activities.length === 0) return [];
      const codes = new Set(catalog.programRules.filter((r) => r.solutionArea === solutionArea && activities.includes(r.activity)).map((r) => r.programCode));
      return [...codes]
        .flatMap((c) => programs.get(c) ?? [])
        .sort((a, b) => a.order - b.order)
        .map(info);
    },
    findProgram: (code) => {
      const p = programs.get(code);
      return p ? info(p) : null;
    },
    product: (code) => products.get(code),
  };
  built.set(catalog, rules);
  return rules;
}

/**
 * The claim rules from the process's catalogue copy (re-read when `catalog_version` moves, checked
 * at most once a second): validation reads no catalogue table per claim. `db` is the root handle,
 * never a transaction (the copy is cached per handle).
 */
export async function loadClaimRules(db: Db): Promise<ClaimRules> {
  return claimRulesFrom((await getCachedCatalog(db)).catalog);
}
