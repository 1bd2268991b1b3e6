import { describe, expect, it } from 'vitest';
import { auditApiQuery, auditFilters } from './audit-filters';

describe('audit filters', () => {
  it('keeps a known action and whole days, and drops what the API would refuse', () => {
    const filters = auditFilters(new URLSearchParams('action=PARTNER_CREATED&organisationId=nope&from=2026-05-01&to=yesterday'));
    expect(filters).toEqual({ action: 'PARTNER_CREATED', organisationId: '', from: '2026-05-01', to: '' });
  });

  it("asks for the period from the first day's midnight to the end of the last day, in the viewer's zone", () => {
    const query = auditApiQuery({ action: '', organisationId: '', from: '2026-05-01', to: '2026-05-31' });
    expect(new Date(query.from!).getTime()).toBe(new Date(2026, 4, 1).getTime());
    expect(new Date(query.to!).getTime()).toBe(new Date(2026, 5, 1).getTime() - 1);
    expect(query).not.toHaveProperty('action');
  });
});
