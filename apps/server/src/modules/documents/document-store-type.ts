/** Where a document's bytes live, as its row records it. */
export type DocumentStorage = 'DATABASE' | 'FOLDER' | 'S3';

/**
 * Where proof-of-execution bytes are kept. `DATABASE` (the default) keeps them in the document's
 * row, in the same transaction as the row: shared by every process and in every backup. `FOLDER`
 * and `S3` keep them outside PostgreSQL, content-addressed by SHA-256 (so the same bytes are one
 * object, and a claim copying another's document shares it); the row holds the key.
 */
export type DocumentStore = {
  storage: DocumentStorage;
  /** Stores the bytes durably under `key` before the row that names them commits. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes under `key`. */
  get(key: string): Promise<Buffer>;
};

