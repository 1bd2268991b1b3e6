import { describe, expect, it } from 'vitest';
import { consentWindow, deadlineBasisFrom } from './claim-deadlines';

const basis = (consentBusinessDays: number) => ({
  calendar: { country: 'NL', timeZone: 'Europe/Amsterdam' },
  settings: { reviewBusinessDays: 14, responseBusinessDays: 14, disputeDays: 30, consentBusinessDays, expiryNoticeDays: 30 },
});

describe('the consent window', () => {
  it('closes at the end of the fifth business day and reminds from the start of the last two', () => {
    // Approved Friday 18 December 2026: 21-24 December count, Christmas Day does not, Boxing Day is a Saturday.
    const w = consentWindow(new Date('2026-12-18T10:00:00Z'), basis(5));
    expect(w.consent_closes_at.toISOString()).toBe('2026-12-28T22:59:59.999Z');
    // Two business days left from Thursday 24 December (the 25th does not count).
    expect(w.consent_reminder_at?.toISOString()).toBe('2026-12-23T23:00:00.000Z');
    expect(w).toMatchObject({ consent_reminded_at: null, consent_outcome: null });
  });

  it('has no reminder when the window is shorter than the reminder lead', () => {
    expect(consentWindow(new Date('2026-11-24T10:00:00Z'), basis(1)).consent_reminder_at).toBeNull();
  });
});

describe('the deadline basis', () => {
  const calendar = { country: 'NL', timeZone: 'Europe/Amsterdam' };
  const durations = (review: number | null, consent: number | null) => ({
    review_business_days: review,
    response_business_days: 5,
    dispute_days: 30,
    consent_business_days: consent,
    expiry_notice_days: null,
  });

  it('takes the longest of each duration over the programs, and at least one day', () => {
    expect(deadlineBasisFrom(calendar, [durations(10, 3), durations(15, null)])).toEqual({
      calendar,
      settings: { reviewBusinessDays: 15, responseBusinessDays: 5, disputeDays: 30, consentBusinessDays: 3, expiryNoticeDays: 1 },
    });
    expect(deadlineBasisFrom(calendar, []).settings).toEqual({ reviewBusinessDays: 1, responseBusinessDays: 1, disputeDays: 1, consentBusinessDays: 1, expiryNoticeDays: 1 });
  });
});
