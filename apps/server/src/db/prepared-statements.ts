import { sql } from 'kysely';
import pg from 'pg';

/** How many distinct statements get a name; beyond it statements run unnamed, as before. */
export const MAX_PREPARED_STATEMENTS = 256;
// A statement is named from its second run on, so one-off texts (a batch of N rows) take no slot.
const SEEN_BEFORE_NAMING = 2;

/**
 * Names the statements a process runs over and over, so each pooled connection parses (and, once
 * PostgreSQL settles on a generic plan, plans) them once instead of on every request. Texts are
 * counted until MAX_PREPARED_STATEMENTS have names; every later text stays unnamed. One registry
 * per process: a name always stands for the same text, on every connection.
 */
export class StatementNames {
  private readonly names = new Map<string, string>();
  private readonly seen = new Map<string, number>();
  private generation = 0;

  constructor(private readonly max = MAX_PREPARED_STATEMENTS) {}

  /** The name to prepare `text` under, or undefined to run it unnamed. */
  nameFor(text: string): string | undefined {
    const known = this.names.get(text);
    if (known !== undefined) return known;
    if (this.names.size >= this.max) return undefined;
    const count = (this.seen.get(text) ?? 0) + 1;
    if (count < SEEN_BEFORE_NAMING) {
      // Bounded like the names: a flood of distinct texts must not grow the counts without end.
      if (this.seen.size < this.max * 8) this.seen.set(text, count);
      return undefined;
    }
    this.seen.delete(text);
    const name = `associa_${this.generation}_${this.names.size}`;
    this.names.set(text, name);
    return name;
  }

  /** After a table changed shape under a prepared statement (a migration while running): new names for everything. */
  forget(): void {
    this.names.clear();
    this.seen.clear();
    this.generation++;
  }

  /** How many texts have a name now. */
  get size(): number {
    return this.names.size;
  }
}

/** PostgreSQL's answer when a table's columns changed under a prepared `select *`. */
export function isStalePlanError(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === '0A000' && /cached plan must not change result type/.test(String((err as Error).message));
}

/** Put in a statement's text (Kysely: `.modifyEnd(CUSTOM_PLAN)`) to keep it unnamed: planned anew for its values each time. */
export const CUSTOM_PLAN_MARKER = '/* associa:custom-plan */';

/**
 * Ends a query whose best plan depends on its values (a search term, a product or program filter):
 * it runs unnamed, planned for those values, where one generic plan for all of them was 2-3x slower.
 */
export const CUSTOM_PLAN = sql.raw(CUSTOM_PLAN_MARKER);

// A parameterless text is prepared only when it is one query (no `;`: scripts, as migrations send
// them, stay on the simple protocol), never transaction control or savepoints.
const PREPARABLE_WITHOUT_VALUES = /^\s*(select|with|insert|update|delete)\b[^;]*$/i;

type QueryFn = (config: unknown, values?: unknown, callback?: unknown) => unknown;

/**
 * A pg.Client class (for `new pg.Pool({ Client })`) whose parameterised text queries run as named
 * prepared statements from `names`, except texts ending in CUSTOM_PLAN_MARKER. Object configs (graphile-worker's own named statements,
 * cursors), scripts and transaction control pass through untouched.
 */
export function preparingClient(names: StatementNames): typeof pg.Client {
  const base = pg.Client.prototype.query as unknown as QueryFn;
  class PreparingClient extends pg.Client {}
  (PreparingClient.prototype as unknown as { query: QueryFn }).query = function query(this: pg.Client, config, values, callback) {
    if (typeof config !== 'string' || !Array.isArray(values) || (values.length === 0 && !PREPARABLE_WITHOUT_VALUES.test(config))) return base.call(this, config, values, callback);
    // A search term or a rare filter value decides the plan (trigram index or not): plan it for its values.
    const name = config.endsWith(CUSTOM_PLAN_MARKER) ? undefined : names.nameFor(config);
    if (name === undefined) return base.call(this, config, values, callback);
    const result = base.call(this, { name, text: config, values }, callback);
    if (result instanceof Promise) {
      return result.catch((err: unknown) => {
        if (isStalePlanError(err)) names.forget();
        throw err;
      });
    }
    return result;
  };
  return PreparingClient;
}
