import type { ErrorCode, ErrorDetail } from '@associa/contracts';

/** The one error class use cases throw; the HTTP layer turns it into the error body. */
export class AppError extends Error {
  readonly code: ErrorCode | (string & {});
  readonly status: number;
  readonly details: ErrorDetail[];
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    code: ErrorCode | (string & {}),
    message: string,
    details: ErrorDetail[] = [],
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.headers = headers;
  }
}

/** Thrown when the object does not exist or the caller may not know that it does. */
export const notFound = (what = 'The requested object') => new AppError(404, 'NOT_FOUND', `${what} was not found.`);

/** Thrown when the caller is known but the role or ownership does not allow the action. */
export const forbidden = (message = 'You are not allowed to do this.') => new AppError(403, 'FORBIDDEN', message);

/** Thrown when no valid session or token came with the request. */
export const unauthenticated = (message = 'Sign in or send a valid API token.') =>
  new AppError(401, 'UNAUTHENTICATED', message);
