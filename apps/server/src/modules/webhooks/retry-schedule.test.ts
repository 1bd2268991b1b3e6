import { describe, expect, it } from 'vitest';
import { hasFailedTooLong, retryDelayMs } from './retry-schedule';

describe('webhook retry schedule', () => {
  it('waits 5 s, 5 min, 30 min, 2 h, 5 h and 10 h after each failure, then gives up', () => {
    const steps = Array.from({ length: 7 }, (_, i) => retryDelayMs(i));
    expect(steps).toEqual([5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, null]);
    // About a day from the first attempt to the last.
    const total = steps.slice(0, 6).reduce((a, b) => a! + b!, 0)!;
    expect(total / 3_600_000).toBeGreaterThan(17);
    expect(total / 3_600_000).toBeLessThan(24);
  });

  it('disables an endpoint after five days of failing, not a minute sooner', () => {
    const since = new Date('2030-03-01T00:00:00Z');
    expect(hasFailedTooLong(since, new Date('2030-03-05T23:59:00Z'))).toBe(false);
    expect(hasFailedTooLong(since, new Date('2030-03-06T00:00:00Z'))).toBe(true);
  });
});
