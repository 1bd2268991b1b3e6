import { describe, expect, it } from 'vitest';
import { partnerAuditAction } from './update-partner';

describe('partnerAuditAction', () => {
  it('names a status change by its direction, whatever else changed with it', () => {
    expect(partnerAuditAction({ before: { status: 'ACTIVE' }, after: { status: 'SUSPENDED' } })).toBe('PARTNER_SUSPENDED');
    expect(partnerAuditAction({ before: { status: 'SUSPENDED' }, after: { status: 'ACTIVE' } })).toBe('PARTNER_REACTIVATED');
  });

  it('calls any other change an update', () => {
    expect(partnerAuditAction({ before: {}, after: {} })).toBe('PARTNER_UPDATED');
  });
});
