import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ResetPasswordForm } from '../features/account/reset-password-form';
import { PublicCardPage } from '../features/shell/public-card-page';

/** `/reset-password/:token`: a new password with the link from the e-mail; invalid, expired and used links say so. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  return (
    <PublicCardPage title={t('account.resetTitle')} intro={t('account.resetIntro')}>
      <ResetPasswordForm token={token} />
    </PublicCardPage>
  );
}
