import { CatalogResponseSchema } from '@associa/contracts';
import { getCatalog } from '../../../modules/catalog/get-catalog';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** The published catalogue every form and integration reads its choices and reason codes from. */
export const getCatalogRoute: RouteModule = (app, { db }) => {
  app.get(
    '/catalog',
    { schema: { tags: ['catalog'], summary: 'Solution areas, activities, programs, products and reason codes', response: { 200: CatalogResponseSchema, ...commonErrors } } },
    async (request) => {
      requireActor(request);
      return getCatalog({ db });
    },
  );
};
