import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown while the session is being checked, before any page can render. */
export function FullPageLoader() {
  const { t } = useTranslation();
  return (
    <Center component="main" h="100vh">
      <div role="status">
        <Loader />
        <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
      </div>
    </Center>
  );
}
