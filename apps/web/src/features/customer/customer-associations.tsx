import type { CustomerPage } from '@associa/contracts';
import { Alert, Button, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';
import { ReasonForm } from '../shell/reason-form';
import { useErrorMessage } from '../shell/use-error-message';
import { useCustomerRevoke } from './use-customer-page';

type CustomerAssociation = CustomerPage['associations'][number];

/** Which partner holds which workload or subscription, under which program and since when; each with a revoke button that asks why. */
export function CustomerAssociations({ token, associations }: { token: string; associations: CustomerAssociation[] }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const errorMessage = useErrorMessage();
  const revoke = useCustomerRevoke(token);
  const [revoking, setRevoking] = useState<CustomerAssociation | null>(null);
  if (associations.length === 0) return <Text>{t('customer.noAssociations')}</Text>;
  return (
    <>
      {revoke.isSuccess && (
        <Alert color="green" role="status">
          {t('customer.revoked')}
        </Alert>
      )}
      <Table striped withTableBorder data-testid="customer-associations" aria-label={t('customer.associationsTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('customer.partner')}</Table.Th>
            <Table.Th>{t('customer.program')}</Table.Th>
            <Table.Th>{t('customer.product')}</Table.Th>
            <Table.Th>{t('customer.subscription')}</Table.Th>
            <Table.Th>{t('customer.since')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('list.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {associations.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{a.partnerName}</Table.Td>
              <Table.Td>{t(`consent.names.program.${a.program}`)}</Table.Td>
              <Table.Td>{a.productName ?? a.productCode}</Table.Td>
              <Table.Td>{a.subscriptionId ?? t('customer.wholeWorkload')}</Table.Td>
              <Table.Td>{dateTime(a.startedAt)}</Table.Td>
              <Table.Td ta="right">
                <Button size="xs" variant="default" c="red.9" onClick={() => (revoke.reset(), setRevoking(a))} aria-label={t('customer.revokeLabel', { partner: a.partnerName, product: a.productName ?? a.productCode })}>
                  {t('customer.revoke')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal opened={!!revoking} onClose={() => setRevoking(null)} title={revoking && t('customer.revokeTitle', { partner: revoking.partnerName })}>
        {revoking && (
          <Stack gap="sm">
            <Text size="sm">{t('customer.revokeText', { partner: revoking.partnerName })}</Text>
            {revoke.isError && (
              <Alert color="red" role="alert">
                {errorMessage(revoke.error)}
              </Alert>
            )}
            <ReasonForm
              label={t('consent.reasonLabel')}
              description={t('consent.reasonDescription')}
              requiredMessage={t('consent.reasonRequired')}
              submitLabel={t('consent.revokeSubmit')}
              isPending={revoke.isPending}
              focusCancel
              onCancel={() => setRevoking(null)}
              onSubmit={(reason) => revoke.mutate({ associationId: revoking.id, reason }, { onSuccess: () => setRevoking(null) })}
            />
          </Stack>
        )}
      </Modal>
    </>
  );
}
