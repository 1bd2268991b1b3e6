import { createHash, randomUUID } from 'node:crypto';
import { Limits } from '@associa/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../db/client';
import type { Clock } from '../lib/clock';
import { AppError } from '../lib/errors';
import { hasRawBody, parsedBodyHash, readRawBodyHash, watchRawBody } from './request-body-hash';
import { beginRequestTransaction, type RequestTransaction } from './request-transaction';

type IdempotentRun = {
  actorKey: string;
  key: string;
  tx: RequestTransaction;
  /** Known up front for a parsed body; for a raw one, when the handler has read it. */
  hash: string | null;
  rawBody: { finish(waitMs: number): Promise<string | null> } | null;
};

declare module 'fastify' {
  interface FastifyRequest {
    /** Set while this request's work runs in the transaction that holds its Idempotency-Key claim. */
    idempotency: IdempotentRun | null;
  }
}

// The two-key advisory lock space of idempotency claims (associations use 8801).
const LOCK_CLASS = 1717;
// How long an answer waits for the raw body's last bytes the handler left unread (a closing boundary).
const RAW_BODY_WAIT_MS = 5_000;

const requestHash = (request: FastifyRequest, bodyHash: string) => createHash('sha256').update(`${request.method} ${request.url}\n${bodyHash}`).digest('hex');

const inProgress = () =>
  new AppError(409, 'IDEMPOTENCY_IN_PROGRESS', 'The first request with this Idempotency-Key is still running; retry shortly.', [], { 'retry-after': '1' });
