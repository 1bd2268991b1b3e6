import { ErrorResponseSchema, HealthResponseSchema } from '@associa/contracts';
import { sql } from 'kysely';
import type { RouteModule } from '../../types';

const VERSION = process.env.npm_package_version ?? '0.1.0';

/** Load balancers and `npm start` ask this whether the process can reach its database. */
export const getHealthRoute: RouteModule = (app, { db }) => {
  app.get(
    '/health',
    { schema: { operationId: 'getHealth', tags: ['system'], summary: 'Liveness and database reachability', response: { 200: HealthResponseSchema, 414: ErrorResponseSchema, 503: HealthResponseSchema } } },
    async (_request, reply) => {
      const up = await sql`select 1`.execute(db).then(() => true, () => false);
      return reply.code(up ? 200 : 503).send({ status: up ? 'ok' : 'degraded', database: up ? 'up' : 'down', version: VERSION });
    },
  );
};
