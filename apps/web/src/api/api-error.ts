import type { ErrorDetail } from '@associa/contracts';

/** Thrown by the API client for every failed request, so screens can branch on status and code. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorDetail[];

  constructor(input: { status: number; code: string; message: string; details?: ErrorDetail[] }) {
    super(input.message);
    this.name = 'ApiError';
    this.status = input.status;
    this.code = input.code;
    this.details = input.details ?? [];
  }
}

/** True when the server said the session is missing or expired. */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
