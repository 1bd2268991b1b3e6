import type { ProgramSettings } from '@associa/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { ProgramDurations } from './claim-facts';
import type { FollowUp } from './transition-claim';
import { addBusinessDays, addCalendarDays, type BusinessCalendar, startOfLastBusinessDays } from '../../lib/business-days';

/** What a claim's deadlines are computed from: the customer's calendar and the programs' durations. */
export type ClaimDeadlineBasis = { calendar: BusinessCalendar; settings: ProgramSettings };

/**
 * A claim's deadline basis from its customer's calendar and the durations of its claimable
 * programs. A claim that earns under several programs gets the longest of each duration, so no
 * program's promise is cut short.
 */
export function deadlineBasisFrom(calendar: BusinessCalendar, programs: ProgramDurations[]): ClaimDeadlineBasis {
  const max = (k: keyof ProgramDurations, fallback: number) => Math.max(fallback, ...programs.map((p) => p[k] ?? 0));
  return {
    calendar,
    settings: {
      reviewBusinessDays: max('review_business_days', 1),
      responseBusinessDays: max('response_business_days', 1),
      disputeDays: max('dispute_days', 1),
      consentBusinessDays: max('consent_business_days', 1),
      expiryNoticeDays: max('expiry_notice_days', 1),
    },
  };
}

/** Reads the customer's country and zone and the durations of the claim's programs (for a claim already past entry). */
export async function loadDeadlineBasis(db: Kysely<Database>, claimId: string): Promise<ClaimDeadlineBasis> {
  const row = await db
    .selectFrom('claims as c')
    .innerJoin('customer_tenants as t', 't.tenant_id', 'c.tenant_id')
    .select(['t.country', 't.time_zone', 'c.programs'])
    .where('c.id', '=', claimId)
    .executeTakeFirstOrThrow();
  const programs = await db
    .selectFrom('programs')
    .select(['review_business_days', 'response_business_days', 'dispute_days', 'consent_business_days', 'expiry_notice_days'])
    .where('code', 'in', row.programs.length ? row.programs : ['__none__'])
    .where('is_claimable', '=', true)
    .execute();
  return deadlineBasisFrom({ country: row.country, timeZone: row.time_zone }, programs);
}

/** The deadline bases of many claims with two queries (for transitions in bulk), by claim id. */
export async function loadDeadlineBases(db: Kysely<Database>, claimIds: string[]): Promise<Map<string, ClaimDeadlineBasis>> {
  if (!claimIds.length) return new Map();
  const rows = await db
    .selectFrom('claims as c')
    .innerJoin('customer_tenants as t', 't.tenant_id', 'c.tenant_id')
    .select(['c.id', 't.country', 't.time_zone', 'c.programs'])
    .where('c.id', 'in', claimIds)
    .execute();
  const programs = new Map(
    (await db.selectFrom('programs').select(['code', 'review_business_days', 'response_business_days', 'dispute_days', 'consent_business_days', 'expiry_notice_days']).where('is_claimable', '=', true).execute()).map((p) => [p.code, p]),
  );
  return new Map(rows.map((row) => [row.id, deadlineBasisFrom({ country: row.country, timeZone: row.time_zone }, row.programs.flatMap((code) => programs.get(code) ?? []))]));
}

/** The deadlines a status change sets, as instants. */
export const deadlines = {
  review: (at: Date, b: ClaimDeadlineBasis) => addBusinessDays(at, b.settings.reviewBusinessDays, b.calendar),
  response: (at: Date, b: ClaimDeadlineBasis) => addBusinessDays(at, b.settings.responseBusinessDays, b.calendar),
  consent: (at: Date, b: ClaimDeadlineBasis) => addBusinessDays(at, b.settings.consentBusinessDays, b.calendar),
  dispute: (at: Date, b: ClaimDeadlineBasis) => addCalendarDays(at, b.settings.disputeDays),
};

/** Business days before the consent window closes that a silent customer is reminded (DESIGN.md section 6). */
export const CONSENT_REMINDER_BUSINESS_DAYS = 2;

/** The columns a claim entering CUSTOMER_CONSENT gets: a fresh window, its reminder time, no answer yet. */
export function consentWindow(at: Date, b: ClaimDeadlineBasis) {
  const closes = deadlines.consent(at, b);
  const reminder = startOfLastBusinessDays(closes, CONSENT_REMINDER_BUSINESS_DAYS, b.calendar);
  // A window shorter than the reminder lead has no reminder: the request itself is the last word.
  return { consent_closes_at: closes, consent_reminder_at: reminder > at ? reminder : null, consent_reminded_at: null, consent_outcome: null };
}

/**
 * Timers for a window just opened: the reminder and the closing run at their instant (the sweep
 * is the safety net). The closing is keyed by its instant: every window closing then (approvals in
 * bulk) shares one job, which closes them in batches; the reminder is keyed per claim.
 */
export function consentTimers(claimId: string, window: ReturnType<typeof consentWindow>): FollowUp[] {
  const timers: FollowUp[] = [{ job: 'close-due-consent-windows', payload: {}, runAt: window.consent_closes_at, jobKey: `consent-close-at:${window.consent_closes_at.toISOString()}` }];
  if (window.consent_reminder_at) timers.push({ job: 'remind-customer', payload: { claimId }, runAt: window.consent_reminder_at, jobKey: `consent-remind:${claimId}` });
  return timers;
}
