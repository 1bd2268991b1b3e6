import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { login } from '../../api/auth-api';
import { queryKeys } from '../../api/query-keys';
import { useErrorMessage } from '../shell/use-error-message';

/** E-mail and password form; on success it stores the user and calls `onSignedIn`. */
export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('login.emailInvalid')),
      password: (value) => (value.length > 0 ? null : t('login.passwordRequired')),
    },
  });
  const mutation = useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      queryClient.setQueryData(queryKeys.me, me);
      onSignedIn();
    },
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => mutation.mutate({ email: values.email.trim(), password: values.password }))}
    >
      <Stack>
        {mutation.isError && (
          <Alert color="red" title={t('login.failedTitle')} role="alert">
            {errorMessage(mutation.error)}
          </Alert>
        )}
        <TextInput
          label={t('login.email')}
          type="email"
          autoComplete="username"
          required
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('login.password')}
          autoComplete="current-password"
          visibilityToggleButtonProps={{ 'aria-label': t('login.togglePassword') }}
          required
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={mutation.isPending} fullWidth>
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
