import { describe, expect, it } from 'vitest';
import { formatClosingTime } from './format-closing-time';

describe('formatClosingTime', () => {
  it('shows the moment in the customer’s zone and names that zone', () => {
    const text = formatClosingTime('2026-03-06T22:59:00.000Z', 'Europe/Amsterdam', 'en');
    expect(text).toContain('23:59');
    expect(text).toContain('March');
    expect(text).toContain('Friday');
    expect(text.endsWith('(Europe/Amsterdam)')).toBe(true);
  });

  it('moves to another day when the zone is far from UTC', () => {
    const text = formatClosingTime('2026-03-06T22:59:00.000Z', 'Asia/Tokyo', 'nl');
    expect(text).toContain('zaterdag');
    expect(text).toContain('07:59');
    expect(text.endsWith('(Asia/Tokyo)')).toBe(true);
  });

  it('falls back to UTC for a zone the browser does not know', () => {
    expect(formatClosingTime('2026-03-06T22:59:00.000Z', 'Mars/Olympus', 'en')).toMatch(/22:59.*\(UTC\)$/);
  });
});
