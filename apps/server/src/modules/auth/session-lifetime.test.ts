import { describe, expect, it } from 'vitest';
import { sessionExpiry } from './session-lifetime';

const DAY = 86_400_000;

describe('session lifetime', () => {
  it('slides seven days from the last use', () => {
    const created = new Date('2026-01-01T00:00:00Z');
    const used = new Date('2026-01-05T12:00:00Z');
    expect(sessionExpiry(created, used).toISOString()).toBe('2026-01-12T12:00:00.000Z');
  });

  it('never outlives thirty days from sign-in', () => {
    const created = new Date('2026-01-01T00:00:00Z');
    const used = new Date(created.getTime() + 28 * DAY);
    expect(sessionExpiry(created, used).getTime()).toBe(created.getTime() + 30 * DAY);
  });
});
