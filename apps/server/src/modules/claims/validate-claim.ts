import { ClaimBodySchema, claimCrossFieldProblems, type ErrorDetail, type ProgramCode } from '@associa/contracts';
import type { Db } from '../../db/client';
import { zodIssuesToDetails } from '../../lib/zod-details';
import type { Actor } from '../users/actor';
import { type ClaimInput, withoutNulls } from './claim-input';
import { checkClaimCustomer } from './check-claim-customer';
import { checkClaimLines, type ResolvedLine } from './check-claim-lines';
import { checkClaimLocation } from './check-claim-location';
import { checkHeldKeys } from './check-held-keys';
import type { ClaimRules, ProgramInfo } from './claim-rules';

/** Everything the checks found, and what submit stores when there is nothing. */
export type ClaimValidation = {
  valid: boolean;
  problems: ErrorDetail[];
  programs: ProgramCode[];
  tenantId: string | null;
  lines: ResolvedLine[];
};

/**
 * Runs every check at entry (DESIGN.md section 3) and reports every problem at once: the complete
 * form's shape, then the rules against the directory and the caller's own claims. Saves nothing.
 * `documentCount` is the claim's stored PoE count (a body without a claim has none); `rules` come
 * from the catalogue copy in memory (`loadClaimRules` on the root db).
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
  const { message } = rules;
  const body = withoutNulls(input);
  const parsed = ClaimBodySchema.safeParse(body);
  const problems: ErrorDetail[] = parsed.success ? [] : zodIssuesToDetails(parsed.error.issues, body);
  // zod skips refinements while fields are missing; the rules between fields are reported anyway.
  if (!parsed.success) problems.push(...claimCrossFieldProblems(body as Parameters<typeof claimCrossFieldProblems>[0]));

  const derived = rules.derivePrograms(input.solutionArea ?? undefined, input.activities ?? []);
  let programs: ProgramInfo[] = derived;
  if (input.program) {
    const named = rules.findProgram(input.program);
    if (named && !named.isClaimable) {
      problems.push({ path: 'program', code: 'PROGRAM_EXCLUDED', message: message('PROGRAM_EXCLUDED', named.referral ?? undefined) });
      programs = [];
    } else if (named && derived.length && !derived.some((p) => p.code === named.code)) {
      problems.push({ path: 'program', code: 'PROGRAM_MISMATCH', message: `${named.code} does not follow from the chosen solution area and activities.` });
    }
  }

  problems.push(...(await checkClaimLocation({ db, actor, locationId: input.locationId, programs, message })));
  const contacts = [
    { path: 'customerContact.email', email: input.customerContact?.email ?? undefined },
    { path: 'customerTechnicalContact.email', email: input.customerTechnicalContact?.email ?? undefined },
  ];
  const { problems: customerProblems, tenant } = await checkClaimCustomer({ db, domain: input.customer?.domain, tenantId: input.customer?.tenantId, contacts, message });
  problems.push(...customerProblems);
  const { problems: lineProblems, resolved } = await checkClaimLines({
    db,
    product: rules.product,
    lines: input.lines ?? [],
    solutionArea: input.solutionArea ?? undefined,
    tenantId: tenant?.tenantId ?? null,
    needsSubscription: programs.some((p) => p.exclusivityUnit === 'SUBSCRIPTION'),
    message,
  });
  problems.push(...lineProblems);
  problems.push(...(await checkHeldKeys({ db, actor, claimId, tenantId: tenant?.tenantId ?? null, programs, lines: resolved, message })));
  if (documentCount === 0) problems.push({ path: 'documents', code: 'POE_MISSING', message: message('POE_MISSING') });

  // The same path and code can come from the schema and a rule; report it once.
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.path}|${p.code}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return { valid: unique.length === 0, problems: unique, programs: programs.map((p) => p.code), tenantId: tenant?.tenantId ?? null, lines: resolved };
}
