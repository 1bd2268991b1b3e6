import pg from 'pg';
import type { ActorCache } from './actor-cache';

/** The channel migration 0024's triggers notify when a session, user, organisation or API token changes. */
export const ACTOR_CHANGES_CHANNEL = 'associa_actor_changes';
const RECONNECT_MS = 1_000;

/**
 * Keeps `cache` in step with the database from one connection of its own: enabled only while it
 * LISTENs, emptied by every change notice (from any process), and switched off the moment the
 * connection fails (then every lookup reads the database until it is listening again). Answers a
 * stop function for the process's shutdown.
 */
export function listenForActorChanges({ connectionString, cache, logger }: { connectionString: string; cache: ActorCache<unknown>; logger: { debug: (obj: object, msg: string) => void } }): () => Promise<void> {
  let stopped = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;

  // A failure of `c` (if it is still the current connection): off, and try again in a moment.
  const lost = (c: pg.Client, err?: unknown) => {
    if (client !== c) return;
    cache.setEnabled(false);
    client = null;
    c.removeAllListeners('end');
    c.end().catch(() => undefined);
    if (stopped) return;
    if (err) logger.debug({ err }, 'actor change notices lost; callers are looked up on every request until they return');
    retry ??= setTimeout(() => {
      retry = null;
      void connect();
    }, RECONNECT_MS);
    retry.unref();
  };

  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString, application_name: 'associa-actor-changes' });
    client = c;
    c.on('error', (err) => lost(c, err));
    c.on('end', () => lost(c));
    c.on('notification', (n) => {
      if (n.channel === ACTOR_CHANGES_CHANNEL) cache.clear();
    });
    try {
      await c.connect();
      await c.query(`listen ${ACTOR_CHANGES_CHANNEL}`);
      if (stopped || client !== c) return;
      cache.setEnabled(true);
    } catch (err) {
      lost(c, err);
    }
  };

  void connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    cache.setEnabled(false);
    const c = client;
    client = null;
    if (c) {
      c.removeAllListeners('end');
      await c.end().catch(() => undefined);
    }
  };
}
