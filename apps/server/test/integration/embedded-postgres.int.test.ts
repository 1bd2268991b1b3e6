import { rm } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDataDir, startEmbeddedPostgres } from '../../src/db/embedded-postgres';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('the embedded PostgreSQL', () => {
  it('creates the cluster on the first start and reuses it, with its data, on the next', async () => {
    const dataDir = await makeTempDataDir('associa-embedded-');
    dirs.push(dataDir);
    const first = await startEmbeddedPostgres({ dataDir });
    expect(first.createdCluster).toBe(true);
    const c1 = new pg.Client({ connectionString: first.connectionString('postgres') });
    await c1.connect();
    await c1.query('create table kept (v text)');
    await c1.query("insert into kept values ('still here')");
    await c1.end();
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir });
    expect(second.createdCluster).toBe(false);
    const c2 = new pg.Client({ connectionString: second.connectionString('postgres') });
    await c2.connect();
    const { rows } = await c2.query('select v from kept');
    await c2.end();
    await second.stop();
    expect(rows).toEqual([{ v: 'still here' }]);
  }, 120_000);
});
