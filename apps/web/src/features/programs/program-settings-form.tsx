import { ConflictRuleSchema, type ConflictRule, type Program } from '@associa/contracts';
import { Alert, Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { updateProgram } from '../../api/catalog-api';
import { queryKeys } from '../../api/query-keys';
import { useCatalogNames } from '../catalog/use-catalog-names';
import { useErrorMessage } from '../shell/use-error-message';
import { useNotify } from '../shell/use-notify';
import {
  PROGRAM_SETTING_FIELDS,
  programSettingsChanges,
  programSettingsValues,
  settingFieldOf,
  settingLimits,
  type ProgramSettingsValues,
} from './program-settings-values';

/** One claimable program's durations and conflict rule; saves only what changed. */
export function ProgramSettingsForm({ program }: { program: Program }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const names = useCatalogNames();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ProgramSettingsValues>({
    mode: 'uncontrolled',
    initialValues: programSettingsValues(program),
    validate: Object.fromEntries(
      PROGRAM_SETTING_FIELDS.map((field) => {
        const { min, max } = settingLimits(field);
        const check = (value: number | string) =>
          typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? null : t('programs.rangeError', { min, max });
        return [field, check];
      }),
    ),
  });
  const mutation = useMutation({
    mutationFn: (values: ProgramSettingsValues) => updateProgram(program.code, programSettingsChanges(program, values)),
    onSuccess: (updated) => {
      form.setInitialValues(programSettingsValues(updated));
      form.resetDirty(programSettingsValues(updated));
      void queryClient.invalidateQueries({ queryKey: queryKeys.catalog });
      notify({ color: 'green', message: t('programs.saved', { name: names.program(program.code) }) });
    },
    onError: (error) => {
      const details = error instanceof ApiError ? error.details : [];
      const unplaced = details.filter((detail) => {
        const field = settingFieldOf(detail.path);
        if (field) form.setFieldError(field, detail.message);
        return !field;
      });
      // Problems that belong to a field are shown there; the alert carries the rest, or the error itself.
      setFormError(details.length === 0 ? errorMessage(error) : unplaced.map((d) => d.message).join(' ') || null);
    },
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        setFormError(null);
        if (Object.keys(programSettingsChanges(program, values)).length === 0) return setFormError(t('programs.nothingChanged'));
        mutation.mutate(values);
      })}
    >
      <Stack gap="md">
        {formError && (
          <Alert color={mutation.isError ? 'red' : 'blue'} role={mutation.isError ? 'alert' : 'status'}>
            {formError}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {PROGRAM_SETTING_FIELDS.map((field) => {
            const { min, max } = settingLimits(field);
            return (
              <NumberInput
                key={form.key(field)}
                label={t(`programs.fields.${field}`)}
                description={t('programs.range', { min, max })}
                required
                min={min}
                max={max}
                allowDecimal={false}
                allowNegative={false}
                // A value out of range is shown as an error, never quietly changed into another one and saved.
                clampBehavior="none"
                {...form.getInputProps(field)}
              />
            );
          })}
        </SimpleGrid>
        <NativeSelect
          key={form.key('conflictRule')}
          label={t('programs.fields.conflictRule')}
          data={ConflictRuleSchema.options.map((rule: ConflictRule) => ({ value: rule, label: t(`review.conflicts.rule.${rule}`) }))}
          maw={560}
          {...form.getInputProps('conflictRule')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {t('programs.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
