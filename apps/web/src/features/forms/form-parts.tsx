import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A form's alert for what belongs to no field (or the request's own failure). */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert">
      {message}
    </Alert>
  );
}

/** A modal form's Cancel and submit buttons. */
export function FormActions({ submitLabel, isPending, onCancel }: { submitLabel: string; isPending: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={isPending}>
        {submitLabel}
      </Button>
    </Group>
  );
}
