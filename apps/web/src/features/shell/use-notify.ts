import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

/** Shows a short notice; its close button gets a name in the UI language, which Mantine's default lacks. */
export function useNotify(): (input: { color: 'green' | 'red'; message: string }) => void {
  const { t } = useTranslation();
  return ({ color, message }) => notifications.show({ color, message, closeButtonProps: { 'aria-label': t('common.closeNotice') } });
}
