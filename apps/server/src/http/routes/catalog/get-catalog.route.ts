import { CatalogResponseSchema } from '@associa/contracts';
import type { FastifyReply } from 'fastify';
import { getCachedCatalog } from '../../../modules/catalog/catalog-cache';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** Whether an If-None-Match header names this ETag (a list, weak forms and `*` included). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

/**
 * The published catalogue every form and integration reads its choices and reason codes from:
 * served from memory with an ETag, `304 Not Modified` when the caller already holds this version.
 */
export const getCatalogRoute: RouteModule = (app, { db }) => {
  app.get(
    '/catalog',
    { schema: { operationId: 'getCatalog', tags: ['catalog'], summary: 'Solution areas, activities, programs, products and reason codes', response: { 200: CatalogResponseSchema, ...commonErrors } } },
    async (request, reply) => {
      requireActor(request);
      const { body, etag } = await getCachedCatalog(db);
      // Revalidate every time: a program setting may change at any moment.
      reply.header('etag', etag).header('cache-control', 'private, no-cache');
      if (matches(request.headers['if-none-match'], etag)) return (reply as FastifyReply).code(304).send();
      // The body was checked against the contract when it was cached; it goes out as stored.
      return reply.type('application/json; charset=utf-8').serializer((payload: unknown) => payload as string).send(body as never);
    },
  );
};
