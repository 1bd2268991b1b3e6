import type { BulkClaimUpload } from '@associa/contracts';
import { Button, Group, Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BulkUploadForm } from './bulk-upload-form';
import { BulkUploadResults } from './bulk-upload-results';

/** "Bulk upload" on the claims page: the form, then what became of every row; "Upload another" starts over. */
export function BulkUploadModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [upload, setUpload] = useState<BulkClaimUpload | null>(null);
  const close = () => {
    setUpload(null);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('bulkClaims.title')} size="xl" closeButtonProps={{ 'aria-label': t('bulkClaims.close') }}>
      {upload ? (
        <>
          <BulkUploadResults upload={upload} />
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={() => setUpload(null)}>
              {t('bulkClaims.again')}
            </Button>
            <Button onClick={close}>{t('bulkClaims.close')}</Button>
          </Group>
        </>
      ) : (
        <BulkUploadForm onDone={setUpload} />
      )}
    </Modal>
  );
}
