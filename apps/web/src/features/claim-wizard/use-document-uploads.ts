import { DOCUMENT_TYPES, Limits, type Claim } from '@associa/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { deleteClaimDocument, uploadClaimDocument } from '../../api/claim-documents-api';
import { queryKeys } from '../../api/query-keys';
import { useFormatters } from '../../i18n/use-formatters';
import { useErrorMessage } from '../shell/use-error-message';

const KNOWN_UPLOAD_ERRORS = ['DOCUMENT_TOO_LARGE', 'DOCUMENT_TYPE_NOT_ALLOWED', 'TOO_MANY_DOCUMENTS'] as const;

/**
 * Uploads files one by one and removes documents, refreshing the claim after each. Size and count
 * are checked here first with the contract's limits; the type only the server can judge, by the bytes.
 */
export function useDocumentUploads(claim: Claim) {
  const { t, i18n } = useTranslation();
  const { fileSize } = useFormatters();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const [failures, setFailures] = useState<{ fileName: string; message: string }[]>([]);
  const [current, setCurrent] = useState<string | null>(null);
  const types = new Intl.ListFormat(i18n.resolvedLanguage ?? 'en', { type: 'disjunction' }).format(Object.keys(DOCUMENT_TYPES));
  const limits = { max: fileSize(Limits.maxDocumentBytes), count: Limits.maxDocumentsPerClaim, types };

  const messageFor = (error: unknown) => {
    const code = error instanceof ApiError ? KNOWN_UPLOAD_ERRORS.find((known) => known === error.code) : undefined;
    return code ? t(`wizard.documents.errors.${code}`, limits) : errorMessage(error);
  };
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.claim(claim.id) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.claimHistory(claim.id) });
  };

  const upload = useMutation({
    mutationFn: async (files: File[]) => {
      const failed: { fileName: string; message: string }[] = [];
      let count = claim.documents.length;
      for (const file of files) {
        if (count >= Limits.maxDocumentsPerClaim) {
          failed.push({ fileName: file.name, message: t('wizard.documents.errors.TOO_MANY_DOCUMENTS', limits) });
        } else if (file.size > Limits.maxDocumentBytes) {
          failed.push({ fileName: file.name, message: t('wizard.documents.errors.DOCUMENT_TOO_LARGE', limits) });
        } else {
          setCurrent(file.name);
          try {
            await uploadClaimDocument(claim.id, file);
            count += 1;
          } catch (error) {
            failed.push({ fileName: file.name, message: messageFor(error) });
          }
        }
      }
      setCurrent(null);
      return failed;
    },
    onMutate: () => setFailures([]),
    onSuccess: (failed) => setFailures(failed),
    onSettled: refresh,
  });

  const remove = useMutation({
    mutationFn: (documentId: string) => deleteClaimDocument(claim.id, documentId),
    onSettled: refresh,
  });

  return { upload, remove, failures, current, limits };
}
