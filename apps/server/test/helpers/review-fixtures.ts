import { expect } from 'vitest';
import { FILES, m365Claim } from './claim-fixtures';
import type { TestClient } from './test-app';

/** Creates, documents and submits a Microsoft 365 claim; answers its ID. */
export async function submitClaim(admin: TestClient, tenantId: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await admin.request('POST', '/api/v1/claims', m365Claim(tenantId, overrides));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.id as string;
  expect((await admin.upload(`/api/v1/claims/${id}/documents`, FILES.pdf, 'sow.pdf')).status).toBe(201);
  const submitted = await admin.request('POST', `/api/v1/claims/${id}/submit`);
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  return id;
}
