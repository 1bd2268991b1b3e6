import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../lib/errors';
import type { DocumentStore } from './document-store-type';

/**
 * Documents in a local (or mounted, shared) folder. A write goes to a temporary file that is
 * fsynced and renamed into place, so a crash leaves either the whole file or none.
 */
export function createFolderDocumentStore(dir: string): DocumentStore {
  const file = (key: string) => {
    const target = path.resolve(dir, key);
    if (!target.startsWith(path.resolve(dir) + path.sep)) throw new Error(`Bad document key ${key}`);
    return target;
  };
  return {
    storage: 'FOLDER',
    async put(key, bytes) {
      const target = file(key);
      await mkdir(path.dirname(target), { recursive: true });
      const tmp = `${target}.${randomUUID()}.tmp`;
      const handle = await open(tmp, 'wx', 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(tmp, target);
      const folder = await open(path.dirname(target), 'r');
      try {
        await folder.sync();
      } finally {
        await folder.close();
      }
    },
    async get(key) {
      try {
        return await readFile(file(key));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError(503, 'DOCUMENT_UNAVAILABLE', 'The document\'s file is missing from the document folder.');
        throw err;
      }
    },
  };
}
