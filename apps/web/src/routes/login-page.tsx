import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Link, useLocation, useNavigate } from 'react-router-dom';
import { LoginForm } from '../features/auth/login-form';
import { safeRedirectPath } from '../features/auth/safe-redirect-path';
import { useMe } from '../features/auth/use-me';
import { FullPageLoader } from '../features/shell/full-page-loader';
import { PublicCardPage } from '../features/shell/public-card-page';

/** `/login`: signs a visitor in and returns them to the page they wanted. */
export function LoginPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const target = safeRedirectPath((location.state as { from?: unknown } | null)?.from);

  if (me.isPending) return <FullPageLoader />;
  if (me.data) return <Navigate to={target} replace />;

  return (
    <PublicCardPage title={t('login.title')} intro={t('login.intro')}>
      <LoginForm onSignedIn={() => void navigate(target, { replace: true })} />
      <Anchor component={Link} to="/forgot-password" size="sm">
        {t('login.forgotPassword')}
      </Anchor>
    </PublicCardPage>
  );
}
