import { ChangePasswordRequestSchema, Limits } from '@associa/contracts';
import { Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { changePassword } from '../../api/auth-api';
import { FormActions, FormError } from '../forms/form-parts';
import { NewPasswordFields, passwordInputProps, useRepeatCheck } from '../forms/new-password-fields';
import { useFormMutation } from '../forms/use-form-mutation';
import { useSchemaValidate } from '../forms/use-schema-validate';
import { useNotify } from '../shell/use-notify';

type ChangeValues = { currentPassword: string; newPassword: string; confirm: string };
const toInput = ({ currentPassword, newPassword }: ChangeValues) => ({ currentPassword, newPassword });

/** The signed-in user's own password change: the current one proves it is them; their other sessions end, this one stays. */
export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('account.changeTitle')} closeButtonProps={{ 'aria-label': t('common.cancel') }}>
      <ChangePasswordForm onDone={onClose} />
    </Modal>
  );
}

function ChangePasswordForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const form = useForm<ChangeValues>({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: useSchemaValidate(ChangePasswordRequestSchema, toInput, useRepeatCheck('newPassword')),
  });
  const { mutation, formError } = useFormMutation(form, {
    mutationFn: (values: ChangeValues) => changePassword(toInput(values)),
    onSuccess: () => {
      notify({ color: 'green', message: t('account.changed') });
      onDone();
    },
  });

  return (
    <form noValidate onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
      <Stack>
        <Text size="sm">{t('account.changeText')}</Text>
        <FormError message={formError} />
        <PasswordInput
          label={t('account.currentPassword')}
          autoComplete="current-password"
          required
          maxLength={Limits.maxPasswordLength}
          visibilityToggleButtonProps={{ 'aria-label': t('login.togglePassword') }}
          data-autofocus
          key={form.key('currentPassword')}
          {...passwordInputProps(form, 'currentPassword')}
        />
        <NewPasswordFields form={form} field="newPassword" />
        <FormActions submitLabel={t('account.changeSubmit')} isPending={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
