import { buildPoeTemplate } from '../../../modules/documents/build-poe-template';
import { requireActor } from '../../auth';
import { commonErrors } from '../errors';
import { fileResponse } from '../media-types';
import type { RouteModule } from '../../types';

/** The wizard's "Download template": a Word proof-of-execution template to fill in and have signed. */
export const getPoeTemplateRoute: RouteModule = (app) => {
  app.get(
    '/poe-template',
    { schema: { operationId: 'getPoeTemplate', tags: ['claims'], summary: 'Download the proof-of-execution template (DOCX)', response: { 200: fileResponse('The PoE template', ['application/vnd.openxmlformats-officedocument.wordprocessingml.document']), ...commonErrors } } },
    async (request, reply) => {
      requireActor(request);
      return reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', 'attachment; filename="proof-of-execution-template.docx"')
        .serializer((x: unknown) => x as string)
        .send(await buildPoeTemplate());
    },
  );
};
