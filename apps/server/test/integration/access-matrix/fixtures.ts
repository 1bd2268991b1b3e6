import { randomBytes, randomUUID } from 'node:crypto';
import { BULK_CLAIM_FIELDS } from '@associa/contracts';
import { expect } from 'vitest';
import type { Database } from '../../../src/db/schema';
import { deterministicUuid } from '../../../src/lib/deterministic-uuid';
import { seedDemoClaims } from '../../../src/modules/demo/seed-demo-claims';
import { demoTenant, FILES, LOCATIONS, m365Claim } from '../../helpers/claim-fixtures';
import type { TestApp, TestClient } from '../../helpers/test-app';

/** The organisations that own objects in the matrix. */
export type Owner = 'northwind' | 'fabrikam';

/** Path parameters of one object, by name as the route spells them. */
export type Params = Record<string, string>;

/** Kinds of object an operation's path names. `partner` kinds belong to a partner organisation; the others are shared. */
export const PARTNER_OBJECTS = [
  'token',
  'draftClaim',
  'secondDraft',
  'reviewClaim',
  'actionRequiredClaim',
  'rejectedClaim',
  'activeClaim',
  'bulkUpload',
  'document',
  'reviewDocument',
  'association',
  'partner',
  'partnerLocation',
  'invitation',
  'user',
  'webhook',
  'delivery',
] as const;
export const SHARED_OBJECTS = ['tenant', 'program', 'import', 'importKind'] as const;
/** A link is its own credential (consent, invitation, reset, customer page): no session grants more. */
export const LINK_OBJECTS = ['consentLink', 'invitationLink', 'resetLink', 'customerLink', 'customerAssociation'] as const;

export type PartnerObject = (typeof PARTNER_OBJECTS)[number];
export type SharedObject = (typeof SHARED_OBJECTS)[number];
export type LinkObject = (typeof LINK_OBJECTS)[number];
export type ObjectKind = PartnerObject | SharedObject | LinkObject;

/** Everything the matrix sends requests about. */
export type Fixtures = {
  orgs: Record<Owner, string>;
  partnerObjects: Record<PartnerObject, Record<Owner, Params>>;
  sharedObjects: Record<SharedObject, Params>;
  /** Every id (and the name) of an organisation's data: none may appear in another partner's answer. */
  footprint: Record<Owner, string[]>;
};

/** Path parameters naming an object that does not exist (fresh each call; links are fresh random tokens). */
export function unknownParams(kind: ObjectKind, like: Params): Params {
  return Object.fromEntries(
    Object.entries(like).map(([name, value]) => [name, name === 'token' ? randomBytes(32).toString('base64url') : name === 'code' || name === 'kind' ? value : randomUUID()]),
  );
}

/** Parameters for a link kind: always an unknown, fresh link (the matrix checks that a session adds nothing). */
export function linkParams(kind: LinkObject): Params {
  const token = randomBytes(32).toString('base64url');
  return kind === 'customerAssociation' ? { token, id: randomUUID() } : { token };
}

const orgId = (key: Owner) => deterministicUuid(`org:${key}`);

/** One valid bulk claims CSV row on a demo tenant, for the owner's location. */
function bulkCsv(mpnId: string): string {
  const row: Record<string, string> = {
    name: 'Matrix bulk',
    location_mpn_id: mpnId,
    customer_domain: 'contoso.nl',
    tenant_id: deterministicUuid('tenant:contoso.nl'),
    solution_area: 'MICROSOFT_365',
    activities: 'USAGE',
    products: 'MICROSOFT_TEAMS',
    customer_contact_name: 'Carla Jansen',
    customer_contact_title: 'IT manager',
    customer_contact_email: 'carla@contoso.nl',
    partner_contact_name: 'Nina de Vries',
    partner_contact_email: 'nina@northwind.example',
  };
  const names = BULK_CLAIM_FIELDS.map((f) => f.name);
  return `${names.join(',')}\r\n${names.map((n) => row[n] ?? '').join(',')}\r\n`;
}

