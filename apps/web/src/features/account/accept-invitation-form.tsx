import { AcceptInvitationRequestSchema, type InvitationView } from '@associa/contracts';
import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { acceptInvitation } from '../../api/invitations-api';
import { queryKeys } from '../../api/query-keys';
import { NewPasswordFields, useRepeatCheck } from '../forms/new-password-fields';
import { useFormMutation } from '../forms/use-form-mutation';
import { useSchemaValidate } from '../forms/use-schema-validate';
import { AccountForm } from './account-form';
import { AccountLinkProblem } from './account-link-problem';
import { linkProblemOf } from './link-problem';

type AcceptValues = { name: string; password: string; confirm: string };
const toInput = ({ name, password }: AcceptValues) => ({ name, password });

/** The invitee's name (as invited, changeable) and a new password; accepting signs them in and opens their landing page. */
export function AcceptInvitationForm({ token, view }: { token: string; view: InvitationView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<AcceptValues>({
    mode: 'uncontrolled',
    initialValues: { name: view.name, password: '', confirm: '' },
    validate: useSchemaValidate(AcceptInvitationRequestSchema, toInput, useRepeatCheck('password')),
  });
  const { mutation, formError } = useFormMutation(form, {
    mutationFn: (values: AcceptValues) => acceptInvitation(token, AcceptInvitationRequestSchema.parse(toInput(values))),
    onSuccess: (me) => {
      // The answer is the new session's user: the shell opens on the role's landing page, as after signing in.
      queryClient.clear();
      queryClient.setQueryData(queryKeys.me, me);
      void navigate('/', { replace: true });
    },
  });
  const problem = linkProblemOf(mutation.error);
  if (problem) return <AccountLinkProblem kind={problem} purpose="invitation" />;

  return (
    <AccountForm
      onSubmit={form.onSubmit((values) => mutation.mutate(values))}
      error={formError}
      submitLabel={t('account.acceptSubmit')}
      isPending={mutation.isPending}
      withBackLink={false}
    >
      {/* The address signs in; password managers store the new password under it. */}
      <TextInput label={t('account.email')} value={view.email} readOnly variant="filled" autoComplete="username" />
      <TextInput label={t('account.name')} required maxLength={200} autoComplete="name" key={form.key('name')} {...form.getInputProps('name')} />
      <NewPasswordFields form={form} field="password" label={t('account.choosePassword')} />
    </AccountForm>
  );
}
