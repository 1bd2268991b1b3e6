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

// Days are counted on plain calendar dates, held as the milliseconds of their UTC midnight (stepping a
// day is adding DAY_MS, with no time-zone or date-library work); the zone is consulted only to find
// the start's local date and the end's instant.
const DAY_MS = 86_400_000;

function localDate(instant: Date, timeZone: string): number {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  if (!local.isValid) throw new RangeError(`unknown time zone ${timeZone}`);
  return Date.UTC(local.year, local.month - 1, local.day);
}

// A date's start or end instant in a zone, remembered: a day's deadlines all end at the same instant,
// and luxon's zone arithmetic is most of a deadline's cost (issue 15).
const dayBounds = new Map<string, number>();
function inZone(date: number, timeZone: string, bound: 'start' | 'end'): Date {
  const key = `${timeZone} ${date} ${bound}`;
  let ms = dayBounds.get(key);
  if (ms === undefined) {
    const d = new Date(date);
    const day = DateTime.fromObject({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }, { zone: timeZone });
    ms = (bound === 'end' ? day.endOf('day') : day).toMillis();
    if (dayBounds.size >= 4096) dayBounds.clear();
    dayBounds.set(key, ms);
  }
  return new Date(ms);
}

function isBusinessDate(date: number, country: string): boolean {
  const d = new Date(date);
  const weekday = d.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !closedDays(country, d.getUTCFullYear()).has(d.toISOString().slice(0, 10));
}

/** Whether a local calendar date is a business day: not Saturday or Sunday, not a closed holiday. */
export function isBusinessDay(local: DateTime, country: string): boolean {
  return isBusinessDate(Date.UTC(local.year, local.month - 1, local.day), country);
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
    day += DAY_MS;
    if (isBusinessDate(day, calendar.country)) left--;
  }
  return inZone(day, calendar.timeZone, 'end');
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
  let counted = isBusinessDate(day, calendar.country) ? 1 : 0;
  while (counted < n) {
    day -= DAY_MS;
    if (isBusinessDate(day, calendar.country)) counted++;
  }
  return inZone(day, calendar.timeZone, 'start');
}
