import { ProgramCodeSchema } from '@associa/contracts';
import { Button, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCatalogNames } from '../catalog/use-catalog-names';

/** The queue's filters, each a query parameter of `GET /review/queue`. */
export type ReviewQueueFilters = { status?: string; program?: string; contested?: string; late?: string; assignedTo?: string };

/** Filters read from the address bar, so a filtered queue can be bookmarked and shared. */
export function queueFiltersFrom(params: URLSearchParams): ReviewQueueFilters {
  const get = (key: string) => params.get(key) || undefined;
  return { status: get('status'), program: get('program'), contested: get('contested'), late: get('late'), assignedTo: get('assignedTo') };
}

/** Status, program, contested, late and assignee selects, with a reset. */
export function ReviewQueueFilterBar({ filters, onChange }: { filters: ReviewQueueFilters; onChange: (next: ReviewQueueFilters) => void }) {
  const { t } = useTranslation();
  const names = useCatalogNames();
  const set = (key: keyof ReviewQueueFilters) => (value: string | null) => onChange({ ...filters, [key]: value ?? undefined });
  const yesNo = [
    { value: 'true', label: t('review.queue.yes') },
    { value: 'false', label: t('review.queue.no') },
  ];
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label={t('review.queue.filters')}>
      <Select
        label={t('claims.status')}
        clearable
        value={filters.status ?? null}
        onChange={set('status')}
        data={(['UNDER_REVIEW', 'ACTION_REQUIRED', 'DISPUTED'] as const).map((s) => ({ value: s, label: t(`claimStatus.${s}`) }))}
      />
      <Select label={t('claim.programs')} clearable value={filters.program ?? null} onChange={set('program')} data={ProgramCodeSchema.options.map((p) => ({ value: p, label: names.program(p) }))} />
      <Select label={t('review.contested')} clearable value={filters.contested ?? null} onChange={set('contested')} data={yesNo} w={140} />
      <Select label={t('review.late')} clearable value={filters.late ?? null} onChange={set('late')} data={yesNo} w={140} />
      <Select
        label={t('review.queue.assignedTo')}
        clearable
        value={filters.assignedTo ?? null}
        onChange={set('assignedTo')}
        data={[
          { value: 'me', label: t('review.queue.me') },
          { value: 'nobody', label: t('review.queue.nobody') },
        ]}
        w={180}
      />
      <Button variant="default" onClick={() => onChange({})}>
        {t('review.queue.reset')}
      </Button>
    </Group>
  );
}