const reused = () => new AppError(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with another request; use a new key for a new request.');

function parseKey(header: string | string[]): string {
  if (typeof header !== 'string' || header.length < 1 || header.length > 255) {
    throw new AppError(400, 'VALIDATION_FAILED', 'Idempotency-Key must be 1 to 255 characters.', [{ path: 'Idempotency-Key', code: 'INVALID', message: 'Use a UUID.' }]);
  }
  return header;
}

/**
 * Claims the key in a new transaction: the advisory lock says whether another request holds it
 * right now (409); a stored answer is replayed (or 422 for another body); otherwise the claim row
 * is inserted and the transaction stays open for the work. Answers null when the reply was sent.
 */
async function claim(db: Db, clock: Clock, request: FastifyRequest, reply: FastifyReply, key: string): Promise<IdempotentRun | null> {
  const actorKey = `user:${request.actor!.userId}`;
  const tx = await beginRequestTransaction(db);
  try {
    const { rows } = await sql<{ free: boolean }>`select pg_try_advisory_xact_lock(${LOCK_CLASS}, hashtext(${`${actorKey}\n${key}`})) as free`.execute(tx.trx);
    if (!rows[0]?.free) throw inProgress();
    const now = clock.now();
    const cutoff = new Date(now.getTime() - Limits.idempotencyHours * 3_600_000);
    const forKey = <Q extends { where: (...args: any[]) => any }>(q: Q): Q => q.where('actor_key', '=', actorKey).where('key', '=', key);
    // An expired key is free again; an unanswered row only exists from before claims were transactional.
    await forKey(tx.trx.deleteFrom('idempotency_keys')).where((eb) => eb.or([eb('created_at', '<', cutoff), eb('status_code', 'is', null)])).execute();
    const first = await forKey(tx.trx.selectFrom('idempotency_keys').selectAll()).executeTakeFirst();
    const rawBody = hasRawBody(request);
    if (first) {
      const bodyHash = rawBody ? await readRawBodyHash(request.raw, request.isMultipart() ? Limits.maxDocumentBytes + 1024 * 1024 : Limits.maxImportBytes) : parsedBodyHash(request);
      await tx.rollback();
      if (first.request_hash !== requestHash(request, bodyHash)) throw reused();
      reply.header('idempotent-replayed', 'true').code(first.status_code!);
      if (first.response_body === null) reply.send();
      else reply.type('application/json; charset=utf-8').serializer((x: unknown) => x as string).send(JSON.stringify(first.response_body));
      return null;
    }
    const hash = rawBody ? null : requestHash(request, parsedBodyHash(request));
    await tx.trx
      .insertInto('idempotency_keys')
      .values({ actor_key: actorKey, key, method: request.method, path: request.url, request_hash: hash ?? 'pending', created_at: now })
      .execute();
    return { actorKey, key, tx, hash, rawBody: rawBody ? watchRawBody(request.raw) : null };
  } catch (err) {
    if (tx.open) await tx.rollback().catch(() => undefined);
    throw err;
  }
}

/** Stores the answer in the work's transaction and commits both; a 5xx rolls both back. */
async function settle(request: FastifyRequest, reply: FastifyReply, payload: unknown, run: IdempotentRun): Promise<void> {
  const { tx } = run;
  if (reply.statusCode >= 500) {
    await tx.rollback();
    return;
  }
  const forKey = <Q extends { where: (...args: any[]) => any }>(q: Q): Q => q.where('actor_key', '=', run.actorKey).where('key', '=', run.key);
  try {
    let hash = run.hash;
    if (hash === null) {
      const bodyHash = await run.rawBody!.finish(RAW_BODY_WAIT_MS);
      if (bodyHash === null && reply.statusCode >= 400) {
        // Refused before its body was read: nothing to replay, a retry is answered afresh.
        await forKey(tx.trx.deleteFrom('idempotency_keys')).execute();
        await tx.commit();
        return;
      }
      // Done without the whole body in hand: no retry may match it, so none repeats the work.
      hash = bodyHash === null ? `incomplete:${randomUUID()}` : requestHash(request, bodyHash);
    }
    const isJson = String(reply.getHeader('content-type') ?? '').includes('json') && typeof payload === 'string' && payload.length > 0;
    await forKey(tx.trx.updateTable('idempotency_keys'))
      .set({ status_code: reply.statusCode, response_body: isJson ? (payload as string) : null, request_hash: hash })
      .execute();
    await tx.commit();
  } catch (err) {
    if (tx.open) await tx.rollback().catch(() => undefined);
    request.log.error({ err }, 'idempotent request rolled back at commit');
    throw new AppError(503, 'SERVICE_UNAVAILABLE', 'The request could not be completed and nothing was saved; retry it with the same Idempotency-Key.', [], { 'retry-after': '1' });
  }
}

/**
 * `Idempotency-Key` on every authenticated POST. The key is claimed (row unique on caller + key,
 * advisory lock while the work runs) in a transaction the route's work joins through the
 * request-scoped db, and the answer is written in that transaction before it commits: the work,
 * the claim and the answer commit together or not at all. The same key and body within 24 hours
 * answers the first answer again; another body is 422; a second request while the first still
 * runs is 409 IDEMPOTENCY_IN_PROGRESS. A 5xx (or a process that dies) rolls everything back, so
 * a retry does the work exactly once.
 */
export function registerIdempotency(app: FastifyInstance, { db, clock }: { db: Db; clock: Clock }): void {
  app.decorateRequest('idempotency', null);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!methods.includes('POST')) return;
    const handler = route.handler as RouteHandlerMethod;
    route.handler = async function idempotentHandler(this: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
      const header = request.headers['idempotency-key'];
      if (request.method !== 'POST' || header === undefined || !request.actor) return handler.call(this, request, reply);
      const run = await claim(db, clock, request, reply, parseKey(header));
      if (!run) return reply;
      request.idempotency = run;
      return run.tx.run(() => handler.call(this, request, reply));
    } as typeof route.handler;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const run = request.idempotency;
    if (!run) return payload;
    request.idempotency = null;
    await settle(request, reply, payload, run);
    return payload;
  });
  // A reply that never went through onSend (hijacked, connection lost) must not keep its transaction.
  app.addHook('onResponse', async (request) => {
    const run = request.idempotency;
    request.idempotency = null;
    if (run?.tx.open) await run.tx.rollback().catch(() => undefined);
  });
}
