import { expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD, tenantIdOf } from './helpers';
import { POE } from './wizard-helpers';

/** A signed-in API client: its own cookie jar, and the CSRF token every unsafe request must echo. */
export async function apiSessionOf(baseURL: string, email: string): Promise<{ api: APIRequestContext; csrf: Record<string, string> }> {
  const api = await playwrightRequest.newContext({ baseURL });
  expect((await api.post('/api/v1/auth/login', { data: { email, password: DEMO_PASSWORD } })).status()).toBe(200);
  const me = (await (await api.get('/api/v1/me')).json()) as { csrfToken: string };
  return { api, csrf: { 'X-CSRF-Token': me.csrfToken } };
}

/**
 * Creates and submits a Microsoft 365 usage claim for Contoso Nederland (Teams unless told), with a PoE, as Northwind's admin.
 * A partner may hold one open claim per product and customer, so flows that run side by side pick different products.
 */
export async function submitContosoClaim(
  baseURL: string,
  name: string,
  { productCode = 'MICROSOFT_TEAMS', contactEmail = 'carla@contoso.nl' }: { productCode?: string; contactEmail?: string } = {},
): Promise<string> {
  const tenantApi = await playwrightRequest.newContext({ baseURL });
  const tenantId = await tenantIdOf(tenantApi, 'contoso.nl');
  await tenantApi.dispose();
  const { api, csrf } = await apiSessionOf(baseURL, 'partner.admin@northwind.example');
  const { items } = (await (await api.get('/api/v1/locations')).json()) as { items: { id: string; mpnId: string }[] };
  const location = items.find((item) => item.mpnId === '4412001') ?? items[0]!;
  const created = await api.post('/api/v1/claims', {
    headers: csrf,
    data: {
      name,
      locationId: location.id,
      customer: { domain: 'contoso.nl', tenantId },
      solutionArea: 'MICROSOFT_365',
      activities: ['USAGE'],
      lines: [{ productCode }],
      customerContact: { name: 'Carla Jansen', title: 'IT manager', email: contactEmail },
      partnerContact: { name: 'Nina de Vries', email: 'nina@northwind.example' },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const upload = await api.post(`/api/v1/claims/${id}/documents`, { headers: csrf, multipart: { file: POE } });
  expect(upload.status(), await upload.text()).toBe(201);
  const submitted = await api.post(`/api/v1/claims/${id}/submit`, { headers: csrf });
  expect(submitted.status(), await submitted.text()).toBe(200);
  await api.dispose();
  return id;
}
