import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Limits } from '@associa/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../db/client';
import type { Clock } from '../lib/clock';
import { AppError } from '../lib/errors';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when this request's answer is to be remembered under its Idempotency-Key. */
    idempotency: { actorKey: string; key: string } | null;
  }
}

// A request that started but never stored its answer (the process died) stops blocking retries after this.
const ABANDONED_MS = 60_000;

function requestHash(request: FastifyRequest): string {
  const h = createHash('sha256').update(`${request.method} ${request.url}\n`);
  // Multipart and streamed (import file) bodies are read by the handler; their length stands in for their content.
  if (request.isMultipart()) h.update(`multipart:${request.headers['content-length'] ?? ''}`);
  else if (request.body instanceof Readable) h.update(`stream:${request.headers['content-type'] ?? ''}:${request.headers['content-length'] ?? ''}`);
  else h.update(JSON.stringify(request.body ?? null));
  return h.digest('hex');
}

/**
 * `Idempotency-Key` on every authenticated POST: the same key and body within 24 hours answers the
 * first answer again and does nothing twice; the same key with another body is 422.
 */
export function registerIdempotency(app: FastifyInstance, { db, clock }: { db: Db; clock: Clock }): void {
  app.decorateRequest('idempotency', null);
  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || typeof key !== 'string' || !request.actor) return;
    if (key.length < 1 || key.length > 255) throw new AppError(400, 'VALIDATION_FAILED', 'Idempotency-Key must be 1 to 255 characters.', [{ path: 'Idempotency-Key', code: 'INVALID', message: 'Use a UUID.' }]);
    const actorKey = `user:${request.actor.userId}`;
    const hash = requestHash(request);
    const now = clock.now();
    const cutoff = new Date(now.getTime() - Limits.idempotencyHours * 3_600_000);
    const abandoned = new Date(now.getTime() - ABANDONED_MS);
    // Forget expired keys and answers that never came, then claim the key if it is free.
    await sql`delete from idempotency_keys where actor_key = ${actorKey} and key = ${key}
      and (created_at < ${cutoff} or (status_code is null and created_at < ${abandoned}))`.execute(db);
    const inserted = await db
      .insertInto('idempotency_keys')
      .values({ actor_key: actorKey, key, method: request.method, path: request.url, request_hash: hash, created_at: now })
      .onConflict((oc) => oc.doNothing())
      .returning('key')
      .executeTakeFirst();
    if (inserted) {
      request.idempotency = { actorKey, key };
      return;
    }
    const first = await db.selectFrom('idempotency_keys').selectAll().where('actor_key', '=', actorKey).where('key', '=', key).executeTakeFirst();
    if (!first) return;
    if (first.request_hash !== hash) {
      throw new AppError(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with another request; use a new key for a new request.');
    }
    if (first.status_code === null) {
      throw new AppError(409, 'IDEMPOTENCY_KEY_IN_PROGRESS', 'The first request with this Idempotency-Key is still running; retry shortly.', [], { 'retry-after': '1' });
    }
    reply.header('idempotent-replayed', 'true').code(first.status_code);
    if (first.response_body === null) return reply.send();
    return reply.type('application/json; charset=utf-8').serializer((x: unknown) => x as string).send(JSON.stringify(first.response_body));
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const idem = request.idempotency;
    if (!idem) return payload;
    request.idempotency = null;
    const where = (q: any) => q.where('actor_key', '=', idem.actorKey).where('key', '=', idem.key);
    if (reply.statusCode >= 500) {
      // A failure on our side is not an answer: the client may retry with the same key.
      await where(db.deleteFrom('idempotency_keys')).execute();
    } else {
      const isJson = String(reply.getHeader('content-type') ?? '').includes('json') && typeof payload === 'string' && payload.length > 0;
      await where(db.updateTable('idempotency_keys').set({ status_code: reply.statusCode, response_body: isJson ? (payload as string) : null })).execute();
    }
    return payload;
  });
}
