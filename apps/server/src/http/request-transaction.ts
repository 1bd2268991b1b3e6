import { AsyncLocalStorage } from 'node:async_hooks';
import type { ControlledTransaction, Transaction } from 'kysely';
import type { Db } from '../db/client';
import type { Database } from '../db/schema';

type Scope = { root: Db; trx: ControlledTransaction<Database>; savepoints: number };

const storage = new AsyncLocalStorage<Scope>();
const roots = new WeakMap<object, Db>();

/** A transaction a request's work runs in (see `requestScopedDb`); its owner commits or rolls it back. */
export type RequestTransaction = {
  trx: ControlledTransaction<Database>;
  /** Runs `fn` with every query of the request-scoped db inside this transaction. */
  run<T>(fn: () => T): T;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  readonly open: boolean;
};

const bound = (target: object, prop: string | symbol) => {
  const value = Reflect.get(target, prop, target);
  return typeof value === 'function' ? value.bind(target) : value;
};

// A use case's own `db.transaction()` inside a request transaction becomes a savepoint: its work
// joins the request's, and its failure undoes only its part, as it did on its own.
function savepointBuilder(scope: Scope) {
  const refuse = () => {
    throw new Error('A transaction inside a request transaction is a savepoint: its isolation level and access mode are the request’s.');
  };
  return {
    setIsolationLevel: refuse,
    setAccessMode: refuse,
    execute: async <T>(callback: (trx: Transaction<Database>) => Promise<T>): Promise<T> => {
      const name = `associa_sp_${++scope.savepoints}`;
      const savepoint = await scope.trx.savepoint(name).execute();
      try {
        const result = await callback(savepoint);
        await savepoint.releaseSavepoint(name).execute();
        return result;
      } catch (err) {
        await savepoint.rollbackToSavepoint(name).execute().catch(() => undefined);
        throw err;
      }
    },
  };
}

/**
 * The db routes hand to use cases: the process's pool, except while a request transaction runs
 * (`RequestTransaction.run`), when every query, `db.transaction()` (a savepoint) and
 * `db.connection()` goes to that transaction. Jobs enqueued there are rows of it, so they run only
 * after it commits.
 */
export function requestScopedDb(root: Db): Db {
  const scoped = new Proxy(root, {
    get(target, prop) {
      const scope = storage.getStore();
      if (!scope || scope.root !== target) return bound(target, prop);
      if (prop === 'transaction') return () => savepointBuilder(scope);
      if (prop === 'connection') return () => ({ execute: <T>(callback: (db: Db) => Promise<T>) => callback(scope.trx) });
      if (prop === 'startTransaction' || prop === 'destroy') throw new Error(`db.${prop}() is not available inside a request transaction.`);
      return bound(scope.trx, prop);
    },
  });
  roots.set(scoped, root);
  return scoped;
}

/** The pool behind a request-scoped db, for what must count even when the request's work rolls back (rate limits). */
export function unscopedDb(db: Db): Db {
  return roots.get(db) ?? db;
}

/** Starts a request transaction on the pool (never inside another). */
export async function beginRequestTransaction(db: Db): Promise<RequestTransaction> {
  const root = roots.get(db) ?? db;
  const trx = await root.startTransaction().execute();
  const scope: Scope = { root, trx, savepoints: 0 };
  return {
    trx,
    run: (fn) => storage.run(scope, fn),
    commit: () => trx.commit().execute(),
    rollback: () => trx.rollback().execute(),
    get open() {
      return !trx.isCommitted && !trx.isRolledBack;
    },
  };
}

/**
 * Runs several use cases as one unit: inside a request transaction they simply join it, otherwise
 * they get one of their own, committed when `fn` resolves and rolled back when it throws.
 */
export async function inOneTransaction<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  if (!roots.has(db)) throw new Error('inOneTransaction needs the request-scoped db (RouteDeps.db), or its queries would not join.');
  if (storage.getStore()) return fn();
  const tx = await beginRequestTransaction(db);
  try {
    const result = await tx.run(fn);
    await tx.commit();
    return result;
  } catch (err) {
    if (tx.open) await tx.rollback().catch(() => undefined);
    throw err;
  }
}
