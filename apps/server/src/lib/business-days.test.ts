import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addBusinessDays, isBusinessDay, startOfLastBusinessDays } from './business-days';

const CALENDARS = [
  { country: 'NL', timeZone: 'Europe/Amsterdam' },
  { country: 'DE', timeZone: 'Europe/Berlin' },
  { country: 'US', timeZone: 'America/New_York' },
  { country: 'JP', timeZone: 'Asia/Tokyo' },
  { country: 'BR', timeZone: 'America/Sao_Paulo' },
  { country: 'IN', timeZone: 'Asia/Kolkata' },
  { country: 'AU', timeZone: 'Australia/Sydney' },
];
const local = (d: Date, zone: string) => DateTime.fromJSDate(d, { zone });
const instants = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true });

describe('business days', () => {
  it("closes NL's five-day window at the end of the fifth business day, skipping King's Day", () => {
    // Thursday 23 April 2026: Fri 24, (Mon 27 is King's Day), Tue 28, Wed 29, Thu 30, Fri 1 May.
    const end = addBusinessDays(new Date('2026-04-23T10:00:00+02:00'), 5, CALENDARS[0]!);
    expect(local(end, 'Europe/Amsterdam').toISO()).toBe('2026-05-01T23:59:59.999+02:00');
  });

  it('skips German Christmas and the weekend around it', () => {
    const end = addBusinessDays(new Date('2026-12-23T12:00:00+01:00'), 2, CALENDARS[1]!);
    expect(local(end, 'Europe/Berlin').toISODate()).toBe('2026-12-29');
  });

  it('skips US Thanksgiving', () => {
    const end = addBusinessDays(new Date('2026-11-25T12:00:00-05:00'), 1, CALENDARS[2]!);
    expect(local(end, 'America/New_York').toISODate()).toBe('2026-11-27');
  });

  it("skips Japan's Golden Week", () => {
    const end = addBusinessDays(new Date('2026-05-01T12:00:00+09:00'), 1, CALENDARS[3]!);
    expect(local(end, 'Asia/Tokyo').toISODate()).toBe('2026-05-07');
  });

  it("skips Brazil's Carnival Monday and Tuesday", () => {
    const end = addBusinessDays(new Date('2026-02-13T12:00:00-03:00'), 1, CALENDARS[4]!);
    expect(local(end, 'America/Sao_Paulo').toISODate()).toBe('2026-02-18');
  });

  it('counts in the customer\'s zone: the same instant is a different local day in Tokyo and New York', () => {
    const instant = new Date('2026-03-05T20:00:00Z'); // Thursday evening in New York, Friday morning in Tokyo
    expect(local(addBusinessDays(instant, 1, CALENDARS[2]!), 'America/New_York').toISODate()).toBe('2026-03-06');
    expect(local(addBusinessDays(instant, 1, CALENDARS[3]!), 'Asia/Tokyo').toISODate()).toBe('2026-03-09');
  });

  it('ends at 23:59:59.999 local across daylight-saving changes', () => {
    // Europe moves to summer time on 29 March 2026.
    const end = addBusinessDays(new Date('2026-03-26T09:00:00+01:00'), 2, CALENDARS[0]!);
    expect(local(end, 'Europe/Amsterdam').toISO()).toBe('2026-03-30T23:59:59.999+02:00');
  });

  it('never lands on a weekend or a holiday, in any calendar', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 30 }), fc.constantFrom(...CALENDARS), (start, n, cal) => {
        const end = local(addBusinessDays(start, n, cal), cal.timeZone);
        expect(isBusinessDay(end, cal.country)).toBe(true);
        expect(end.hour * 3600 + end.minute * 60 + end.second).toBe(86399);
      }),
      { numRuns: 400 },
    );
  });

  it('is monotonic in n and in the start instant', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 7 * 24 * 3600 * 1000 }), fc.integer({ min: 0, max: 25 }), fc.constantFrom(...CALENDARS), (start, later, n, cal) => {
        expect(addBusinessDays(start, n + 1, cal).getTime()).toBeGreaterThan(addBusinessDays(start, n, cal).getTime());
        expect(addBusinessDays(new Date(start.getTime() + later), n, cal).getTime()).toBeGreaterThanOrEqual(addBusinessDays(start, n, cal).getTime());
      }),
      { numRuns: 300 },
    );
  });

  it('counts exactly n business days between the start and the deadline', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 20 }), fc.constantFrom(...CALENDARS), (start, n, cal) => {
        const end = local(addBusinessDays(start, n, cal), cal.timeZone);
        let day = local(start, cal.timeZone).startOf('day');
        let counted = 0;
        while (day < end.startOf('day')) {
          day = day.plus({ days: 1 });
          if (isBusinessDay(day, cal.country)) counted++;
        }
        expect(counted).toBe(n);
      }),
      { numRuns: 200 },
    );
  });

  it('finds when two business days are left before a deadline', () => {
    const deadline = addBusinessDays(new Date('2026-04-23T10:00:00+02:00'), 5, CALENDARS[0]!);
    expect(local(startOfLastBusinessDays(deadline, 2, CALENDARS[0]!), 'Europe/Amsterdam').toISO()).toBe('2026-04-30T00:00:00.000+02:00');
    // Over a weekend: a Tuesday deadline's last two business days start on Monday.
    const tuesday = new Date('2026-06-09T21:59:59.999Z');
    expect(local(startOfLastBusinessDays(tuesday, 2, CALENDARS[0]!), 'Europe/Amsterdam').toISODate()).toBe('2026-06-08');
  });

  it('refuses a negative count and an unknown zone', () => {
    expect(() => addBusinessDays(new Date(), -1, CALENDARS[0]!)).toThrow(RangeError);
    expect(() => addBusinessDays(new Date(), 1, { country: 'NL', timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});
