import { RequestPasswordResetSchema } from '@associa/contracts';
import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { requestPasswordReset } from '../../api/auth-api';
import { useFormMutation } from '../forms/use-form-mutation';
import { useSchemaValidate } from '../forms/use-schema-validate';
import { AccountDone, AccountForm } from './account-form';

type ForgotValues = { email: string };
const toInput = (values: ForgotValues) => ({ email: values.email.trim() });

/** Asks for a reset link; the answer never says whether the address has an account, and neither does this form. */
export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const form = useForm<ForgotValues>({ mode: 'uncontrolled', initialValues: { email: '' }, validate: useSchemaValidate(RequestPasswordResetSchema, toInput) });
  const { mutation, formError } = useFormMutation(form, { mutationFn: (values: ForgotValues) => requestPasswordReset(toInput(values).email) });

  if (mutation.isSuccess) return <AccountDone color="blue" message={t('account.resetRequested', { email: toInput(mutation.variables).email })} />;
  return (
    <AccountForm onSubmit={form.onSubmit((values) => mutation.mutate(values))} error={formError} submitLabel={t('account.requestSubmit')} isPending={mutation.isPending}>
      <TextInput label={t('account.email')} type="email" autoComplete="username" required maxLength={254} data-autofocus key={form.key('email')} {...form.getInputProps('email')} />
    </AccountForm>
  );
}
