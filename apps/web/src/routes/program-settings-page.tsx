import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../features/catalog/use-catalog';
import { useCatalogNames } from '../features/catalog/use-catalog-names';
import { ProgramSettingsForm } from '../features/programs/program-settings-form';
import { InlineLoader } from '../features/shell/inline-loader';
import { PageHeader } from '../features/shell/page-header';
import { QueryError } from '../features/shell/query-error';

/** `/admin/programs`: the program admin sets each claimable program's durations and conflict rule. */
export function ProgramSettingsPage() {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const names = useCatalogNames();
  const programs = (catalog.data?.programs ?? []).filter((program) => program.isClaimable);

  return (
    <>
      <PageHeader title={t('programs.title')} intro={t('programs.intro')} />
      {catalog.isPending && <InlineLoader />}
      {catalog.isError && <QueryError error={catalog.error} onRetry={() => void catalog.refetch()} />}
      <Stack gap="md">
        {programs.map((program) => (
          <Paper key={program.code} withBorder p="md" radius="md" component="section" aria-labelledby={`program-${program.code}`}>
            <Stack gap="sm">
              <Title order={2} size="h4" id={`program-${program.code}`}>
                {names.program(program.code)}
              </Title>
              {program.exclusivityUnit && <Text size="sm">{t(`programs.unit.${program.exclusivityUnit}`)}</Text>}
              {program.settings ? <ProgramSettingsForm program={program} /> : <Text size="sm">{t('programs.noSettings')}</Text>}
            </Stack>
          </Paper>
        ))}
      </Stack>
    </>
  );
}
