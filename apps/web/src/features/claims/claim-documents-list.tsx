import type { ClaimDocument } from '@associa/contracts';
import { ActionIcon, Anchor, Code, Group, Stack, Text } from '@mantine/core';
import { IconFileText, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { claimDocumentUrl } from '../../api/claim-documents-api';
import { useFormatters } from '../../i18n/use-formatters';

/** PoE documents with download link, size, uploader and SHA-256 checksum; removable where the parent allows. */
export function ClaimDocumentsList(props: {
  claimId: string;
  documents: ClaimDocument[];
  onRemove?: (document: ClaimDocument) => void;
  removingId?: string | null;
  /** The wizard shows the first characters; the claim page the whole SHA-256. */
  shortChecksum?: boolean;
}) {
  const { t } = useTranslation();
  const { dateTime, fileSize } = useFormatters();
  if (props.documents.length === 0) return <Text size="sm">{t('claim.noDocuments')}</Text>;

  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('claim.documentsTitle')}>
      {props.documents.map((doc) => (
        <Group key={doc.id} component="li" justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <IconFileText size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
            <Stack gap={0}>
              <Anchor href={claimDocumentUrl(props.claimId, doc.id)} download={doc.fileName} fw={500} style={{ overflowWrap: 'anywhere' }}>
                {doc.fileName}
              </Anchor>
              <Text size="xs">
                {fileSize(doc.sizeBytes)} · {doc.uploadedBy} · {dateTime(doc.uploadedAt)}
              </Text>
              <Text size="xs">
                {t('claim.checksum')}{' '}
                <Code c="dark.9" title={doc.sha256} data-testid="document-checksum" style={{ overflowWrap: 'anywhere' }}>
                  {props.shortChecksum ? `${doc.sha256.slice(0, 12)}…` : doc.sha256}
                </Code>
              </Text>
            </Stack>
          </Group>
          {props.onRemove && (
            <ActionIcon
              variant="subtle"
              color="red.9"
              aria-label={t('wizard.documents.remove', { name: doc.fileName })}
              loading={props.removingId === doc.id}
              onClick={() => props.onRemove?.(doc)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          )}
        </Group>
      ))}
    </Stack>
  );
}
