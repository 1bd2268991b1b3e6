import type { S3Client } from '@aws-sdk/client-s3';
import { AppError } from '../../lib/errors';
import type { DocumentStoreConfig } from '../../config/config';
import type { DocumentStore } from './document-store-type';

/** Documents in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2...), under an optional key prefix. */
export function createS3DocumentStore(c: Extract<DocumentStoreConfig, { kind: 's3' }>): DocumentStore {
  // The SDK (~6 MB of heap) is loaded by a server configured for S3 only, on first use (issue 15).
  let sdk: Promise<typeof import('@aws-sdk/client-s3')> | null = null;
  let client: S3Client | null = null;
  const connect = async () => {
    const s3 = await (sdk ??= import('@aws-sdk/client-s3'));
    client ??= new s3.S3Client({
      region: c.region,
      endpoint: c.endpoint,
      forcePathStyle: c.forcePathStyle,
      credentials: c.accessKeyId && c.secretAccessKey ? { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey } : undefined,
      // The server answers the client; a checksum the bucket may not know is not asked for.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    return { s3, client };
  };
  const key = (k: string) => `${c.prefix}${k}`;
  return {
    storage: 'S3',
    async put(k, bytes) {
      const { s3, client } = await connect();
      await client.send(new s3.PutObjectCommand({ Bucket: c.bucket, Key: key(k), Body: bytes, ContentLength: bytes.length, ContentType: 'application/octet-stream' }));
    },
    async get(k) {
      try {
        const { s3, client } = await connect();
        const out = await client.send(new s3.GetObjectCommand({ Bucket: c.bucket, Key: key(k) }));
        return Buffer.from(await out.Body!.transformToByteArray());
      } catch (err) {
        if ((err as { name?: string }).name === 'NoSuchKey') throw new AppError(503, 'DOCUMENT_UNAVAILABLE', "The document's object is missing from the bucket.");
        throw err;
      }
    },
  };
}
