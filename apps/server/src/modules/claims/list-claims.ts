import type { ClaimStatus, ClaimSummary, ListClaimsQuery, ListClaimsResponse, ProgramCode, SolutionArea } from '@associa/contracts';
import { type Expression, type SqlBool, sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { CUSTOM_PLAN } from '../../db/prepared-statements';
import { decodeCursor, encodeCursor, likeContains, pageLimit } from '../../lib/cursor';
import type { Actor } from '../users/actor';
import { planClaimSearch } from './claim-search';
import { loadSearchSample } from './load-search-sample';
import { isPartnerStaff } from '../users/policies';

type SortField = 'submitted' | 'updated' | 'name' | 'status';

// Sort keys are expressions with no NULLs, so (key, id) row comparisons page exactly.
const SORT_KEYS: Record<SortField, string> = {
  submitted: "coalesce(c.submitted_at, '-infinity'::timestamptz)",
  updated: 'c.updated_at',
  name: "lower(coalesce(c.name, ''))",
  status: 'c.status',
};
const CursorShape = z.tuple([z.string(), z.uuid()]);

const dayStart = (v: string) => (v.length === 10 ? new Date(`${v}T00:00:00Z`) : new Date(v));
const dayEnd = (v: string) => (v.length === 10 ? new Date(new Date(`${v}T00:00:00Z`).getTime() + 86_400_000) : new Date(v));

/**
 * The caller's claims, filtered, searched and sorted, a page at a time. Partners see their own
 * organisation's (drafts included); vendor staff see every submitted claim.
 */
export async function listClaims({ db, actor, query }: { db: Db; actor: Actor; query: ListClaimsQuery }): Promise<ListClaimsResponse> {
  const field = query.sort.replace('-', '') as SortField;
  const desc = query.sort.startsWith('-');
  const key = sql.raw(SORT_KEYS[field]);
  let q = db
    .selectFrom('claims as c')
    .innerJoin('partner_locations as l', 'l.id', 'c.location_id')
    .select([
      'c.id',
      'c.name',
      'c.status',
      'c.location_id',
      'l.mpn_id',
      'l.name as location_name',
      'c.customer_domain',
      'c.customer_tenant_id',
      'c.customer_name',
      'c.solution_area',
      'c.programs',
      'c.contested',
      'c.created_at',
      'c.updated_at',
      'c.submitted_at',
      'c.products',
      sql<string>`(${key})::text`.as('sort_key'),
    ])
    .where('c.deleted_at', 'is', null);
  q = isPartnerStaff(actor) ? q.where('c.organisation_id', '=', actor.organisationId) : q.where('c.status', '!=', sql.lit('DRAFT'));
  if (query.q) {
    const plan = planClaimSearch(query.q.toLowerCase(), await loadSearchSample(db));
    if (plan.indexWords.length === 0) q = q.where('c.search_text', 'like', likeContains(plan.term));
    else {
      // The index finds the rows holding the term's rare words; the whole term is tested on those
      // (strpos is no index condition, so the common words' trigrams are never read).
      for (const word of plan.indexWords) q = q.where('c.search_text', 'like', likeContains(word));
      q = q.where(sql<SqlBool>`strpos(c.search_text, ${plan.term}) > 0`);
    }
  }
  if (query.status?.length) q = q.where('c.status', 'in', query.status);
  if (query.locationId) q = q.where('c.location_id', '=', query.locationId);
  if (query.solutionArea) q = q.where('c.solution_area', '=', query.solutionArea);
  // A program or product is written into the text (both are codes the contract restricts to
  // [A-Z0-9_]): each gets a prepared statement whose plan is made once for its own frequency,
  // where a bound value either kept the plan generic (wrong for a rare code) or planned anew on
  // every request (about 0.4 ms of PostgreSQL per page).
  if (query.program) q = q.where(sql<SqlBool>`${sql.lit(query.program)} = any(c.programs)`);
  if (query.product) {
    // Tested on the row (claims.products, kept from claim_lines by triggers) as the sort's index is
    // walked. The same test on claim_lines is there for the planner: the array's statistics rate a
    // product they didn't sample (rare, or on no claim) at 0.5% of the claims, so it would walk every
    // claim for an empty page; claim_lines' own statistics know, and such a page starts from its index.
    const product = sql.lit(query.product);
    q = q.where(sql<SqlBool>`c.products @> array[${product}]::text[]`).where('c.id', 'in', (eb) => eb.selectFrom('claim_lines as pl').select('pl.claim_id').where(sql<SqlBool>`pl.product_code = ${product}`));
  }
  if (query.createdFrom) q = q.where('c.created_at', '>=', dayStart(query.createdFrom));
  if (query.createdTo) q = q.where('c.created_at', '<', dayEnd(query.createdTo));
  if (query.submittedFrom) q = q.where('c.submitted_at', '>=', dayStart(query.submittedFrom));
  if (query.submittedTo) q = q.where('c.submitted_at', '<', dayEnd(query.submittedTo));
  if (query.cursor) {
    const [value, id] = decodeCursor(query.cursor, CursorShape);
    const cast = field === 'submitted' || field === 'updated' ? sql`::timestamptz` : sql``;
    const cmp: Expression<SqlBool> = desc ? sql<SqlBool>`(${key}, c.id) < (${value}${cast}, ${id}::uuid)` : sql<SqlBool>`(${key}, c.id) > (${value}${cast}, ${id}::uuid)`;
    q = q.where(cmp);
  }
  const dir = desc ? sql`desc` : sql`asc`;
  const ordered = q.orderBy(sql`${key} ${dir}`).orderBy(sql`c.id ${dir}`).limit(pageLimit(query.limit + 1));
  // A search is planned for its own pattern every time: a rare term is best found through the
  // trigram index, a common one by walking the sort's index.
  const rows = await (query.q ? ordered.modifyEnd(CUSTOM_PLAN) : ordered).execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(
      (r): ClaimSummary => ({
        id: r.id,
        name: r.name,
        status: r.status as ClaimStatus,
        location: { id: r.location_id, mpnId: r.mpn_id, name: r.location_name },
        customer: { domain: r.customer_domain, tenantId: r.customer_tenant_id, name: r.customer_name },
        solutionArea: r.solution_area as SolutionArea | null,
        programs: r.programs as ProgramCode[],
        products: r.products,
        contested: r.contested,
        createdAt: r.created_at.toISOString(),
        updatedAt: r.updated_at.toISOString(),
        submittedAt: r.submitted_at?.toISOString() ?? null,
      }),
    ),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.sort_key, last.id]) : null,
  };
}
