import type { Config, DocumentStoreConfig } from '../../config/config';
import { AppError } from '../../lib/errors';
import { createFolderDocumentStore } from './folder-document-store';
import { createS3DocumentStore } from './s3-document-store';
import type { DocumentStorage, DocumentStore } from './document-store-type';

export type { DocumentStorage, DocumentStore };

/** The object key of a document's bytes: its content hash, so equal files are stored once. */
export const documentKey = (sha256: string) => `poe/${sha256.slice(0, 2)}/${sha256}`;

/** Bytes in the document's own row (the default). */
export const DATABASE_STORE: DocumentStore = {
  storage: 'DATABASE',
  put: async () => undefined,
  get: async () => {
    throw new Error('Database-stored documents are read with their row.');
  },
};

const stores = new WeakMap<object, DocumentStore>();

function build(c: DocumentStoreConfig): DocumentStore {
  if (c.kind === 'folder') return createFolderDocumentStore(c.dir);
  if (c.kind === 's3') return createS3DocumentStore(c);
  return DATABASE_STORE;
}

/** The store new documents go to in this process (one per configuration). */
export function documentStoreFor(config: Pick<Config, 'documentStore'>): DocumentStore {
  let store = stores.get(config);
  if (!store) stores.set(config, (store = build(config.documentStore)));
  return store;
}

/** The store a stored row names: it must be the configured one (a database row needs none). */
export function storeForRow(config: Pick<Config, 'documentStore'>, storage: DocumentStorage): DocumentStore {
  const configured = documentStoreFor(config);
  if (storage === configured.storage) return configured;
  throw new AppError(503, 'DOCUMENT_STORE_UNAVAILABLE', `This document is kept in the ${storage.toLowerCase()} store, which this server is not configured for (ASSOCIA_DOCUMENT_STORE).`);
}
