import { CreateLocationRequestSchema, EnrollableProgramSchema, type Partner, type PartnerLocation } from '@associa/contracts';
import { Checkbox, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { createLocation, updateLocation } from '../../api/partners-api';
import { queryKeys } from '../../api/query-keys';
import { useCatalog } from '../catalog/use-catalog';
import { useCatalogNames } from '../catalog/use-catalog-names';
import { changedFields } from '../forms/changed-fields';
import { CountrySelect } from '../forms/country-select';
import { FormActions, FormError } from '../forms/form-parts';
import { useFormMutation } from '../forms/use-form-mutation';
import { useSchemaValidate } from '../forms/use-schema-validate';
import { useNotify } from '../shell/use-notify';

type LocationValues = { mpnId: string; name: string; country: string | null; enrolledPrograms: string[] };
const toInput = (values: LocationValues) => ({ ...values, country: values.country ?? undefined });

/** Adds a location to a partner, or changes one (`location`): MPN ID, name, country and the programs it is enrolled in. */
export function LocationFormModal(props: { partner: Partner; location: PartnerLocation | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t(props.location ? 'partners.editLocationTitle' : 'partners.addLocationTitle')} closeButtonProps={{ 'aria-label': t('common.cancel') }}>
      <LocationForm partner={props.partner} location={props.location} onDone={props.onClose} />
    </Modal>
  );
}

function LocationForm({ partner, location, onDone }: { partner: Partner; location: PartnerLocation | null; onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { data: catalog } = useCatalog();
  const names = useCatalogNames();
  const enrollable = new Set<string>(EnrollableProgramSchema.options);
  const programs = (catalog?.programs ?? []).filter((program) => program.isClaimable && enrollable.has(program.code));
  const initialValues: LocationValues = {
    mpnId: location?.mpnId ?? '',
    name: location?.name ?? '',
    country: location?.country ?? partner.country,
    enrolledPrograms: location?.enrolledPrograms ?? [],
  };
  const form = useForm<LocationValues>({ mode: 'uncontrolled', initialValues, validate: useSchemaValidate(CreateLocationRequestSchema, toInput) });
  const { mutation, formError } = useFormMutation(form, {
    mutationFn: (values: LocationValues) => {
      const input = CreateLocationRequestSchema.parse(toInput(values));
      if (!location) return createLocation(partner.id, input);
      return updateLocation(partner.id, location.id, changedFields(CreateLocationRequestSchema.parse(toInput(initialValues)), input));
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.partners });
      notify({ color: 'green', message: t(location ? 'partners.locationSaved' : 'partners.locationAdded', { name: saved.name }) });
      onDone();
    },
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        if (location && Object.keys(changedFields(initialValues, values)).length === 0) onDone();
        else mutation.mutate(values);
      })}
    >
      <Stack>
        <FormError message={formError} />
        <TextInput
          label={t('partners.mpnId')}
          description={t('partners.mpnIdDescription')}
          required
          inputMode="numeric"
          maxLength={10}
          data-autofocus
          key={form.key('mpnId')}
          {...form.getInputProps('mpnId')}
        />
        <TextInput label={t('partners.locationName')} required maxLength={200} key={form.key('name')} {...form.getInputProps('name')} />
        <CountrySelect required key={form.key('country')} {...form.getInputProps('country')} />
        <Checkbox.Group label={t('partners.enrolledPrograms')} description={t('partners.enrolledProgramsDescription')} key={form.key('enrolledPrograms')} {...form.getInputProps('enrolledPrograms')}>
          <Stack gap="xs" mt="xs">
            {programs.map((program) => (
              <Checkbox key={program.code} value={program.code} label={names.program(program.code)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <FormActions submitLabel={t(location ? 'common.save' : 'partners.addLocationSubmit')} isPending={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
