import { EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { useMe } from '../features/auth/use-me';
import { allowedNavItems } from '../features/shell/nav-items';
import { PageHeader } from '../features/shell/page-header';

/** `/`: sends the user to the first page they may see, or explains that there is none. */
export function HomePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const first = allowedNavItems(me?.allowedActions ?? [])[0];

  if (first) return <Navigate to={first.path} replace />;
  return (
    <>
      <PageHeader title={t('home.noAccessTitle')} />
      <EmptyState icon={<IconLock aria-hidden />} withIndicatorBackground description={t('home.noAccessText')} />
    </>
  );
}
