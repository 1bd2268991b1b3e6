import { createHash, type Hash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../lib/errors';

const BOUNDARY_MARK = Buffer.from('\u0000boundary\u0000');

/**
 * SHA-256 of a body as it streams past. A multipart body's boundary (random per request, so a
 * client's retry of the same upload carries another) is replaced by a fixed mark, so the same
 * parts hash the same; every other byte counts.
 */
export class BodyDigest {
  readonly #hash: Hash;
  readonly #token: Buffer | null;
  #tail = Buffer.alloc(0);

  constructor(contentType: string | undefined) {
    this.#hash = createHash('sha256').update(`${(contentType ?? '').split(';')[0]!.trim().toLowerCase()}\n`);
    const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
    this.#token = boundary ? Buffer.from(boundary[1] ?? boundary[2]!) : null;
  }

  update(chunk: Buffer): void {
    if (!this.#token) {
      this.#hash.update(chunk);
      return;
    }
    let buf = this.#tail.length ? Buffer.concat([this.#tail, chunk]) : chunk;
    for (let at = buf.indexOf(this.#token); at !== -1; at = buf.indexOf(this.#token)) {
      this.#hash.update(buf.subarray(0, at)).update(BOUNDARY_MARK);
      buf = buf.subarray(at + this.#token.length);
    }
    // Keep what could be the start of a boundary split across chunks.
    const keep = Math.min(buf.length, this.#token.length - 1);
    this.#hash.update(buf.subarray(0, buf.length - keep));
    this.#tail = Buffer.from(buf.subarray(buf.length - keep));
  }

  digest(): string {
    this.#hash.update(this.#tail);
    return this.#hash.digest('hex');
  }
}

/** Whether the handler reads this request's body itself (multipart, import streams) rather than Fastify parsing it. */
export function hasRawBody(request: FastifyRequest): boolean {
  return request.isMultipart() || request.body instanceof Readable;
}

/** Hash of a parsed (JSON) body. */
export function parsedBodyHash(request: FastifyRequest): string {
  return createHash('sha256').update(`json\n${JSON.stringify(request.body ?? null)}`).digest('hex');
}

/**
 * Hashes the raw body while the handler reads it, without taking a byte from it. `finish` waits
 * (up to `waitMs`) for the rest the handler left unread, e.g. a multipart's closing boundary, and
 * answers null when the body did not arrive in full.
 */
export function watchRawBody(raw: IncomingMessage): { finish(waitMs: number): Promise<string | null> } {
  const digest = new BodyDigest(raw.headers['content-type']);
  const onData = (chunk: Buffer) => digest.update(chunk);
  // Paused first: adding the listener then does not start the flow before the handler's reader is attached.
  raw.pause();
  raw.on('data', onData);
  return {
    async finish(waitMs) {
      const complete =
        raw.readableEnded ||
        (await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), waitMs);
          const done = (ok: boolean) => {
            clearTimeout(timer);
            resolve(ok);
          };
          raw.once('end', () => done(true));
          raw.once('close', () => done(raw.readableEnded));
          raw.once('error', () => done(false));
          raw.resume();
        }));
      raw.off('data', onData);
      return complete ? digest.digest() : null;
    },
  };
}

/** Reads the whole raw body (nobody else will) and answers its hash; 413 beyond `maxBytes`. */
export async function readRawBodyHash(raw: IncomingMessage, maxBytes: number): Promise<string> {
  const digest = new BodyDigest(raw.headers['content-type']);
  let bytes = 0;
  for await (const chunk of raw as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    if (bytes > maxBytes) throw new AppError(413, 'PAYLOAD_TOO_LARGE', 'The request body is larger than this endpoint accepts.');
    digest.update(chunk);
  }
  return digest.digest();
}
