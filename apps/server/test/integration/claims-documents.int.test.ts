import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPoeTemplate } from '../../src/modules/documents/build-poe-template';
import { demoTenant, FILES, historyTypes, m365Claim } from '../helpers/claim-fixtures';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app';

let t: TestApp;
let admin: TestClient;
let claimId: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('partner.admin@northwind.example');
  const contoso = await demoTenant(t.db, 'contoso.nl');
  claimId = (await admin.request('POST', '/api/v1/claims', m365Claim(contoso.tenantId))).body.id;
});
afterAll(() => t.close());

const docCount = async () => (await t.db.selectFrom('claim_documents').select('id').where('claim_id', '=', claimId).execute()).length;

describe('proof-of-execution documents', () => {
  it('recognises a PDF by its bytes even when named .png, with its checksum on the claim and in history', async () => {
    const res = await admin.upload(`/api/v1/claims/${claimId}/documents`, FILES.pdf, 'statement.png');
    expect(res.status).toBe(201);
    const sha = createHash('sha256').update(FILES.pdf).digest('hex');
    expect(res.body).toMatchObject({ fileName: 'statement.png.pdf', contentType: 'application/pdf', sizeBytes: FILES.pdf.length, sha256: sha, uploadedBy: 'Nina de Vries' });
    const row = await t.db.selectFrom('claim_documents').select(['document_type', 'content']).where('id', '=', res.body.id).executeTakeFirstOrThrow();
    expect(row.document_type).toBe('PDF');
    expect(Buffer.compare(row.content!, FILES.pdf)).toBe(0);
    const claim = await admin.request('GET', `/api/v1/claims/${claimId}`);
    expect(claim.body.documents[0].sha256).toBe(sha);
    expect(await historyTypes(t.db, claimId)).toContain('DOCUMENT_ADDED');
  });

  it('downloads the same bytes under the same access rule', async () => {
    const list = (await admin.request('GET', `/api/v1/claims/${claimId}`)).body.documents;
    const res = await fetch(`${t.baseUrl}/api/v1/claims/${claimId}/documents/${list[0].id}`, { headers: { cookie: await cookieOf('partner.user@northwind.example') } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(Buffer.compare(Buffer.from(await res.arrayBuffer()), FILES.pdf)).toBe(0);
    const fabrikam = await t.loginAs('partner.admin@fabrikam.example');
    expect((await fabrikam.request('GET', `/api/v1/claims/${claimId}/documents/${list[0].id}`)).status).toBe(404);
  });

  it('accepts PNG and a real DOCX', async () => {
    expect((await admin.upload(`/api/v1/claims/${claimId}/documents`, FILES.png, 'photo.png')).body.contentType).toBe('image/png');
    const docx = await buildPoeTemplate();
    const res = await admin.upload(`/api/v1/claims/${claimId}/documents`, docx, 'sow.docx');
    expect(res.body.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('refuses an executable renamed .pdf, and stores nothing', async () => {
    const before = await docCount();
    const res = await admin.upload(`/api/v1/claims/${claimId}/documents`, FILES.elf, 'invoice.pdf');
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('DOCUMENT_TYPE_NOT_ALLOWED');
    expect(await docCount()).toBe(before);
  });

  it('refuses an 11 MB file while streaming, and stores nothing', async () => {
    const before = await docCount();
    const big = Buffer.concat([FILES.pdf, Buffer.alloc(11 * 1024 * 1024, 0x20)]);
    const res = await admin.upload(`/api/v1/claims/${claimId}/documents`, big, 'big.pdf');
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('DOCUMENT_TOO_LARGE');
    expect(await docCount()).toBe(before);
  });

  it('refuses a sixth document', async () => {
    while ((await docCount()) < 5) await admin.upload(`/api/v1/claims/${claimId}/documents`, FILES.pdf, 'more.pdf');
    const res = await admin.upload(`/api/v1/claims/${claimId}/documents`, FILES.pdf, 'sixth.pdf');
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('TOO_MANY_DOCUMENTS');
    expect(await docCount()).toBe(5);
  });

  it('removes a document from a draft, with a history entry', async () => {
    const doc = (await admin.request('GET', `/api/v1/claims/${claimId}`)).body.documents[0];
    expect((await admin.request('DELETE', `/api/v1/claims/${claimId}/documents/${doc.id}`)).status).toBe(204);
    expect(await docCount()).toBe(4);
    expect(await historyTypes(t.db, claimId)).toContain('DOCUMENT_REMOVED');
  });

  it('refuses uploads from a partner user or another organisation before reading the file', async () => {
    const user = await t.loginAs('partner.user@northwind.example');
    expect((await user.upload(`/api/v1/claims/${claimId}/documents`, FILES.pdf, 'x.pdf')).status).toBe(403);
    const fabrikam = await t.loginAs('partner.admin@fabrikam.example');
    expect((await fabrikam.upload(`/api/v1/claims/${claimId}/documents`, FILES.pdf, 'x.pdf')).status).toBe(404);
    expect(await docCount()).toBe(4);
  });

  it('answers a form without the file field, or a JSON body, with a clear error', async () => {
    expect((await admin.upload(`/api/v1/claims/${claimId}/documents`, FILES.pdf, 'x.pdf', 'attachment')).body.error.code).toBe('FILE_MISSING');
    const json = await admin.request('POST', `/api/v1/claims/${claimId}/documents`, { file: 'x' });
    expect(json.status).toBe(415);
  });

  it('offers a real DOCX template to fill in', async () => {
    const res = await fetch(`${t.baseUrl}/api/v1/poe-template`, { headers: { cookie: await cookieOf('partner.admin@fabrikam.example') } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('proof-of-execution-template.docx');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect((await fetch(`${t.baseUrl}/api/v1/poe-template`)).status).toBe(401);
  });
});

async function cookieOf(email: string): Promise<string> {
  const res = await fetch(`${t.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'associa-demo' }) });
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}
