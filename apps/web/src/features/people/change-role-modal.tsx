import type { ManagedUser, Role } from '@associa/contracts';
import { Modal, Radio, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/query-keys';
import { updateUser } from '../../api/users-api';
import { FormActions, FormError } from '../forms/form-parts';
import { useFormMutation } from '../forms/use-form-mutation';
import { useNotify } from '../shell/use-notify';
import { ROLES_BY_KIND } from './organisation-roles';

/** Gives a user another role of their organisation's kind; LAST_ADMIN says why the last admin can't be demoted. */
export function ChangeRoleModal({ user, onClose }: { user: ManagedUser | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={user !== null} onClose={onClose} title={t('people.changeRoleTitle')} closeButtonProps={{ 'aria-label': t('common.cancel') }}>
      {user && <ChangeRoleForm user={user} onDone={onClose} />}
    </Modal>
  );
}

function ChangeRoleForm({ user, onDone }: { user: ManagedUser; onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const form = useForm<{ role: Role }>({ mode: 'uncontrolled', initialValues: { role: user.role } });
  const { mutation, formError } = useFormMutation(form, {
    mutationFn: (role: Role) => updateUser(user.id, { role }),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.users });
      void queryClient.invalidateQueries({ queryKey: queryKeys.partners });
      notify({ color: 'green', message: t('people.roleChanged', { name: saved.name, role: t(`roles.${saved.role}`) }) });
      onDone();
    },
  });

  return (
    <form noValidate onSubmit={form.onSubmit(({ role }) => (role === user.role ? onDone() : mutation.mutate(role)))}>
      <Stack>
        <Text>{t('people.changeRoleText', { name: user.name, organisation: user.organisation.name })}</Text>
        <FormError message={formError} />
        <Radio.Group label={t('people.role')} required key={form.key('role')} {...form.getInputProps('role')}>
          <Stack gap="xs" mt="xs">
            {ROLES_BY_KIND[user.organisation.kind].map((role) => (
              <Radio key={role} value={role} label={t(`roles.${role}`)} description={t(`people.roleDescriptions.${role}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <FormActions submitLabel={t('people.changeRoleSubmit')} isPending={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
