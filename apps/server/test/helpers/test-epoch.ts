import { DateTime } from 'luxon';

/**
 * Where the suite's clock starts: `ASSOCIA_TEST_EPOCH` (CI rehearses a date years ahead, around a
 * DST change) or the real now. Never in the past: the job queue runs by the database's real clock,
 * so a timer the app queues for a fixture's "later" must still lie ahead of it.
 */
export const TEST_EPOCH: Date = readEpoch(process.env.ASSOCIA_TEST_EPOCH);

function readEpoch(value: string | undefined): Date {
  if (!value) return new Date();
  const epoch = new Date(value);
  if (Number.isNaN(epoch.getTime())) throw new Error(`ASSOCIA_TEST_EPOCH is not an ISO instant: ${value}`);
  if (epoch.getTime() < Date.now()) throw new Error(`ASSOCIA_TEST_EPOCH ${value} is in the past: queued timers would run at once`);
  return epoch;
}

const WEEKDAYS = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 } as const;

/**
 * The first such weekday at least one full day after `from`, at `time` (HH:mm) in `zone`: a
 * fixture's "Tuesday morning" that is always ahead of the real clock.
 */
export function nextWeekday(
  weekday: keyof typeof WEEKDAYS,
  { time = '10:00', zone = 'Europe/Amsterdam', from = TEST_EPOCH }: { time?: string; zone?: string; from?: Date } = {},
): Date {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  let day = DateTime.fromJSDate(from, { zone }).plus({ days: 2 }).startOf('day');
  while (day.weekday !== WEEKDAYS[weekday]) day = day.plus({ days: 1 });
  return day.set({ hour, minute }).toJSDate();
}

/** The UTC calendar date (YYYY-MM-DD) of an instant, as date filters and date columns take it. */
export const isoDay = (at: Date): string => at.toISOString().slice(0, 10);

/** `at` moved by a number of days, hours, minutes or milliseconds. */
export const shift = (at: Date, by: { days?: number; hours?: number; minutes?: number; ms?: number }): Date =>
  new Date(at.getTime() + (by.days ?? 0) * 86_400_000 + (by.hours ?? 0) * 3_600_000 + (by.minutes ?? 0) * 60_000 + (by.ms ?? 0));

/** The local calendar date of an instant written out as Dutch mail shows it ("maandag 14 december 2026"). */
export const dutchDate = (at: Date, zone: string): string => DateTime.fromJSDate(at, { zone }).setLocale('nl').toFormat('cccc d LLLL yyyy');

/** The Dutch business calendar of the demo tenant most fixtures claim (Contoso Nederland). */
export const AMSTERDAM = { country: 'NL', timeZone: 'Europe/Amsterdam' } as const;
