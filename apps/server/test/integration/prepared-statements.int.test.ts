import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb, type Db } from '../../src/db/client';
import { ensureDatabase } from '../../src/db/ensure-database';
import { CUSTOM_PLAN, CUSTOM_PLAN_MARKER } from '../../src/db/prepared-statements';
import type pg from 'pg';

// One connection, so what one query prepared is visible to the next.
let db: Db;
let pool: pg.Pool;

beforeAll(async () => {
  const adminUrl = inject('pgAdminUrl');
  const name = `test_${randomUUID().replaceAll('-', '')}`;
  await ensureDatabase(adminUrl, name);
  ({ db, pool } = createDb(adminUrl.replace(/\/[^/]*$/, `/${name}`), 1));
});
afterAll(async () => {
  await db.destroy();
});

const prepared = async () => (await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(db)).rows.map((r) => r.statement);

describe('repeated statements run prepared', () => {
  it('prepares a parameterised statement on its second run and reuses it, with the same answers', async () => {
    const text = 'select $1::int * 2 as doubled';
    const answers = [];
    for (const n of [1, 2, 3]) answers.push((await pool.query<{ doubled: number }>(text, [n])).rows[0]!.doubled);
    expect(answers).toEqual([2, 4, 6]);
    expect((await prepared()).filter((s) => s === text)).toHaveLength(1);
  });

  it('keeps a statement marked for custom plans unnamed, however often it runs', async () => {
    const query = db.selectFrom('shape_marked' as never).select(sql<number>`${1}::int`.as('one')).modifyEnd(CUSTOM_PLAN);
    await pool.query('create table if not exists shape_marked (id int)');
    for (let i = 0; i < 3; i++) await query.execute();
    expect(query.compile().sql.endsWith(CUSTOM_PLAN_MARKER)).toBe(true);
    expect((await prepared()).some((s) => s.includes('shape_marked'))).toBe(false);
  });

  it('prepares a parameterless single query too (a list whose filters are all in its text)', async () => {
    const text = "select 'queue' as whole_queue";
    for (let i = 0; i < 3; i++) expect((await pool.query(text, [])).rows).toEqual([{ whole_queue: 'queue' }]);
    expect((await prepared()).filter((s) => s === text)).toHaveLength(1);
    await db.transaction().execute(async (trx) => sql`select 1`.execute(trx));
    await db.transaction().execute(async (trx) => sql`select 1`.execute(trx));
    expect((await prepared()).some((s) => /^(begin|commit)/i.test(s))).toBe(false);
  });

  it('leaves parameterless scripts (several statements in one text) unprepared and working', async () => {
    await pool.query('create table if not exists script_a (id int); create table if not exists script_b (id int)');
    await pool.query('create table if not exists script_a (id int); create table if not exists script_b (id int)');
    expect((await prepared()).some((s) => s.includes('script_a'))).toBe(false);
  });

  it('recovers when a table changes shape under a prepared select * (a migration while running)', async () => {
    await pool.query('create table shape (id int, a text)');
    await pool.query("insert into shape values (1, 'x')");
    const text = 'select * from shape where id = $1';
    await pool.query(text, [1]);
    await pool.query(text, [1]);
    await pool.query('alter table shape add column b text');
    // PostgreSQL refuses the stale statement once; the next run uses a fresh name and sees the new column.
    const first = await pool.query(text, [1]).then((r) => r.rows[0], (err: Error) => err);
    const second = (await pool.query(text, [1])).rows[0];
    expect(first).toBeInstanceOf(Error);
    expect((first as Error).message).toMatch(/cached plan must not change result type/);
    expect(second).toEqual({ id: 1, a: 'x', b: null });
  });
});
