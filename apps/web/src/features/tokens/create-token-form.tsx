import { Limits, type CreateApiTokenRequest } from '@associa/contracts';
import { Alert, Button, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../shell/use-error-message';

/** Name and lifetime of a new token; the parent does the request. */
export function CreateTokenForm(props: {
  onSubmit: (input: CreateApiTokenRequest) => void;
  onCancel: () => void;
  isPending: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const max = Limits.apiTokenMaxDays;
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '', expiresInDays: Limits.apiTokenDefaultDays as number | string },
    validate: {
      name: (value) => (value.trim().length > 0 && value.trim().length <= 100 ? null : t('tokens.nameRequired')),
      expiresInDays: (value) =>
        typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max
          ? null
          : t('tokens.expiresInvalid', { max }),
    },
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        props.onSubmit({ name: values.name.trim(), expiresInDays: Number(values.expiresInDays) }),
      )}
    >
      <Stack>
        {props.error != null && (
          <Alert color="red" role="alert">
            {errorMessage(props.error)}
          </Alert>
        )}
        <TextInput
          label={t('tokens.nameLabel')}
          description={t('tokens.nameDescription')}
          required
          maxLength={100}
          data-autofocus
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <NumberInput
          label={t('tokens.expiresLabel')}
          description={t('tokens.expiresDescription', { max })}
          required
          min={1}
          max={max}
          allowDecimal={false}
          allowNegative={false}
          key={form.key('expiresInDays')}
          {...form.getInputProps('expiresInDays')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={props.isPending}>
            {t('tokens.createSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
