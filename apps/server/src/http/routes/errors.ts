import { ErrorResponseSchema } from '@associa/contracts';

/** The error answers most routes document in the OpenAPI description. */
export const commonErrors = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  404: ErrorResponseSchema,
} as const;
