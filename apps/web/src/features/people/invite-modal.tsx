import { CreateInvitationRequestSchema, type Locale, type Role } from '@associa/contracts';
import { Modal, NativeSelect, Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { createInvitation } from '../../api/invitations-api';
import { queryKeys } from '../../api/query-keys';
import { currentLanguage, supportedLanguages } from '../../i18n/i18n';
import { useMe } from '../auth/use-me';
import { FormActions, FormError } from '../forms/form-parts';
import { useFormMutation } from '../forms/use-form-mutation';
import { useSchemaValidate } from '../forms/use-schema-validate';
import { usePartnerOptions } from '../partners/use-partner-options';
import { useNotify } from '../shell/use-notify';
import { OrganisationSelect } from './organisation-select';
import { canPickOrganisation, invitableRoles, inviteTargets, type InviteTarget } from './organisation-roles';

type InviteValues = { organisationId: string | null; email: string; name: string; role: Role | ''; locale: Locale };
const toInput = (values: InviteValues) => ({ ...values, organisationId: values.organisationId ?? undefined, role: values.role || undefined });

/** Invites someone by e-mail: into `organisation` when given, else the inviter's own or (for those who manage partners) one they pick. */
export function InviteModal({ opened, onClose, organisation }: { opened: boolean; onClose: () => void; organisation?: InviteTarget }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('people.inviteTitle')} closeButtonProps={{ 'aria-label': t('common.cancel') }}>
      <InviteForm organisation={organisation} onDone={onClose} />
    </Modal>
  );
}

function InviteForm({ organisation, onDone }: { organisation?: InviteTarget; onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { data: me } = useMe();
  const partners = usePartnerOptions(!organisation && !!me && canPickOrganisation(me));
  const targets = organisation ? [organisation] : me ? inviteTargets(me, partners) : [];
  const only = targets.length === 1 ? targets[0] : undefined;
  const form = useForm<InviteValues>({
    mode: 'controlled',
    initialValues: { organisationId: only?.id ?? null, email: '', name: '', role: '', locale: currentLanguage() },
    validate: useSchemaValidate(CreateInvitationRequestSchema, toInput),
    onValuesChange: (values, previous) => {
      // A role of the vendor is no role in a partner: choosing another kind of organisation starts the role over.
      if (values.organisationId !== previous.organisationId) form.setFieldValue('role', '');
    },
  });
  const target = targets.find((candidate) => candidate.id === form.values.organisationId);
  const { mutation, formError } = useFormMutation(form, {
    mutationFn: (values: InviteValues) => createInvitation(CreateInvitationRequestSchema.parse(toInput(values))),
    onSuccess: (invitation) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.invitations });
      notify({ color: 'green', message: t('people.invitedNotice', { email: invitation.email, organisation: invitation.organisation.name }) });
      onDone();
    },
  });

  return (
    <form noValidate onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
      <Stack>
        <FormError message={formError} />
        {only ? (
          <TextInput label={t('people.organisation')} value={only.name} readOnly variant="filled" />
        ) : (
          <OrganisationSelect targets={targets} required data-autofocus {...form.getInputProps('organisationId')} />
        )}
        <TextInput label={t('people.email')} type="email" required maxLength={254} data-autofocus={only ? true : undefined} {...form.getInputProps('email')} />
        <TextInput label={t('people.name')} required maxLength={200} {...form.getInputProps('name')} />
        <Radio.Group label={t('people.role')} description={target ? undefined : t('people.chooseOrganisationFirst')} required {...form.getInputProps('role')}>
          <Stack gap="xs" mt="xs">
            {invitableRoles(target).map((role) => (
              <Radio key={role} value={role} label={t(`roles.${role}`)} description={t(`people.roleDescriptions.${role}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <NativeSelect
          label={t('people.locale')}
          description={t('people.localeDescription')}
          data={supportedLanguages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
          {...form.getInputProps('locale')}
        />
        <FormActions submitLabel={t('people.inviteSubmit')} isPending={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
