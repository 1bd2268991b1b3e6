import { ResetPasswordRequestSchema } from '@associa/contracts';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { resetPassword } from '../../api/auth-api';
import { NewPasswordFields, useRepeatCheck } from '../forms/new-password-fields';
import { useFormMutation } from '../forms/use-form-mutation';
import { useSchemaValidate } from '../forms/use-schema-validate';
import { AccountDone, AccountForm } from './account-form';
import { AccountLinkProblem } from './account-link-problem';
import { linkProblemOf } from './link-problem';

type ResetValues = { password: string; confirm: string };
const toInput = ({ password }: ResetValues) => ({ password });

/** A new password with a reset link; every session of the account ends, so the person signs in again with it. */
export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const form = useForm<ResetValues>({
    mode: 'uncontrolled',
    initialValues: { password: '', confirm: '' },
    validate: useSchemaValidate(ResetPasswordRequestSchema, toInput, useRepeatCheck('password')),
  });
  const { mutation, formError } = useFormMutation(form, { mutationFn: (values: ResetValues) => resetPassword(token, values.password) });
  const problem = linkProblemOf(mutation.error);

  if (problem) return <AccountLinkProblem kind={problem} purpose="reset" />;
  if (mutation.isSuccess) return <AccountDone color="green" message={t('account.resetDone')} />;
  return (
    <AccountForm onSubmit={form.onSubmit((values) => mutation.mutate(values))} error={formError} submitLabel={t('account.resetSubmit')} isPending={mutation.isPending}>
      <NewPasswordFields form={form} field="password" />
    </AccountForm>
  );
}
