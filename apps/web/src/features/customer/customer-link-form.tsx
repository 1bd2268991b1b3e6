import { CustomerLinkRequestSchema } from '@associa/contracts';
import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { requestCustomerLink } from '../../api/customer-api';
import { AccountDone, AccountForm } from '../account/account-form';
import { useFormMutation } from '../forms/use-form-mutation';
import { useSchemaValidate } from '../forms/use-schema-validate';

type LinkValues = { email: string };
const toInput = (values: LinkValues) => ({ email: values.email.trim() });

/** Asks for a customer page link; the answer is the same whether or not the address is a customer contact. */
export function CustomerLinkForm() {
  const { t } = useTranslation();
  const form = useForm<LinkValues>({ mode: 'uncontrolled', initialValues: { email: '' }, validate: useSchemaValidate(CustomerLinkRequestSchema, toInput) });
  const { mutation, formError } = useFormMutation(form, { mutationFn: (values: LinkValues) => requestCustomerLink(toInput(values).email) });

  if (mutation.isSuccess) return <AccountDone color="blue" message={t('customer.linkRequested', { email: toInput(mutation.variables).email })} />;
  return (
    <AccountForm onSubmit={form.onSubmit((values) => mutation.mutate(values))} error={formError} submitLabel={t('customer.linkSubmit')} isPending={mutation.isPending}>
      <TextInput label={t('customer.email')} type="email" autoComplete="email" required maxLength={320} data-autofocus key={form.key('email')} {...form.getInputProps('email')} />
    </AccountForm>
  );
}
