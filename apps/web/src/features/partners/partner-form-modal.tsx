import { CreatePartnerRequestSchema, type Partner } from '@associa/contracts';
import { Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { createPartner, updatePartner } from '../../api/partners-api';
import { queryKeys } from '../../api/query-keys';
import { changedFields } from '../forms/changed-fields';
import { CountrySelect } from '../forms/country-select';
import { FormActions, FormError } from '../forms/form-parts';
import { useFormMutation } from '../forms/use-form-mutation';
import { useSchemaValidate } from '../forms/use-schema-validate';
import { useNotify } from '../shell/use-notify';

type PartnerValues = { name: string; country: string | null };
const toInput = (values: PartnerValues) => ({ name: values.name, country: values.country ?? undefined });

/** Onboards a partner (then opens it), or renames or moves one (`partner`). */
export function PartnerFormModal({ opened, onClose, partner }: { opened: boolean; onClose: () => void; partner?: Partner }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t(partner ? 'partners.editTitle' : 'partners.createTitle')} closeButtonProps={{ 'aria-label': t('common.cancel') }}>
      <PartnerForm partner={partner} onDone={onClose} />
    </Modal>
  );
}

function PartnerForm({ partner, onDone }: { partner?: Partner; onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const initialValues: PartnerValues = { name: partner?.name ?? '', country: partner?.country ?? null };
  const form = useForm<PartnerValues>({ mode: 'uncontrolled', initialValues, validate: useSchemaValidate(CreatePartnerRequestSchema, toInput) });
  const { mutation, formError } = useFormMutation(form, {
    mutationFn: (values: PartnerValues) => {
      const input = CreatePartnerRequestSchema.parse(toInput(values));
      return partner ? updatePartner(partner.id, changedFields(toInput(initialValues), input)) : createPartner(input);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.partner(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.partners });
      notify({ color: 'green', message: t(partner ? 'partners.saved' : 'partners.createdNotice', { name: saved.name }) });
      onDone();
      if (!partner) void navigate(`/partners/${saved.id}`);
    },
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        const unchanged = partner && Object.keys(changedFields(initialValues, values)).length === 0;
        if (unchanged) onDone();
        else mutation.mutate(values);
      })}
    >
      <Stack>
        <FormError message={formError} />
        <TextInput label={t('partners.name')} required maxLength={200} data-autofocus key={form.key('name')} {...form.getInputProps('name')} />
        <CountrySelect required key={form.key('country')} {...form.getInputProps('country')} />
        <FormActions submitLabel={t(partner ? 'common.save' : 'partners.createSubmit')} isPending={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
