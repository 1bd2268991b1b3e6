import type { AuditEntry } from '@associa/contracts';
import { Code, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters';
import type { ListColumn, ListRowDetails } from '../list-page/list-page-types';

/** The audit log's columns (when in the viewer's zone, who, what in words, to what, from where); a row opens to its details. */
export function useAuditColumns(): { columns: ListColumn<AuditEntry>[]; rowDetails: ListRowDetails<AuditEntry> } {
  const { t } = useTranslation();
  const { zonedDateTime } = useFormatters();
  const actorOf = (entry: AuditEntry) => {
    const type = t(`audit.actorTypes.${entry.actor.type}`);
    if (!entry.actor.name) return type;
    return entry.actor.type === 'USER' ? entry.actor.name : `${entry.actor.name} (${type})`;
  };
  const columns: ListColumn<AuditEntry>[] = [
    { accessor: 'occurredAt', title: 'audit.when', render: (entry) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{zonedDateTime(entry.occurredAt)}</Text> },
    { accessor: 'actor', title: 'audit.who', render: (entry) => actorOf(entry) },
    { accessor: 'action', title: 'audit.action', render: (entry) => <Text size="sm" fw={500}>{t(`audit.actions.${entry.action}`)}</Text> },
    {
      accessor: 'target',
      title: 'audit.target',
      render: (entry) => (
        <>
          <Text size="sm">{entry.target.label ?? entry.target.id}</Text>
          <Text size="xs">{t(`audit.targetTypes.${entry.target.type}`)}</Text>
        </>
      ),
    },
    { accessor: 'ip', title: 'audit.ip', render: (entry) => <Text size="sm" ff="monospace">{entry.ip ?? '—'}</Text> },
  ];
  const rowDetails: ListRowDetails<AuditEntry> = {
    title: 'audit.details',
    toggleLabel: (entry) => t('audit.toggle', { action: t(`audit.actions.${entry.action}`), when: zonedDateTime(entry.occurredAt) }),
    render: (entry) =>
      Object.keys(entry.details).length === 0 ? (
        <Text size="sm">{t('audit.noDetails')}</Text>
      ) : (
        <Code block c="dark.9" style={{ whiteSpace: 'pre-wrap' }}>
          {JSON.stringify(entry.details, null, 2)}
        </Code>
      ),
  };
  return { columns, rowDetails };
}
