import { useTranslation } from 'react-i18next';
import { ForgotPasswordForm } from '../features/account/forgot-password-form';
import { PublicCardPage } from '../features/shell/public-card-page';

/** `/forgot-password`: asks for a link to choose a new password, without saying whether the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  return (
    <PublicCardPage title={t('account.forgotTitle')} intro={t('account.forgotIntro')}>
      <ForgotPasswordForm />
    </PublicCardPage>
  );
}
