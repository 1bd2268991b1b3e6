import type { OutboxEmail } from '@associa/contracts';
import { ActionIcon, Anchor, Badge, Code, Table, Text, VisuallyHidden, type MantineColor } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormatters } from '../../i18n/use-formatters';

const STATE_COLORS: Record<OutboxEmail['state'], MantineColor> = { QUEUED: 'blue', SENT: 'green', OUTBOX: 'gray', FAILED: 'red' };

/** The e-mails the system sent or keeps; a row opens to show the message body. */
export function OutboxTable({ items }: { items: OutboxEmail[] }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table withTableBorder verticalSpacing="sm" data-testid="outbox">
        <caption>
          <VisuallyHidden>{t('outbox.caption')}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              <VisuallyHidden>{t('outbox.body')}</VisuallyHidden>
            </Table.Th>
            <Table.Th scope="col">{t('outbox.state')}</Table.Th>
            <Table.Th scope="col">{t('outbox.to')}</Table.Th>
            <Table.Th scope="col">{t('outbox.subject')}</Table.Th>
            <Table.Th scope="col">{t('outbox.created')}</Table.Th>
            <Table.Th scope="col">{t('outbox.sent')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((mail) => {
            const isOpen = open === mail.id;
            return (
              <Fragment key={mail.id}>
                <Table.Tr>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      aria-expanded={isOpen}
                      aria-controls={`mail-${mail.id}`}
                      aria-label={t('outbox.toggle', { subject: mail.subject })}
                      onClick={() => setOpen(isOpen ? null : mail.id)}
                    >
                      {isOpen ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={STATE_COLORS[mail.state]} tt="none">
                      {t(`outbox.states.${mail.state}`)}
                    </Badge>
                    {mail.lastError && <Text size="xs">{mail.lastError}</Text>}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{mail.to}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{mail.subject}</Text>
                    {mail.claimId && (
                      <Anchor component={Link} to={`/claims/${mail.claimId}`} size="xs">
                        {t('outbox.openClaim')}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{dateTime(mail.createdAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{mail.sentAt ? dateTime(mail.sentAt) : '—'}</Text>
                  </Table.Td>
                </Table.Tr>
                {isOpen && (
                  <Table.Tr id={`mail-${mail.id}`}>
                    <Table.Td colSpan={6}>
                      <Code block c="dark.9" style={{ whiteSpace: 'pre-wrap' }}>
                        {mail.body}
                      </Code>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
