import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
// @ts-expect-error: s3rver ships no types
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentKey } from '../../src/modules/documents/document-store';
import { demoTenant, FILES, m365Claim } from '../helpers/claim-fixtures';
import { createTestApp, type TestApp } from '../helpers/test-app';

const SHA = createHash('sha256').update(FILES.pdf).digest('hex');
const BUCKET = 'associa-poe';

/** Uploads the test PDF to a fresh draft of Northwind's and returns the claim and document IDs. */
async function uploadPdf(t: TestApp) {
  const admin = await t.loginAs('partner.admin@northwind.example');
  const contoso = await demoTenant(t.db, 'contoso.nl');
  const claimId = (await admin.request('POST', '/api/v1/claims', m365Claim(contoso.tenantId, { name: `Stored ${Math.random()}` }))).body.id as string;
  const res = await admin.upload(`/api/v1/claims/${claimId}/documents`, FILES.pdf, 'sow.pdf');
  expect(res.status, res.text).toBe(201);
  return { claimId, documentId: res.body.id as string };
}

/** Downloads a document as the partner's user: status, bytes and the error code if any. */
async function download(t: TestApp, claimId: string, documentId: string) {
  const user = await t.loginAs('partner.user@northwind.example');
  const res = await user.request('GET', `/api/v1/claims/${claimId}/documents/${documentId}`);
  return res;
}

describe('proof of execution in a folder', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'associa-docs-'));
    t = await createTestApp({ env: { ASSOCIA_DOCUMENT_STORE: 'folder', ASSOCIA_DOCUMENT_DIR: dir } });
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the bytes to the folder, content-addressed, and the row names them instead of holding them', async () => {
    const { claimId, documentId } = await uploadPdf(t);
    const row = await t.db.selectFrom('claim_documents').select(['content', 'storage', 'storage_key', 'sha256']).where('id', '=', documentId).executeTakeFirstOrThrow();
    expect(row).toEqual({ content: null, storage: 'FOLDER', storage_key: documentKey(SHA), sha256: SHA });
    expect(Buffer.compare(await readFile(path.join(dir, documentKey(SHA))), FILES.pdf)).toBe(0);
    expect((await stat(path.join(dir, documentKey(SHA)))).mode & 0o777).toBe(0o600);
    const res = await download(t, claimId, documentId);
    expect(res.status).toBe(200);
    // A second claim with the same file shares the one stored copy.
    const second = await uploadPdf(t);
    const key = await t.db.selectFrom('claim_documents').select('storage_key').where('id', '=', second.documentId).executeTakeFirstOrThrow();
    expect(key.storage_key).toBe(documentKey(SHA));
  });

  it('refuses to hand out bytes that no longer match the recorded checksum', async () => {
    const { claimId, documentId } = await uploadPdf(t);
    await writeFile(path.join(dir, documentKey(SHA)), Buffer.concat([FILES.pdf, Buffer.from('tampered')]));
    const res = await download(t, claimId, documentId);
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('DOCUMENT_CORRUPT');
  });
});

describe('proof of execution in an S3-compatible bucket', () => {
  let t: TestApp;
  let dir: string;
  let s3rver: { run(): Promise<AddressInfo>; close(): Promise<void> };
  let s3: S3Client;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'associa-s3-'));
    s3rver = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: BUCKET }] });
    const { port } = await s3rver.run();
    const endpoint = `http://127.0.0.1:${port}`;
    s3 = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    t = await createTestApp({
      env: {
        ASSOCIA_DOCUMENT_STORE: 's3',
        ASSOCIA_S3_BUCKET: BUCKET,
        ASSOCIA_S3_ENDPOINT: endpoint,
        ASSOCIA_S3_FORCE_PATH_STYLE: 'true',
        ASSOCIA_S3_ACCESS_KEY_ID: 'S3RVER',
        ASSOCIA_S3_SECRET_ACCESS_KEY: 'S3RVER',
        ASSOCIA_S3_PREFIX: 'tenant-a/',
      },
    });
  });
  let running = true;
  afterAll(async () => {
    await t.close();
    if (running) await s3rver.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('puts the bytes in the bucket under the prefix and serves them back, checked', async () => {
    const { claimId, documentId } = await uploadPdf(t);
    const row = await t.db.selectFrom('claim_documents').select(['content', 'storage', 'storage_key']).where('id', '=', documentId).executeTakeFirstOrThrow();
    expect(row).toEqual({ content: null, storage: 'S3', storage_key: documentKey(SHA) });
    const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: `tenant-a/${documentKey(SHA)}` }));
    expect(Buffer.compare(Buffer.from(await object.Body!.transformToByteArray()), FILES.pdf)).toBe(0);
    const res = await download(t, claimId, documentId);
    expect(res.status).toBe(200);
    // A replaced object is refused, not handed out.
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: `tenant-a/${documentKey(SHA)}`, Body: Buffer.from('%PDF-1.4 something else') }));
    const tampered = await download(t, claimId, documentId);
    expect(tampered.status).toBe(503);
    expect(tampered.body.error.code).toBe('DOCUMENT_CORRUPT');
  });

  it('acknowledges nothing when the bucket is unreachable: no row without its bytes', async () => {
    const admin = await t.loginAs('partner.admin@northwind.example');
    const contoso = await demoTenant(t.db, 'contoso.nl');
    const claimId = (await admin.request('POST', '/api/v1/claims', m365Claim(contoso.tenantId, { name: 'Bucket down' }))).body.id as string;
    await s3rver.close();
    running = false;
    const res = await admin.upload(`/api/v1/claims/${claimId}/documents`, FILES.png, 'scan.png');
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('DOCUMENT_STORE_UNAVAILABLE');
    expect(await t.db.selectFrom('claim_documents').select('id').where('claim_id', '=', claimId).execute()).toEqual([]);
  });
});
