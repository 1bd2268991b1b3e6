import { DOCUMENT_TYPES } from '@associa/contracts';
import { useTranslation } from 'react-i18next';
import { FileDropZone } from '../forms/file-drop-zone';

/** What the file picker offers; the server still decides by the bytes. */
const ACCEPT = Object.values(DOCUMENT_TYPES)
  .flatMap((type) => [type.contentType, `.${type.extension}`])
  .concat('.jpeg')
  .join(',');

/** The proof-of-execution drop area: several documents at once. */
export function DocumentDropZone(props: { onFiles: (files: File[]) => void; disabled: boolean; hint: string }) {
  const { t } = useTranslation();
  return (
    <FileDropZone
      {...props}
      title={t('wizard.documents.dropHere')}
      browseLabel={t('wizard.documents.browse')}
      accept={ACCEPT}
      multiple
      testId="document-drop-zone"
    />
  );
}
