import { describe, expect, it } from 'vitest';
import type { Actor } from '../users/actor';
import { BLOCKED_WHILE_SUSPENDED, claimActionsFor } from './claim-policies';

const admin = (organisationStatus: Actor['organisationStatus']): Actor => ({
  userId: 'u',
  email: 'nina@northwind.example',
  name: 'Nina',
  role: 'PARTNER_ADMIN',
  locale: 'en',
  organisationId: 'northwind',
  organisationName: 'Northwind Traders',
  organisationKind: 'PARTNER',
  organisationStatus,
  via: 'session',
  csrfToken: 'c',
});

describe('claim actions of a suspended partner', () => {
  it('keeps deleting a draft, checking and commenting, and takes editing and submitting', () => {
    const draft = { organisationId: 'northwind', status: 'DRAFT' } as const;
    expect(claimActionsFor(admin('ACTIVE'), draft)).toEqual(['edit', 'delete', 'validate', 'submit', 'uploadDocument', 'deleteDocument', 'comment']);
    expect(claimActionsFor(admin('SUSPENDED'), draft)).toEqual(['delete', 'validate', 'comment']);
  });

  it('takes responding and disputing, and keeps withdrawing an open claim', () => {
    const asked = { organisationId: 'northwind', status: 'ACTION_REQUIRED' } as const;
    expect(claimActionsFor(admin('SUSPENDED'), asked)).toEqual(['comment', 'withdraw']);
    const now = new Date('2030-01-01T00:00:00Z');
    const rejected = { organisationId: 'northwind', status: 'REJECTED', disputeCount: 0, disputeDueAt: new Date('2030-01-10T00:00:00Z') } as const;
    expect(claimActionsFor(admin('ACTIVE'), rejected, now)).toContain('dispute');
    expect(claimActionsFor(admin('SUSPENDED'), rejected, now).filter((a) => BLOCKED_WHILE_SUSPENDED.includes(a))).toEqual([]);
  });
});