async function created(res: Promise<{ status: number; body: any; text: string }>, status = 201): Promise<any> {
  const answer = await res;
  expect(answer.status, answer.text).toBe(status);
  return answer.body;
}

/** One partner organisation's objects, made through the API as its admin (plus a second user row to manage). */
async function partnerObjects(t: TestApp, owner: Owner, admin: TestClient): Promise<Record<PartnerObject, Params>> {
  const org = orgId(owner);
  const location = owner === 'northwind' ? LOCATIONS.northwindAmsterdam : LOCATIONS.fabrikamMunich;
  const { tenantId } = await demoTenant(t.db, 'contoso.nl');
  const draft = await created(admin.request('POST', '/api/v1/claims', m365Claim(tenantId, { name: `Matrix draft ${owner}`, locationId: location })));
  const doc = await created(admin.upload(`/api/v1/claims/${draft.id}/documents`, FILES.pdf, 'sow.pdf'));
  // A second draft, with its PoE, for submitting (the first one is edited, stripped and deleted).
  const secondDraft = await created(admin.request('POST', '/api/v1/claims', m365Claim(tenantId, { name: `Matrix second draft ${owner}`, locationId: location })));
  await created(admin.upload(`/api/v1/claims/${secondDraft.id}/documents`, FILES.pdf, 'sow.pdf'));
  const token = await created(admin.request('POST', '/api/v1/tokens', { name: `matrix ${owner}` }));
  const webhook = await created(admin.request('POST', '/api/v1/webhooks', { url: 'http://127.0.0.1:9/matrix', eventTypes: ['claim.status_changed'] }));
  const test = await created(admin.request('POST', `/api/v1/webhooks/${webhook.id}/test`), 202);
  const bulk = await created(admin.request('POST', '/api/v1/claims/bulk?dryRun=true', bulkCsv(owner === 'northwind' ? '4412001' : '5523001'), { 'content-type': 'text/csv' }));
  const invitation = await created(
    admin.request('POST', '/api/v1/invitations', { email: `matrix.invitee@${owner}.example`, name: 'Matrix Invitee', role: 'PARTNER_USER', organisationId: org }),
  );
  const userId = randomUUID();
  const { password_hash } = await t.db.selectFrom('users').select('password_hash').where('organisation_id', '=', org).executeTakeFirstOrThrow();
  await t.db.insertInto('users').values({ id: userId, organisation_id: org, email: `matrix.user@${owner}.example`, name: 'Matrix User', role: 'PARTNER_USER', password_hash }).execute();

  // A claim of the owner in one of these states (else any submitted one: the access rule is what a cell tests).
  const claimIn = async (statuses: string[]) => {
    const claims = t.db.selectFrom('claims').select('id').where('organisation_id', '=', org).where('deleted_at', 'is', null).where('status', '!=', 'DRAFT').orderBy('created_at');
    const row = (await claims.where('status', 'in', statuses).executeTakeFirst()) ?? (await claims.executeTakeFirstOrThrow());
    return row.id;
  };
  const reviewClaimId = await claimIn(['UNDER_REVIEW']);
  const reviewDoc = await t.db.selectFrom('claim_documents').select('id').where('claim_id', '=', reviewClaimId).executeTakeFirstOrThrow();
  const association = await t.db.selectFrom('associations').select('id').where('organisation_id', '=', org).where('status', '=', 'ACTIVE').orderBy('started_at').executeTakeFirstOrThrow();
  return {
    token: { id: token.id },
    draftClaim: { id: draft.id },
    secondDraft: { id: secondDraft.id },
    reviewClaim: { id: reviewClaimId },
    actionRequiredClaim: { id: await claimIn(['ACTION_REQUIRED']) },
    rejectedClaim: { id: await claimIn(['REJECTED']) },
    activeClaim: { id: await claimIn(['ACTIVE']) },
    bulkUpload: { id: bulk.id },
    document: { id: draft.id, docId: doc.id },
    reviewDocument: { id: reviewClaimId, docId: reviewDoc.id },
    association: { id: association.id },
    partner: { id: org },
    partnerLocation: { id: org, locationId: location },
    invitation: { id: invitation.id },
    user: { id: userId },
    webhook: { id: webhook.id },
    delivery: { id: webhook.id, deliveryId: test.id ?? test.deliveryId },
  };
}

