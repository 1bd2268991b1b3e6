import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../lib/errors';
import type { DocumentStoreConfig } from '../../config/config';
import type { DocumentStore } from './document-store-type';

/** Documents in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2...), under an optional key prefix. */
export function createS3DocumentStore(c: Extract<DocumentStoreConfig, { kind: 's3' }>): DocumentStore {
  const client = new S3Client({
    region: c.region,
    endpoint: c.endpoint,
    forcePathStyle: c.forcePathStyle,
    credentials: c.accessKeyId && c.secretAccessKey ? { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey } : undefined,
    // The server answers the client; a checksum the bucket may not know is not asked for.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const key = (k: string) => `${c.prefix}${k}`;
  return {
    storage: 'S3',
    async put(k, bytes) {
      await client.send(new PutObjectCommand({ Bucket: c.bucket, Key: key(k), Body: bytes, ContentLength: bytes.length, ContentType: 'application/octet-stream' }));
    },
    async get(k) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: c.bucket, Key: key(k) }));
        return Buffer.from(await out.Body!.transformToByteArray());
      } catch (err) {
        if ((err as { name?: string }).name === 'NoSuchKey') throw new AppError(503, 'DOCUMENT_UNAVAILABLE', "The document's object is missing from the bucket.");
        throw err;
      }
    },
  };
}
