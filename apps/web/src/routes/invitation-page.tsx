import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { AcceptInvitationForm } from '../features/account/accept-invitation-form';
import { AccountLinkProblem } from '../features/account/account-link-problem';
import { linkProblemOf } from '../features/account/link-problem';
import { useInvitationView } from '../features/account/use-invitation-view';
import { InlineLoader } from '../features/shell/inline-loader';
import { PublicCardPage } from '../features/shell/public-card-page';
import { QueryError } from '../features/shell/query-error';
import { useFormatters } from '../i18n/use-formatters';
import { useMessageLanguage } from '../i18n/use-message-language';

/** `/invitations/:token`: the invitee sees who invited them to what, chooses a password, and is signed in. No sign-in needed. */
export function InvitationPage() {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const { token = '' } = useParams();
  const view = useInvitationView(token);
  // The e-mail was written in the invitee's language.
  useMessageLanguage(view.data?.locale);
  const problem = linkProblemOf(view.error);
  const title = view.data ? t('account.joinTitle', { organisation: view.data.organisationName }) : t('account.invitationTitle');

  return (
    <PublicCardPage
      title={title}
      intro={
        view.data &&
        t('account.joinIntro', { inviter: view.data.invitedBy, organisation: view.data.organisationName, role: t(`roles.${view.data.role}`) })
      }
    >
      {view.isPending && <InlineLoader />}
      {problem && <AccountLinkProblem kind={problem} purpose="invitation" />}
      {view.isError && !problem && <QueryError error={view.error} onRetry={() => void view.refetch()} />}
      {view.data && (
        <>
          <Text size="sm">{t('account.joinExpires', { date: dateTime(view.data.expiresAt) })}</Text>
          <AcceptInvitationForm token={token} view={view.data} />
        </>
      )}
    </PublicCardPage>
  );
}
