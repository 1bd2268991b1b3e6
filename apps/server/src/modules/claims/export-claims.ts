import type { ClaimSummary, ListClaimsQuery } from '@associa/contracts';
import type { Db } from '../../db/client';
import type { Actor } from '../users/actor';
import { listClaims } from './list-claims';

const BATCH = 1000;

/** The same filtered list as `listClaims`, every page, for a streamed export that never holds it all. */
export async function* exportClaims({ db, actor, query }: { db: Db; actor: Actor; query: Omit<ListClaimsQuery, 'cursor' | 'limit'> }): AsyncGenerator<ClaimSummary> {
  let cursor: string | undefined;
  do {
    const page = await listClaims({ db, actor, query: { ...query, cursor, limit: BATCH } });
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** Spreadsheet programs run cells that start with these; prefix them so an export can't carry a formula. */
export function csvSafe(value: string | null | undefined): string {
  const v = value ?? '';
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}
