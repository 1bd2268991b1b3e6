import { sql } from 'kysely';
import type { Db } from '../../db/client';
import { deterministicUuid } from '../../lib/deterministic-uuid';
import { hashPassword } from '../../lib/passwords';
import { DEMO_ORGANISATIONS, DEMO_SUBSCRIPTION_PATTERNS, DEMO_TENANTS } from './demo-data';

/** The demo logins, printed at start. */
export const DEMO_LOGINS = DEMO_ORGANISATIONS.flatMap((o) => o.users.map((u) => ({ ...u, organisation: o.name })));

const isoDate = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * Loads the demo organisations, users, locations and customer directory once; a second call finds
 * the vendor in place and changes nothing. Returns whether it loaded anything. Subscription dates
 * are placed around `now`'s year, so the demo's active subscriptions stay active in any year.
 */
export async function seedDemoData({ db, password, now = new Date() }: { db: Db; password: string; now?: Date }): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  const year = now.getUTCFullYear();
  return db.transaction().execute(async (trx) => {
    // Serialise concurrent starts on one database: the second waits, then sees the data.
    await sql`select pg_advisory_xact_lock(4242001)`.execute(trx);
    const existing = await trx.selectFrom('organisations').select('id').where('kind', '=', 'VENDOR').executeTakeFirst();
    if (existing) return false;
    for (const org of DEMO_ORGANISATIONS) {
      const orgId = deterministicUuid(`org:${org.key}`);
      await trx.insertInto('organisations').values({ id: orgId, kind: org.kind, name: org.name, country: org.country }).execute();
      await trx
        .insertInto('users')
        .values(org.users.map((u) => ({ id: deterministicUuid(`user:${u.email}`), organisation_id: orgId, email: u.email, name: u.name, role: u.role, locale: u.locale, password_hash: passwordHash })))
        .execute();
      for (const loc of org.locations) {
        const locationId = deterministicUuid(`location:${loc.mpnId}`);
        await trx.insertInto('partner_locations').values({ id: locationId, organisation_id: orgId, mpn_id: loc.mpnId, name: loc.name, country: loc.country }).execute();
        await trx.insertInto('location_enrolments').values(loc.programs.map((p) => ({ location_id: locationId, program_code: p }))).execute();
      }
    }
    for (const [i, [name, country, timeZone, domain]] of DEMO_TENANTS.entries()) {
      const tenantId = deterministicUuid(`tenant:${domain}`);
      const initial = `${name.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 27)}.onmicrosoft.com`;
      await trx.insertInto('customer_tenants').values({ tenant_id: tenantId, name, country, time_zone: timeZone }).execute();
      await trx
        .insertInto('tenant_domains')
        .values([
          { domain: initial, tenant_id: tenantId, is_initial: true },
          { domain, tenant_id: tenantId, is_initial: false },
        ])
        .execute();
      const pattern = DEMO_SUBSCRIPTION_PATTERNS[i % DEMO_SUBSCRIPTION_PATTERNS.length]!;
      await trx
        .insertInto('subscriptions')
        .values(
          pattern.map(([product, channel, state], j) => ({
            id: deterministicUuid(`subscription:${domain}:${j}`),
            tenant_id: tenantId,
            product_code: product,
            channel: channel as 'EA',
            state: state as 'ACTIVE',
            start_date: isoDate(year - 3 + (j % 2), 1 + ((i + j) % 12), 1),
            end_date: state === 'EXPIRED' ? isoDate(year - 1, 1 + (i % 12), 28) : isoDate(year + 1 + (j % 2), 1 + ((i + j) % 12), 28),
          })),
        )
        .execute();
    }
    return true;
  });
}
