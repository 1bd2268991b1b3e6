import { ClaimBodySchema, LoginRequestSchema } from '@associa/contracts';
import { describe, expect, it } from 'vitest';
import { zodIssuesToDetails } from './zod-details';

const detailsOf = (schema: typeof LoginRequestSchema | typeof ClaimBodySchema, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? [] : zodIssuesToDetails(r.error.issues, input);
};

describe('turning schema problems into API details', () => {
  it('says REQUIRED for a missing field and names the field', () => {
    expect(detailsOf(LoginRequestSchema, { email: 'a@b.example' })).toEqual([{ path: 'password', code: 'REQUIRED', message: 'Required.' }]);
  });

  it('keeps a wrong type apart from a missing value', () => {
    expect(detailsOf(LoginRequestSchema, { email: 'a@b.example', password: 42 })[0]).toMatchObject({ path: 'password', code: 'INVALID_TYPE' });
  });

  it('lists each unknown field with its own path', () => {
    const details = detailsOf(LoginRequestSchema, { email: 'a@b.example', password: 'x', a: 1, b: 2 });
    expect(details.map((d) => `${d.path}:${d.code}`)).toEqual(['a:UNKNOWN_FIELD', 'b:UNKNOWN_FIELD']);
  });

  it("uses a rule's own code for cross-field problems, with nested paths", () => {
    const complete = {
      name: 'n',
      locationId: '3b241101-e2bb-4255-8caf-4136c566a962',
      customer: { domain: 'contoso.com', tenantId: '3b241101-e2bb-4255-8caf-4136c566a962' },
      solutionArea: 'BUSINESS_APPLICATIONS',
      activities: ['REVENUE', 'USAGE'],
      lines: [{ productCode: 'POWER_APPS' }, { productCode: 'POWER_APPS' }],
      customerContact: { name: 'a', title: 'b', email: 'c@d.example' },
      partnerContact: { name: 'a', email: 'c@d.example' },
    };
    const byPath = detailsOf(ClaimBodySchema, complete).map((d) => `${d.path}:${d.code}`);
    expect(byPath.sort()).toEqual(['activities:REVENUE_ALONE', 'customerTechnicalContact:REQUIRED', 'lines.1:DUPLICATE', 'revenue:REQUIRED']);
  });
});
