import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';

/** Turns any thrown error into a sentence for people: the server's own message for 4xx, a translated one otherwise. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (!(error instanceof ApiError)) return t('common.unexpectedError');
    if (error.status === 0) return t('common.networkError');
    // 5xx details are logged on the server, not shown; an unparseable answer is a bug, not a user's problem.
    if (error.status >= 500 || error.code === 'UNEXPECTED_RESPONSE') return t('common.unexpectedError');
    return error.message;
  };
}
