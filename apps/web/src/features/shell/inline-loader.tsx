import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown inside a page while its data loads. */
export function InlineLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status">
      <Loader size="sm" />
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
    </Center>
  );
}
