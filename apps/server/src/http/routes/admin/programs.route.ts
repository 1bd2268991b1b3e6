import { ErrorResponseSchema, ProgramCodeSchema, ProgramSchema, UpdateProgramRequestSchema } from '@associa/contracts';
import { z } from 'zod';
import { updateProgram } from '../../../modules/catalog/update-program';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import type { RouteModule } from '../../types';

/** The program admin's settings: durations and conflict rule per program. */
export const programSettingsRoute: RouteModule = (app, { db }) => {
  app.patch(
    '/admin/programs/:code',
    {
      schema: {
        operationId: 'updateProgram',
        tags: ['admin'],
        summary: "Change a program's durations or conflict rule (program admin)",
        params: z.object({ code: ProgramCodeSchema }),
        body: UpdateProgramRequestSchema,
        response: { 200: ProgramSchema, ...commonErrors, 409: ErrorResponseSchema },
      },
    },
    async (request) => updateProgram({ db, actor: requireActor(request), code: request.params.code, input: request.body }),
  );
};
