import { ApiError } from '../../api/api-error';

/** Why an e-mailed link (invitation, password reset) can't be used. */
export type LinkProblem = 'invalid' | 'expired' | 'used';

/** The link problem an error stands for, or null for other failures (a weak password, the network) that the form shows. */
export function linkProblemOf(error: unknown): LinkProblem | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code.endsWith('_EXPIRED') || error.status === 410) return 'expired';
  if (error.code.endsWith('_USED')) return 'used';
  if (error.code.endsWith('_INVALID') || error.status === 404) return 'invalid';
  // A malformed token is refused before it is looked up; to the visitor it is the same broken link.
  const isTokenRefused = error.status === 400 && error.details.length > 0 && error.details.every((detail) => detail.path.replace(/^params\./, '') === 'token');
  return isTokenRefused ? 'invalid' : null;
}
