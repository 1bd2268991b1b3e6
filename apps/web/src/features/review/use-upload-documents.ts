import { useState } from 'react';
import { uploadResponseDocument } from '../../api/review-api';
import { useErrorMessage } from '../shell/use-error-message';

/** Uploads the chosen files one by one and answers their ids, or null (with an error to show) when one fails. */
export function useUploadDocuments(claimId: string) {
  const errorMessage = useErrorMessage();
  const [isUploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const upload = async (files: File[]): Promise<string[] | null> => {
    setUploadError(null);
    setUploading(true);
    try {
      const ids: string[] = [];
      for (const file of files) ids.push((await uploadResponseDocument(claimId, file)).id);
      return ids;
    } catch (error) {
      setUploadError(errorMessage(error));
      return null;
    } finally {
      setUploading(false);
    }
  };
  return { upload, isUploading, uploadError };
}
