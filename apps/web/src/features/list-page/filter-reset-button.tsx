import { Button } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Clears every filter of a list. */
export function FilterResetButton({ onReset }: { onReset: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="default" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={onReset}>
      {t('list.resetFilters')}
    </Button>
  );
}
