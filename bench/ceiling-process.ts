// A ceiling row's server, in a process of its own: bare Fastify (no hooks, no schemas, no auth)
// and a pg pool of 20 on the bench database, one route per BENCH_CEILING mode:
//   insert  POST /insert   one INSERT ... RETURNING into bench_rows
//   select  GET  /select   one indexed SELECT ... LIMIT 50 on claims (claims_org_updated_idx)
//   usage   GET  /usage    the usage page read the app runs (same module), without auth and
//                          serialization; `?log=1` also writes its access entry like the app
// The pool prepares repeated statements exactly as the app's pool does (db/prepared-statements.ts),
// so a ratio compares the app with a bare route that runs as cheaply as it can.
// Prints {"port":N} once listening; SIGTERM stops it.
import Fastify from 'fastify';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { preparingClient, StatementNames } from '../apps/server/src/db/prepared-statements';
import type { Database } from '../apps/server/src/db/schema';
import type { Actor } from '../apps/server/src/modules/users/actor';
import { findActorFields } from '../apps/server/src/modules/users/actor';
import { readUsagePage } from '../apps/server/src/modules/usage/usage-page-query';

async function main() {
  const mode = process.env.BENCH_CEILING;
  const pool = new pg.Pool({ connectionString: process.env.BENCH_CEILING_DATABASE_URL, max: 20, Client: preparingClient(new StatementNames()) });
  pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
  const app = Fastify();
  if (mode === 'insert') {
    app.post('/insert', async () => {
      const r = await pool.query<{ id: string }>('insert into bench_rows (payload) values ($1) returning id', ['x']);
      return { id: r.rows[0]!.id };
    });
  } else if (mode === 'select') {
    const org = process.env.BENCH_CEILING_ORG!;
    app.get('/select', async () => {
      const r = await pool.query('select id, name, status, updated_at from claims where organisation_id = $1 and deleted_at is null order by updated_at desc, id desc limit 50', [org]);
      return { items: r.rows };
    });
  } else if (mode === 'usage') {
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const fields = await findActorFields(db, process.env.BENCH_CEILING_USER!);
    if (!fields) throw new Error('no such user');
    const actor = { ...fields, via: 'session', csrfToken: null } as Actor;
    const reader = { kind: 'PARTNER' as const, organisationId: actor.organisationId };
    app.get<{ Querystring: { log?: string; tenantId?: string } }>('/usage', async (request) =>
      // The app's own statement: with `log`, the read and its access entry in one round trip and commit.
      (await readUsagePage(db, { reader, filters: { tenantId: request.query.tenantId }, limit: 25, log: request.query.log === '1' ? { actor, kind: 'LIST', at: new Date() } : undefined })).page,
    );
  } else {
    throw new Error(`unknown BENCH_CEILING ${mode}`);
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }));
  process.once('SIGTERM', () => {
    void app
      .close()
      .then(() => pool.end())
      .finally(() => process.exit(0));
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
