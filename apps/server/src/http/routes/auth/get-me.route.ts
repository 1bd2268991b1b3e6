import { MeResponseSchema } from '@associa/contracts';
import { presentMe } from '../../../modules/users/present-me';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** The web app asks this on load: who am I, what may I do, and the CSRF token. */
export const getMeRoute: RouteModule = (app) => {
  app.get(
    '/me',
    { schema: { operationId: 'getMe', tags: ['auth'], summary: 'The caller, their organisation and allowed actions', response: { 200: MeResponseSchema, ...commonErrors } } },
    async (request) => presentMe(requireActor(request)),
  );
};
