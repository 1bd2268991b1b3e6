import { ClaimBodySchema, claimCrossFieldProblems, type ErrorDetail, type ProgramCode } from '@associa/contracts';
import { zodIssuesToDetails } from '../../lib/zod-details';
import { type ClaimInput, withoutNulls } from './claim-input';
import { checkClaimCustomer, tenantIdToRead } from './check-claim-customer';
import { checkClaimLines, type ResolvedLine } from './check-claim-lines';
import { checkClaimLocation, locationIdToRead } from './check-claim-location';
import { checkHeldKeys } from './check-held-keys';
import type { ClaimFacts, ClaimFactsQuery } from './claim-facts';
import type { ClaimRules, ProgramInfo } from './claim-rules';

/** Everything the checks found, and what submit stores when there is nothing. */
export type ClaimValidation = {
  valid: boolean;
  problems: ErrorDetail[];
  programs: ProgramCode[];
  tenantId: string | null;
  lines: ResolvedLine[];
};

/** The programs a claim earns under (from the catalogue alone), with the problems of a program the partner named. */
export type ClaimPrograms = { programs: ProgramInfo[]; problems: ErrorDetail[] };

/** Derives the claim's programs before any fact is read: the facts are read for exactly these programs. */
export function claimPrograms(rules: ClaimRules, input: ClaimInput): ClaimPrograms {
  const derived = rules.derivePrograms(input.solutionArea ?? undefined, input.activities ?? []);
  const problems: ErrorDetail[] = [];
  let programs: ProgramInfo[] = derived;
  if (input.program) {
    const named = rules.findProgram(input.program);
    if (named && !named.isClaimable) {
      problems.push({ path: 'program', code: 'PROGRAM_EXCLUDED', message: rules.message('PROGRAM_EXCLUDED', named.referral ?? undefined) });
      programs = [];
    } else if (named && derived.length && !derived.some((p) => p.code === named.code)) {
      problems.push({ path: 'program', code: 'PROGRAM_MISMATCH', message: `${named.code} does not follow from the chosen solution area and activities.` });
    }
  }
  return { programs, problems };
}

/** What to read for a claim's checks: its location, tenant, programs and lines as given (or stored). */
export function claimFactsQuery(
  organisationId: string,
  input: ClaimInput,
  { programs }: ClaimPrograms,
  { claimId = null, lines = input.lines ?? [], withDeadlines = false }: Partial<Pick<ClaimFactsQuery, 'claimId' | 'lines' | 'withDeadlines'>> = {},
): ClaimFactsQuery {
  return {
    organisationId,
    locationId: locationIdToRead(input.locationId),
    tenantId: tenantIdToRead(input.customer?.tenantId),
    programCodes: programs.map((p) => p.code),
    lines,
    claimId,
    withDeadlines,
  };
}

/**
 * Every entry check (DESIGN.md section 3) over facts already read, reporting every problem at
 * once: the complete form's shape, then the rules against the directory and the caller's own
 * claims. Pure: the same input and facts always give the same answer.
 */
export function evaluateClaim({
  rules,
  input,
  programs: { programs, problems: programProblems },
  facts,
  documentCount,
}: {
  rules: ClaimRules;
  input: ClaimInput;
  programs: ClaimPrograms;
  facts: ClaimFacts;
  documentCount: number;
}): ClaimValidation {
  const { message } = rules;
  const body = withoutNulls(input);
  const parsed = ClaimBodySchema.safeParse(body);
  const problems: ErrorDetail[] = parsed.success ? [] : zodIssuesToDetails(parsed.error.issues, body);
  // zod skips refinements while fields are missing; the rules between fields are reported anyway.
  if (!parsed.success) problems.push(...claimCrossFieldProblems(body as Parameters<typeof claimCrossFieldProblems>[0]));
  problems.push(...programProblems);

  problems.push(...checkClaimLocation({ locationId: input.locationId, location: facts.location, programs, message }));
  const contacts = [
    { path: 'customerContact.email', email: input.customerContact?.email ?? undefined },
    { path: 'customerTechnicalContact.email', email: input.customerTechnicalContact?.email ?? undefined },
  ];
  const { problems: customerProblems, tenant } = checkClaimCustomer({ domain: input.customer?.domain, tenantId: input.customer?.tenantId, tenant: facts.tenant, contacts, message });
  problems.push(...customerProblems);
  const tenantId = tenant?.tenantId ?? null;
  const { problems: lineProblems, resolved } = checkClaimLines({
    subscriptions: facts.subscriptions,
    product: rules.product,
    lines: input.lines ?? [],
    solutionArea: input.solutionArea ?? undefined,
    tenantId,
    needsSubscription: programs.some((p) => p.exclusivityUnit === 'SUBSCRIPTION'),
    message,
  });
  problems.push(...lineProblems);
  problems.push(...checkHeldKeys({ tenantId, programs, lines: resolved, held: facts.held, message }));
  if (documentCount === 0) problems.push({ path: 'documents', code: 'POE_MISSING', message: message('POE_MISSING') });

  // The same path and code can come from the schema and a rule; report it once.
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.path}|${p.code}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return { valid: unique.length === 0, problems: unique, programs: programs.map((p) => p.code), tenantId, lines: resolved };
}
