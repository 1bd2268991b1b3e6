import { describe, expect, it } from 'vitest';
import type { Actor } from '../users/actor';
import { type ClaimDetailRow, presentClaim } from './present-claim';

const admin: Actor = {
  userId: 'u1',
  email: 'nina@northwind.example',
  name: 'Nina',
  role: 'PARTNER_ADMIN',
  locale: 'en',
  organisationId: 'northwind',
  organisationName: 'Northwind Traders',
  organisationKind: 'PARTNER',
  organisationStatus: 'ACTIVE',
  via: 'session',
  csrfToken: 'c',
};

const at = new Date('2030-03-05T09:00:00.000Z');
const row = (over: Partial<ClaimDetailRow> = {}): ClaimDetailRow => ({
  id: 'c1',
  organisation_id: 'northwind',
  status: 'UNDER_REVIEW',
  location_id: 'l1',
  revision: 0,
  rejected_by: null,
  dispute_count: 0,
  dispute_due_at: null,
  name: 'Teams rollout',
  customer_domain: 'contoso.nl',
  customer_tenant_id: 't1',
  solution_area: 'MICROSOFT_365',
  activities: ['USAGE'],
  requested_program: null,
  programs: ['OSU_M365'],
  customer_contact: { name: 'Carla', title: 'IT', email: 'carla@contoso.nl' },
  customer_technical_contact: null,
  partner_contact: { name: 'Nina', email: 'nina@northwind.example' },
  revenue: null,
  comments: null,
  created_at: at,
  updated_at: at,
  submitted_at: at,
  review_due_at: new Date('2030-03-20T22:59:59.999Z'),
  response_due_at: new Date('2030-03-25T22:59:59.999Z'),
  consent_closes_at: null,
  info_request_reasons: [],
  info_request_message: null,
  rejected_at: null,
  rejection_reason: null,
  rejection_message: null,
  contested: false,
  assigned_reviewer_id: null,
  mpn_id: '4412001',
  location_name: 'Amsterdam',
  created_by_name: 'Nina de Vries',
  tenant_name: 'Contoso Nederland',
  time_zone: 'Europe/Amsterdam',
  reviewer_name: null,
  lines: [{ productCode: 'MICROSOFT_TEAMS', productName: 'Microsoft Teams', subscriptionId: null, subscriptionChosen: null }],
  documents: [],
  thread: [],
  revisions: [],
  ...over,
});

describe('presentClaim', () => {
  it('answers JSON timestamps (microseconds, any offset) as toISOString does, and the thread sides', () => {
    const claim = presentClaim(
      row({
        documents: [{ id: 'd1', fileName: 'sow.pdf', contentType: 'application/pdf', sizeBytes: 42, sha256: 'ab', uploadedAt: '2030-03-05T10:00:00.123456+01:00', uploadedBy: 'Nina' }],
        thread: [
          { id: 'm1', body: 'Attached.', authorName: 'Nina', authorKind: 'PARTNER', createdAt: '2030-03-05T09:00:01.999999+00:00' },
          { id: 'm2', body: 'Thanks.', authorName: 'Rita', authorKind: 'VENDOR', createdAt: '2030-03-05T09:00:02+00:00' },
        ],
      }),
      admin,
      at,
    );
    expect(claim.documents[0]!.uploadedAt).toBe('2030-03-05T09:00:00.123Z');
    expect(claim.commentThread.map((m) => [m.authorSide, m.createdAt])).toEqual([
      ['PARTNER', '2030-03-05T09:00:01.999Z'],
      ['VENDOR', '2030-03-05T09:00:02.000Z'],
    ]);
  });

  it('lays the corrections over the original in revision order, the original staying as it is', () => {
    const original = row();
    const claim = presentClaim(
      row({ revisions: [{ corrections: { customerContact: { name: 'Carla', title: 'CIO', email: 'cio@contoso.nl' }, name: 'Renamed' } }, { corrections: { name: 'Renamed again' } }] }),
      admin,
      at,
    );
    expect(claim.name).toBe('Renamed again');
    expect(claim.customerContact).toEqual({ name: 'Carla', title: 'CIO', email: 'cio@contoso.nl' });
    expect(original.customer_contact).toEqual({ name: 'Carla', title: 'IT', email: 'carla@contoso.nl' });
  });

  it('shows only the deadlines and requests of the current status', () => {
    const review = presentClaim(row(), admin, new Date('2030-03-21T00:00:00Z'));
    expect(review.deadlines).toMatchObject({ isReviewLate: true, responseDueAt: null, disputeDueAt: null });
    expect(review.informationRequest).toBeNull();
    const asked = presentClaim(row({ status: 'ACTION_REQUIRED', info_request_reasons: ['DATES_MISSING_OR_OLD'], info_request_message: 'Dates?' }), admin, at);
    expect(asked.deadlines).toMatchObject({ isReviewLate: false, responseDueAt: '2030-03-25T22:59:59.999Z' });
    expect(asked.informationRequest).toEqual({ reasons: ['DATES_MISSING_OR_OLD'], message: 'Dates?' });
    expect(asked.allowedActions).toEqual(expect.arrayContaining(['respond', 'withdraw']));
  });
});
