import { createHash } from 'node:crypto';
import { type CatalogResponse, CatalogResponseSchema } from '@associa/contracts';
import type { Db } from '../../db/client';
import { getCatalog } from './get-catalog';

/**
 * How long this process trusts its copy without reading `catalog_version`: a change committed by
 * another process (or straight in the database) is served at most this long after its commit.
 * A change through this process's own `updateProgram` is served from the next request on.
 */
export const CATALOG_RECHECK_MS = 1000;

/** The catalogue as sent: the contract-checked body, its ETag and the version it was read at. */
export type CachedCatalog = { catalog: CatalogResponse; body: string; etag: string; version: number };

type Loaded = CachedCatalog & { checkedAt: number };

type CatalogCache = {
  current: Loaded | null;
  /** Bumped by `invalidateCatalog`: a check begun before it may not vouch for the copy. */
  generation: number;
  pending: { generation: number; promise: Promise<CachedCatalog> } | null;
};

// One cache per database handle: tests run many apps on many databases in one process.
const caches = new WeakMap<Db, CatalogCache>();

function cacheFor(db: Db): CatalogCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = { current: null, generation: 0, pending: null };
    caches.set(db, cache);
  }
  return cache;
}

async function refresh(db: Db, cache: CatalogCache, generation: number): Promise<CachedCatalog> {
  // The version first: a change landing between the two reads only makes the next check reload.
  const { version } = await db.selectFrom('catalog_version').select('version').executeTakeFirstOrThrow();
  const now = performance.now();
  const fresh = cache.generation === generation;
  if (cache.current && cache.current.version === Number(version)) {
    if (fresh) cache.current.checkedAt = now;
    return cache.current;
  }
  // Parsed by the contract once per change: the body is sent as stored, without a serializer.
  const catalog = CatalogResponseSchema.parse(await getCatalog({ db }));
  const body = JSON.stringify(catalog);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const loaded: Loaded = { catalog, body, etag, version: Number(version), checkedAt: fresh ? now : Number.NEGATIVE_INFINITY };
  cache.current = loaded;
  return loaded;
}

/** The published catalogue from memory, re-read only when `catalog_version` moved (checked at most once a second). */
export function getCachedCatalog(db: Db): Promise<CachedCatalog> {
  const cache = cacheFor(db);
  const current = cache.current;
  if (current && performance.now() - current.checkedAt < CATALOG_RECHECK_MS) return Promise.resolve(current);
  if (cache.pending && cache.pending.generation === cache.generation) return cache.pending.promise;
  const generation = cache.generation;
  const promise = refresh(db, cache, generation).finally(() => {
    if (cache.pending?.promise === promise) cache.pending = null;
  });
  cache.pending = { generation, promise };
  return promise;
}

/** After this process changed the catalogue: the next read checks the version instead of trusting its copy. */
export function invalidateCatalog(db: Db): void {
  const cache = cacheFor(db);
  cache.generation++;
  if (cache.current) cache.current.checkedAt = Number.NEGATIVE_INFINITY;
}
