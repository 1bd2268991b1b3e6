import { createRequire } from 'node:module';
import type HolidaysType from 'date-holidays';
import { DateTime } from 'luxon';

const require = createRequire(import.meta.url);
let Holidays: typeof HolidaysType | null = null;
// date-holidays holds every country's rules (~8 MB of heap): loaded on the first deadline, not at
// start, so a process that never counts business days never carries it (issue 15). Synchronous, as its callers are.
const holidays = (country: string) => new (Holidays ??= require('date-holidays') as typeof HolidaysType)(country);

/** Where business days are counted: the customer's country (holidays) and IANA time zone (midnight). */
export type BusinessCalendar = { country: string; timeZone: string };

// Public holidays and bank holidays (offices closed, e.g. Brazil's Carnival) are not business days;
// optional days and observances are.
const CLOSED_TYPES = new Set(['public', 'bank']);
const cache = new Map<string, Set<string>>();

/** The country's closed days in one year, as local 'YYYY-MM-DD' dates; computed once per country and year. */
function closedDays(country: string, year: number): Set<string> {
  const key = `${country}:${year}`;
  let days = cache.get(key);
  if (!days) {
    const hd = holidays(country);
    days = new Set((hd.getHolidays(year) || []).filter((h) => CLOSED_TYPES.has(h.type)).map((h) => h.date.slice(0, 10)));
    cache.set(key, days);
  }
  return days;
}

// Days are counted on plain calendar dates (held as UTC midnights, where stepping a day needs no
// time-zone lookup); the zone is consulted only to find the start's local date and the end's instant.
function localDate(instant: Date, timeZone: string): DateTime {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  if (!local.isValid) throw new RangeError(`unknown time zone ${timeZone}`);
  return DateTime.utc(local.year, local.month, local.day);
}

function inZone(date: DateTime, timeZone: string): DateTime {
  return DateTime.fromObject({ year: date.year, month: date.month, day: date.day }, { zone: timeZone });
}

/** Whether a local calendar date is a business day: not Saturday or Sunday, not a closed holiday. */
export function isBusinessDay(local: DateTime, country: string): boolean {
  if (local.weekday >= 6) return false;
  return !closedDays(country, local.year).has(local.toISODate()!);
}

/**
 * The instant the n-th business day after `start` ends (23:59:59.999 local time in the calendar's
 * zone). Day 1 is the first business day after the start's local date; n = 0 is the end of that date.
 */
export function addBusinessDays(start: Date, n: number, calendar: BusinessCalendar): Date {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`business days must be a whole number >= 0, got ${n}`);
  let day = localDate(start, calendar.timeZone);
  let left = n;
  while (left > 0) {
    day = day.plus({ days: 1 });
    if (isBusinessDay(day, calendar.country)) left--;
  }
  return inZone(day, calendar.timeZone).endOf('day').toJSDate();
}

/** The instant `days` calendar days after `start` (for the dispute window and expiry notices). */
export function addCalendarDays(start: Date, days: number): Date {
  return DateTime.fromJSDate(start, { zone: 'utc' }).plus({ days }).toJSDate();
}

/**
 * The start (00:00 local) of the day from which exactly `n` business days remain until `deadline`,
 * the deadline's own day included: when a "two business days left" reminder is due.
 */
export function startOfLastBusinessDays(deadline: Date, n: number, calendar: BusinessCalendar): Date {
  let day = localDate(deadline, calendar.timeZone);
  let counted = isBusinessDay(day, calendar.country) ? 1 : 0;
  while (counted < n) {
    day = day.minus({ days: 1 });
    if (isBusinessDay(day, calendar.country)) counted++;
  }
  return inZone(day, calendar.timeZone).toJSDate();
}
