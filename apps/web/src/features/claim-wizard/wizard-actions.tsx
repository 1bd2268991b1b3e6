import { Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconDeviceFloppy, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Back, "Save draft" and "Continue" on every step; "Submit claim" with its warning on the last. */
export function WizardActions(props: {
  isFirst: boolean;
  isLast: boolean;
  pending: 'continue' | 'save' | 'submit' | null;
  canSubmit: boolean;
  onBack: () => void;
  onSave: () => void;
  onSubmit: () => void;
}) {
  const { t } = useTranslation();
  const isBusy = props.pending !== null;
  return (
    <Stack gap="xs" mt="lg">
      {props.isLast && (
        <Text size="sm" fw={500} id="submit-note" ta="right">
          {t('wizard.submitNote')}
        </Text>
      )}
      <Group justify="space-between">
        <Group gap="sm">
          {!props.isFirst && (
            <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={props.onBack} disabled={isBusy}>
              {t('wizard.back')}
            </Button>
          )}
          <Button
            variant="default"
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
            onClick={props.onSave}
            loading={props.pending === 'save'}
            disabled={isBusy && props.pending !== 'save'}
          >
            {t('wizard.saveDraft')}
          </Button>
        </Group>
        {props.isLast ? (
          <Button
            leftSection={<IconSend size={16} aria-hidden />}
            onClick={props.onSubmit}
            loading={props.pending === 'submit'}
            disabled={!props.canSubmit || (isBusy && props.pending !== 'submit')}
            aria-describedby="submit-note"
          >
            {t('wizard.submit')}
          </Button>
        ) : (
          <Button
            type="submit"
            rightSection={<IconArrowRight size={16} aria-hidden />}
            loading={props.pending === 'continue'}
            disabled={isBusy && props.pending !== 'continue'}
          >
            {t('wizard.continue')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
