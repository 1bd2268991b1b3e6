import { EventEmitter } from 'node:events';
import { makeWorkerUtils, type WorkerEvents, type WorkerUtils } from 'graphile-worker';
import { sql } from 'kysely';
import type pg from 'pg';
import type { Db } from '../db/client';
import type { Logger } from '../lib/logger';

/** The heartbeat of one worker process, and the reaper that frees jobs a dead process left locked. */
export type WorkerLiveness = { events: WorkerEvents; stop: () => Promise<void> };

/**
 * A worker killed mid-job (SIGKILL, OOM, a lost machine) leaves its jobs locked, and graphile-worker
 * only frees such locks after four hours. Every worker process records the IDs it locks jobs
 * under and refreshes them; any process finding IDs silent for `staleSeconds` releases their jobs,
 * so they run again within seconds. Every job is idempotent, so a job that was half done is safe.
 */
export function startWorkerLiveness({ db, pool, logger, staleSeconds }: { db: Db; pool: pg.Pool; logger: Logger; staleSeconds: number }): WorkerLiveness {
  const events: WorkerEvents = new EventEmitter();
  const ids = new Set<string>();
  let utils: WorkerUtils | null = null;
  const beat = async () => {
    if (ids.size) {
      await sql`insert into worker_heartbeats (worker_id) select unnest(${[...ids]}::text[])
                on conflict (worker_id) do update set seen_at = now()`.execute(db);
    }
    const stale = await sql<{ worker_id: string }>`
      delete from worker_heartbeats where seen_at < now() - make_interval(secs => ${staleSeconds}) returning worker_id`.execute(db);
    if (stale.rows.length) {
      utils ??= await makeWorkerUtils({ pgPool: pool });
      await utils.forceUnlockWorkers(stale.rows.map((r) => r.worker_id));
      logger.warn({ workers: stale.rows.map((r) => r.worker_id) }, 'released jobs locked by workers that stopped answering');
    }
  };
  const run = () => void beat().catch((err) => logger.error({ err }, 'worker heartbeat failed'));
  events.on('pool:create', ({ workerPool }) => {
    ids.add(workerPool.id);
    run();
  });
  events.on('worker:create', ({ worker }) => void ids.add(worker.workerId));
  const timer = setInterval(run, Math.max(1000, (staleSeconds * 1000) / 4));
  timer.unref();
  return {
    events,
    stop: async () => {
      clearInterval(timer);
      // A clean stop releases its own locks; its heartbeat goes with it.
      if (ids.size) await db.deleteFrom('worker_heartbeats').where('worker_id', 'in', [...ids]).execute().catch(() => undefined);
      await utils?.release();
    },
  };
}
