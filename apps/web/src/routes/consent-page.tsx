import { formatClosingTime } from '../features/consent/format-closing-time';
import type { ConsentView } from '@associa/contracts';
import { Container, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ApiError } from '../api/api-error';
import { ConsentActions } from '../features/consent/consent-actions';
import { ConsentLinkProblem } from '../features/consent/consent-link-problem';
import { ConsentOutcome } from '../features/consent/consent-outcome';
import { ConsentSummary } from '../features/consent/consent-summary';
import { useConsent } from '../features/consent/use-consent';
import { InlineLoader } from '../features/shell/inline-loader';
import { PublicLayout } from '../features/shell/public-layout';
import { QueryError } from '../features/shell/query-error';
import { useMessageLanguage } from '../i18n/use-message-language';

/** `/consent/:token`: the customer's page from the e-mail link, without sign-in, outside the partner portal. */
export function ConsentPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const consent = useConsent(token);
  useDocumentTitle(t('app.documentTitle', { title: t('consent.documentTitle') }));
  // The message was written in the contact's language.
  useMessageLanguage(consent.data?.locale);

  const problem = linkProblem(consent.error);
  return (
    <PublicLayout>
      <Container component="main" size="md" py="lg">
        {consent.isPending && <InlineLoader />}
        {problem && <ConsentLinkProblem kind={problem} />}
        {consent.isError && !problem && <QueryError error={consent.error} onRetry={() => void consent.refetch()} />}
        {consent.data && <ConsentContent token={token} view={consent.data} />}
      </Container>
    </PublicLayout>
  );
}

function ConsentContent({ token, view }: { token: string; view: ConsentView }) {
  const { t, i18n } = useTranslation();
  const isOpen = view.state === 'OPEN';
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1}>{view.purpose === 'REVOKE' ? t('consent.titleRevoke', { partner: view.partnerName }) : t('consent.title', { partner: view.partnerName })}</Title>
        {view.contactName && <Text>{t('consent.greeting', { name: view.contactName })}</Text>}
        {isOpen && <Text>{view.purpose === 'REVOKE' ? t('consent.introRevoke', { partner: view.partnerName }) : t('consent.intro', { partner: view.partnerName })}</Text>}
        {view.purpose === 'REVOKE' && view.associationStartedAt && (
          <Text>{t('consent.activeSince', { date: formatClosingTime(view.associationStartedAt, view.timeZone, i18n.language) })}</Text>
        )}
      </Stack>
      {!isOpen && <ConsentOutcome view={view} />}
      <ConsentSummary view={view} />
      {isOpen && <ConsentActions token={token} view={view} />}
    </Stack>
  );
}

function linkProblem(error: unknown): 'invalid' | 'expired' | 'superseded' | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'CONSENT_LINK_SUPERSEDED') return 'superseded';
  if (error.code === 'CONSENT_LINK_EXPIRED' || error.status === 410) return 'expired';
  // A malformed token is refused as a bad request before it is looked up; to the customer it is the same broken link.
  if (error.code === 'CONSENT_LINK_INVALID' || error.status === 404 || error.status === 400) return 'invalid';
  return null;
}
