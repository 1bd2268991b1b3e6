import { randomUUID } from 'node:crypto';
import type { Import } from '@associa/contracts';
import { expect } from 'vitest';
import { drainJobs } from './run-jobs';
import type { TestApp, TestClient } from './test-app';

/** A fresh GUID in upper case, as directory exports often write them. */
export const guid = () => randomUUID().toUpperCase();

/** Lines of a CSV file, joined with CRLF as spreadsheets save them. */
export const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

/** Uploads a file as the request body and answers the 202's import id. */
export async function upload(client: TestClient, kind: string, body: string | Uint8Array, { dryRun = false, type = 'text/csv' } = {}): Promise<string> {
  const res = await client.request('POST', `/api/v1/imports?kind=${kind}${dryRun ? '&dryRun=true' : ''}&fileName=${kind}.csv`, body as string, { 'content-type': type });
  expect(res.status, res.text).toBe(202);
  expect(res.body.status).toBe('QUEUED');
  return res.body.id as string;
}

/** Uploads, lets the worker run the import, and answers its final record. */
export async function importFile(t: TestApp, client: TestClient, kind: string, body: string | Uint8Array, options: { dryRun?: boolean; type?: string } = {}): Promise<Import> {
  const id = await upload(client, kind, body, options);
  await drainJobs(t);
  return (await client.request('GET', `/api/v1/imports/${id}`)).body as Import;
}

/** Every problem of an import's rejected rows, as `line field CODE`. */
export async function rejectionCodes(client: TestClient, id: string): Promise<string[]> {
  const res = await client.request('GET', `/api/v1/imports/${id}/rejections?limit=200`);
  return res.body.items.flatMap((r: any) => r.problems.map((p: any) => `${r.line} ${p.field} ${p.code}`));
}
