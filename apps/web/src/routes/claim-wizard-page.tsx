import { Alert, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/api-error';
import { getClaim, validateSavedClaim } from '../api/claims-api';
import { findLocations } from '../api/directory-api';
import { queryKeys } from '../api/query-keys';
import { useCatalog } from '../features/catalog/use-catalog';
import { ClaimWizard } from '../features/claim-wizard/claim-wizard';
import { ClaimBreadcrumbs } from '../features/claims/claim-breadcrumbs';
import { recallWizardStep } from '../features/claim-wizard/wizard-step-memory';
import { parseStep, reopenStep, stepOfPath } from '../features/claim-wizard/wizard-steps';
import { InlineLoader } from '../features/shell/inline-loader';
import { PageHeader } from '../features/shell/page-header';
import { QueryError } from '../features/shell/query-error';

/** `/claims/new` and `/claims/:id/edit`: the create wizard; a draft reopens at its first problem or where it was left. */
export function ClaimWizardPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const stepInUrl = parseStep(searchParams.get('step'));
  const catalog = useCatalog();
  const locations = useQuery({ queryKey: queryKeys.locations, queryFn: ({ signal }) => findLocations(signal) });
  const claim = useQuery({ queryKey: queryKeys.claim(id ?? ''), queryFn: ({ signal }) => getClaim(id ?? '', signal), enabled: !!id });
  const isEditable = claim.data?.allowedActions.includes('edit') ?? false;
  // Only a reopened draft (no step in the address) needs to know its problems to choose where to start.
  const validation = useQuery({
    queryKey: queryKeys.claimValidation(id ?? ''),
    queryFn: ({ signal }) => validateSavedClaim(id ?? '', signal),
    enabled: !!id && isEditable && stepInUrl === null,
    staleTime: 0,
    gcTime: 0,
  });
  // The address follows the wizard, so a reload or a shared link opens the same step.
  const onStepChange = useCallback(
    (step: number) =>
      setSearchParams((params) => (params.get('step') === String(step) ? params : new URLSearchParams({ step: String(step) })), {
        replace: true,
      }),
    [setSearchParams],
  );

  const title = id ? t('wizard.editTitle') : t('wizard.newTitle');
  const header = (
    <>
      <ClaimBreadcrumbs
        items={id && claim.data ? [{ label: claim.data.name ?? t('claims.unnamed'), to: `/claims/${id}` }, { label: title }] : [{ label: title }]}
      />
      <PageHeader title={title} intro={t('wizard.intro')} />
    </>
  );

  if (claim.isError) {
    const isNotFound = claim.error instanceof ApiError && claim.error.status === 404;
    return (
      <>
        {header}
        {isNotFound ? (
          <Alert color="yellow" role="alert">
            {t('claim.notFoundText')}
          </Alert>
        ) : (
          <QueryError error={claim.error} onRetry={() => void claim.refetch()} />
        )}
      </>
    );
  }
  if (claim.data && !isEditable) return <Navigate to={`/claims/${claim.data.id}`} replace />;
  const failed = [catalog, locations, validation].find((query) => query.isError);
  if (failed) {
    return (
      <Stack gap={0}>
        {header}
        <QueryError error={failed.error} onRetry={() => void failed.refetch()} />
      </Stack>
    );
  }
  const isLoading = !catalog.data || !locations.data || (id && !claim.data) || (id && stepInUrl === null && !validation.data);
  if (isLoading || !catalog.data || !locations.data) {
    return (
      <>
        {header}
        <InlineLoader />
      </>
    );
  }

  const problems = validation.data?.problems ?? [];
  const initialStep = id ? (stepInUrl ?? reopenStep(problems, recallWizardStep(id))) : 0;
  // Reopening shows what is wrong at the step it opens on; gaps still to fill are not called errors yet.
  const initialProblems = stepInUrl === null ? problems.filter((p) => stepOfPath(p.path) === initialStep && p.code !== 'REQUIRED') : [];
  return (
    <>
      {header}
      <ClaimWizard
        key={claim.data?.id ?? 'new'}
        claim={claim.data ?? null}
        catalog={catalog.data}
        locations={locations.data.items}
        initialStep={initialStep}
        initialProblems={initialProblems}
        onStepChange={onStepChange}
      />
    </>
  );
}
