import type { ReasonCode } from '@associa/contracts';
import { describe, expect, it } from 'vitest';
import { checkClaimCustomer, tenantIdToRead } from './check-claim-customer';

const message = (code: ReasonCode, extra?: string) => [code, extra].filter(Boolean).join(' ');
const ID = '254d6d7a-1422-5abf-a63a-144c041c7a98';
const contoso = { tenantId: ID, name: 'Contoso', country: 'NL', timeZone: 'Europe/Amsterdam', domains: ['contoso.nl', 'contoso.com'] };

describe('the customer rule', () => {
  it('reads a tenant ID trimmed and in lower case, and nothing for one that is no GUID', () => {
    expect(tenantIdToRead(`  ${ID.toUpperCase()} `)).toBe(ID);
    expect(tenantIdToRead('contoso')).toBeNull();
    expect(tenantIdToRead(undefined)).toBeNull();
    expect(checkClaimCustomer({ domain: 'x.nl', tenantId: 'contoso', tenant: null, message })).toEqual({ problems: [], tenant: null });
  });

  it('answers TENANT_UNKNOWN for a GUID the directory does not know', () => {
    expect(checkClaimCustomer({ domain: 'contoso.nl', tenantId: ID, tenant: null, message })).toEqual({
      problems: [{ path: 'customer.tenantId', code: 'TENANT_UNKNOWN', message: 'TENANT_UNKNOWN' }],
      tenant: null,
    });
  });

  it('accepts a verified domain in any case, and contacts at it or a subdomain of it', () => {
    const contacts = [
      { path: 'customerContact.email', email: 'It@Contoso.NL' },
      { path: 'customerTechnicalContact.email', email: 'ops@eu.contoso.com' },
    ];
    expect(checkClaimCustomer({ domain: ' CONTOSO.nl ', tenantId: ID, tenant: contoso, contacts, message })).toEqual({ problems: [], tenant: { tenantId: ID, name: 'Contoso' } });
  });

  it('names the identified tenant for a foreign domain and for each contact outside its domains', () => {
    const contacts = [
      { path: 'customerContact.email', email: 'me@northwind.example' },
      { path: 'customerTechnicalContact.email', email: 'malformed' },
    ];
    expect(checkClaimCustomer({ domain: 'fabrikam.nl', tenantId: ID, tenant: contoso, contacts, message }).problems).toEqual([
      { path: 'customer.domain', code: 'DOMAIN_TENANT_MISMATCH', message: 'DOMAIN_TENANT_MISMATCH fabrikam.nl is not a verified domain of Contoso.' },
      { path: 'customerContact.email', code: 'CONTACT_DOMAIN_NOT_TENANT', message: 'CONTACT_DOMAIN_NOT_TENANT northwind.example is not a domain of Contoso.' },
    ]);
    // A domain that only ends like a verified one is not a subdomain of it.
    expect(checkClaimCustomer({ domain: undefined, tenantId: ID, tenant: contoso, contacts: [{ path: 'c', email: 'a@notcontoso.nl' }], message }).problems.map((p) => p.code)).toEqual([
      'CONTACT_DOMAIN_NOT_TENANT',
    ]);
  });
});
