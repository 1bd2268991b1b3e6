import type { OutboxEmail } from '@associa/contracts';
import { Anchor, Code, Text, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormatters } from '../../i18n/use-formatters';
import type { ListColumn, ListRowDetails } from '../list-page/list-page-types';
import { StatusBadge } from '../shell/status-badge';

const STATE_COLORS: Record<OutboxEmail['state'], MantineColor> = { QUEUED: 'blue', SENT: 'green', OUTBOX: 'gray', FAILED: 'red' };

/** The outbox's columns, and each row opening to the message body as it was sent. */
export function useOutboxColumns(): { columns: ListColumn<OutboxEmail>[]; rowDetails: ListRowDetails<OutboxEmail> } {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const columns: ListColumn<OutboxEmail>[] = [
    {
      accessor: 'state',
      title: 'outbox.state',
      render: (mail) => (
        <>
          <StatusBadge color={STATE_COLORS[mail.state]}>{t(`outbox.states.${mail.state}`)}</StatusBadge>
          {mail.lastError && <Text size="xs">{mail.lastError}</Text>}
        </>
      ),
    },
    { accessor: 'to', title: 'outbox.to', render: (mail) => <Text size="sm">{mail.to}</Text> },
    {
      accessor: 'subject',
      title: 'outbox.subject',
      render: (mail) => (
        <>
          <Text size="sm">{mail.subject}</Text>
          {mail.claimId && (
            <Anchor component={Link} to={`/claims/${mail.claimId}`} size="xs">
              {t('outbox.openClaim')}
            </Anchor>
          )}
        </>
      ),
    },
    { accessor: 'created', title: 'outbox.created', render: (mail) => <Text size="sm">{dateTime(mail.createdAt)}</Text> },
    { accessor: 'sent', title: 'outbox.sent', render: (mail) => <Text size="sm">{mail.sentAt ? dateTime(mail.sentAt) : '—'}</Text> },
  ];
  const rowDetails: ListRowDetails<OutboxEmail> = {
    title: 'outbox.body',
    toggleLabel: (mail) => t('outbox.toggle', { subject: mail.subject }),
    render: (mail) => (
      <Code block c="dark.9" style={{ whiteSpace: 'pre-wrap' }}>
        {mail.body}
      </Code>
    ),
  };
  return { columns, rowDetails };
}
