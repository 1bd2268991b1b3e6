import type { Db } from '../../src/db/client';
import { deterministicUuid } from '../../src/lib/deterministic-uuid';

/** Demo location IDs (deterministic), by MPN ID. */
export const LOCATIONS = {
  northwindAmsterdam: deterministicUuid('location:4412001'),
  northwindSeattle: deterministicUuid('location:4412002'),
  fabrikamMunich: deterministicUuid('location:5523001'),
};

/** A demo tenant by its custom domain, with its subscriptions. */
export async function demoTenant(db: Db, domain: string) {
  const tenantId = deterministicUuid(`tenant:${domain}`);
  const subscriptions = await db.selectFrom('subscriptions').selectAll().where('tenant_id', '=', tenantId).orderBy('id').execute();
  return { tenantId, domain, subscriptions };
}

/** A complete, valid Microsoft 365 usage claim on Contoso Nederland's Teams workload (the contact at the customer's domain). */
export function m365Claim(tenantId: string, overrides: Record<string, unknown> = {}) {
  const domain = (overrides.customer as { domain?: string } | undefined)?.domain ?? 'contoso.nl';
  return {
    name: 'Contoso Teams rollout',
    locationId: LOCATIONS.northwindAmsterdam,
    customer: { domain: 'contoso.nl', tenantId },
    solutionArea: 'MICROSOFT_365',
    activities: ['USAGE'],
    lines: [{ productCode: 'MICROSOFT_TEAMS' }],
    customerContact: { name: 'Carla Jansen', title: 'IT manager', email: `carla@${domain}` },
    partnerContact: { name: 'Nina de Vries', email: 'nina@northwind.example' },
    comments: 'Rolled out Teams to 400 seats.',
    ...overrides,
  };
}

/** A complete Business Applications usage claim (technical contact included). */
export function bizAppsClaim(tenantId: string, domain: string, lines: { productCode: string; subscriptionId?: string }[], overrides: Record<string, unknown> = {}) {
  return m365Claim(tenantId, {
    name: 'Dynamics rollout',
    customer: { domain, tenantId },
    solutionArea: 'BUSINESS_APPLICATIONS',
    activities: ['USAGE'],
    lines,
    customerTechnicalContact: { name: 'Tom de Boer', title: 'Architect', email: `tom@${domain}` },
    ...overrides,
  });
}

/** Smallest byte sequences each type is recognised by. */
export const FILES = {
  pdf: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  png: Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000000000500010d0a2db40000000049454e44ae426082', 'hex'),
  elf: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120, 0)]),
};

/** Counts rows of a claim's history by event type. */
export async function historyTypes(db: Db, claimId: string): Promise<string[]> {
  const rows = await db.selectFrom('claim_events').select('type').where('claim_id', '=', claimId).orderBy('id').execute();
  return rows.map((r) => r.type);
}