/** The ids of every row an organisation owns, plus its name: its footprint in any answer. */
async function footprintOf(t: TestApp, owner: Owner): Promise<string[]> {
  const org = orgId(owner);
  const ids = new Set<string>([org]);
  const owned: (keyof Database)[] = ['users', 'api_tokens', 'partner_locations', 'claims', 'associations', 'invitations', 'webhook_endpoints', 'bulk_claim_uploads'];
  for (const table of owned) {
    const rows = await t.db.selectFrom(table as 'claims').select('id').where('organisation_id', '=', org).execute();
    for (const r of rows) ids.add(r.id);
  }
  const docs = await t.db.selectFrom('claim_documents as d').innerJoin('claims as c', 'c.id', 'd.claim_id').select('d.id').where('c.organisation_id', '=', org).execute();
  for (const d of docs) ids.add(d.id);
  const { name } = await t.db.selectFrom('organisations').select('name').where('id', '=', org).executeTakeFirstOrThrow();
  return [...ids, name];
}

/**
 * The demo claims (every state, both partners, active associations) played through the use cases,
 * then one of each object per partner made through the API by its admin.
 */
export async function buildFixtures(t: TestApp, admins: Record<Owner, TestClient>, programAdmin: TestClient): Promise<Fixtures> {
  t.config.webhookAllowedHosts = ['127.0.0.1'];
  await seedDemoClaims({ db: t.db, clock: t.clock });
  const partnerSets = { northwind: await partnerObjects(t, 'northwind', admins.northwind), fabrikam: await partnerObjects(t, 'fabrikam', admins.fabrikam) };
  const partnerObjectsByKind = Object.fromEntries(PARTNER_OBJECTS.map((k) => [k, { northwind: partnerSets.northwind[k], fabrikam: partnerSets.fabrikam[k] }])) as Fixtures['partnerObjects'];
  const imported = await created(
    programAdmin.request('POST', '/api/v1/imports?kind=tenants&fileName=matrix.csv', 'tenant_id,name,country,time_zone,domains\r\n', { 'content-type': 'text/csv' }),
    202,
  );
  return {
    orgs: { northwind: orgId('northwind'), fabrikam: orgId('fabrikam') },
    partnerObjects: partnerObjectsByKind,
    sharedObjects: {
      tenant: { id: deterministicUuid('tenant:contoso.nl') },
      program: { code: 'OSU_M365' },
      import: { id: imported.id },
      importKind: { kind: 'tenants' },
    },
    footprint: { northwind: await footprintOf(t, 'northwind'), fabrikam: await footprintOf(t, 'fabrikam') },
  };
}

/**
 * A digest of every table a denied request must leave alone (all of them but sessions, rate
 * limits, heartbeats and the job queue): row counts and an md5 of the rows.
 */
export async function databaseDigest(t: TestApp): Promise<Record<string, string>> {
  const skip = new Set(['sessions', 'worker_heartbeats', 'rate_limits', 'login_attempts']);
  const tables = await t.pool.query<{ name: string }>(
    `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const digest: Record<string, string> = {};
  for (const { name } of tables.rows) {
    if (skip.has(name) || name.includes('rate_limit') || name.includes('login_')) continue;
    const res = await t.pool.query<{ n: string; h: string | null }>(`select count(*)::text as n, md5(string_agg(x::text, ',' order by x::text)) as h from "${name}" x`);
    digest[name] = `${res.rows[0]!.n}:${res.rows[0]!.h ?? ''}`;
  }
  return digest;
}
