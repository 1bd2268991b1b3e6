import { type ErrorDetail, type ErrorResponse, Limits } from '@associa/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable } from '../lib/database-errors';
import { AppError } from '../lib/errors';
import { zodIssuesToDetails } from '../lib/zod-details';

/** Builds the one error body every failure answers with. */
export function errorBody(code: string, message: string, details: ErrorDetail[] = []): ErrorResponse {
  return { error: { code, message, details } };
}

// Framework errors a client can cause, mapped to a status, a code and words a person can act on.
const FRAMEWORK_ERRORS: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json.'],
  FST_ERR_CTP_INVALID_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE', 'The request body is larger than this endpoint accepts.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'MALFORMED_JSON', 'The request says it is JSON but has an empty body.'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'MALFORMED_JSON', 'The request body is not valid JSON.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'BAD_REQUEST', 'The Content-Length header does not match the body.'],
  FST_ERR_BAD_URL: [400, 'BAD_REQUEST', 'The URL is malformed.'],
  FST_ERR_ASYNC_CONSTRAINT: [400, 'BAD_REQUEST', 'The request could not be routed.'],
  FST_ERR_INVALID_URL: [400, 'BAD_REQUEST', 'The URL is malformed.'],
  FST_REQ_FILE_TOO_LARGE: [413, 'DOCUMENT_TOO_LARGE', `A document may be at most ${Limits.maxDocumentBytes / 1024 / 1024} MB.`],
  FST_FILES_LIMIT: [413, 'PAYLOAD_TOO_LARGE', 'Send one file per request.'],
  FST_PARTS_LIMIT: [413, 'PAYLOAD_TOO_LARGE', 'The form has too many parts.'],
  FST_FIELDS_LIMIT: [413, 'PAYLOAD_TOO_LARGE', 'The form has too many fields.'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the document as multipart/form-data.'],
  FST_PROTO_VIOLATION: [400, 'BAD_REQUEST', 'The form has a forbidden field name.'],
  FST_MP_PREMATURE_CLOSE: [400, 'BAD_REQUEST', 'The upload was interrupted.'],
};

/** Turns every thrown error into the contract's error body; 5xx details are logged, never shown. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof AppError) {
      return reply.code(err.status).headers(err.headers).send(errorBody(err.code, err.message, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const input = (request as unknown as Record<string, unknown>)[where];
      const issues = err.validation.map((v) => ({
        path: v.instancePath.split('/').filter(Boolean),
        code: v.keyword,
        message: v.message ?? 'Invalid value.',
        keys: (v.params as { keys?: string[] }).keys,
        params: (v.params as { params?: { code?: string } }).params,
      }));
      return reply.code(400).send(errorBody('VALIDATION_FAILED', `The request ${where} is not valid.`, zodIssuesToDetails(issues, input)));
    }
    const mapped = err.code ? FRAMEWORK_ERRORS[err.code] : undefined;
    if (mapped) return reply.code(mapped[0]).send(errorBody(mapped[1], mapped[2]));
    if (err instanceof SyntaxError && err.statusCode === 400) {
      return reply.code(400).send(errorBody('MALFORMED_JSON', 'The request body is not valid JSON.'));
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      request.log.info({ err }, 'client error without a mapped code');
      return reply.code(err.statusCode).send(errorBody('BAD_REQUEST', err.message));
    }
    if (isDatabaseUnavailable(err)) {
      // A restart or failover: nothing was acknowledged, and the pool reconnects by itself.
      request.log.warn({ err }, 'database unavailable');
      return reply.code(503).header('retry-after', '5').send(errorBody('DATABASE_UNAVAILABLE', 'The database cannot be reached right now; nothing was saved. Try again in a few seconds.'));
    }
    request.log.error({ err }, 'unhandled error');
    return reply.code(500).send(errorBody('INTERNAL', 'Something went wrong on our side. It has been logged; please try again.'));
  });
}
