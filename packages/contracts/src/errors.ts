import { z } from 'zod';

/** Machine-readable error codes the API answers with; the HTTP status says the class. */
export const ErrorCodeSchema = z.enum([
  'BAD_REQUEST',
  'MALFORMED_JSON',
  'VALIDATION_FAILED',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'URL_TOO_LONG',
  'HEADERS_TOO_LARGE',
  'ROUTE_NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'CSRF_TOKEN_INVALID',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
  'SERVICE_UNAVAILABLE',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** One problem with one field of the request. */
export const ErrorDetailSchema = z.object({
  path: z.string().describe('Dotted path of the field, empty for the whole body'),
  code: z.string(),
  message: z.string(),
  candidates: z
    .array(z.object({ id: z.string(), channel: z.string(), state: z.string(), startDate: z.string(), endDate: z.string().nullable() }))
    .optional()
    .describe('With SUBSCRIPTION_REQUIRED: the subscriptions to choose from'),
});
export type ErrorDetail = z.infer<typeof ErrorDetailSchema>;

/** The body of every error answer. */
export const ErrorResponseSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(ErrorDetailSchema),
    }),
  })
  .meta({ id: 'ErrorResponse' });
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
