import { describe, expect, it } from 'vitest';
import { ActorCache } from './actor-cache';

const make = (ttl = 1000, max = 3) => {
  let real = 0;
  const cache = new ActorCache<{ id: string }>(ttl, max, () => real);
  return { cache, advance: (ms: number) => (real += ms) };
};

describe('ActorCache', () => {
  it('answers nothing and keeps nothing until it is enabled', () => {
    const { cache } = make();
    cache.set('a', { id: 'a' }, { nowMs: 0, validUntilMs: 10_000, mark: cache.mark() });
    expect(cache.get('a', 1)).toBeUndefined();
    cache.setEnabled(true);
    cache.set('a', { id: 'a' }, { nowMs: 0, validUntilMs: 10_000, mark: cache.mark() });
    expect(cache.get('a', 1)).toEqual({ id: 'a' });
  });

  it('ends an entry at its own expiry, after the TTL, and when the clock goes back', () => {
    const { cache, advance } = make(1000);
    cache.setEnabled(true);
    cache.set('a', { id: 'a' }, { nowMs: 100, validUntilMs: 500, mark: cache.mark() });
    expect(cache.get('a', 499)).toBeDefined();
    expect(cache.get('a', 500)).toBeUndefined();
    cache.set('b', { id: 'b' }, { nowMs: 100, validUntilMs: 1e12, mark: cache.mark() });
    expect(cache.get('b', 99)).toBeUndefined();
    cache.set('b', { id: 'b' }, { nowMs: 100, validUntilMs: 1e12, mark: cache.mark() });
    advance(999);
    expect(cache.get('b', 100)).toBeDefined();
    advance(1);
    expect(cache.get('b', 100)).toBeUndefined();
  });

  it('drops a lookup that raced a clear, and everything on clear or when disabled', () => {
    const { cache } = make();
    cache.setEnabled(true);
    const mark = cache.mark();
    cache.clear();
    cache.set('a', { id: 'stale' }, { nowMs: 0, validUntilMs: 1e12, mark });
    expect(cache.get('a', 1)).toBeUndefined();
    cache.set('a', { id: 'a' }, { nowMs: 0, validUntilMs: 1e12, mark: cache.mark() });
    cache.clear();
    expect(cache.get('a', 1)).toBeUndefined();
    cache.set('a', { id: 'a' }, { nowMs: 0, validUntilMs: 1e12, mark: cache.mark() });
    cache.setEnabled(false);
    expect(cache.size).toBe(0);
    expect(cache.get('a', 1)).toBeUndefined();
  });

  it('keeps at most `max` callers, forgetting the oldest first', () => {
    const { cache } = make(1000, 2);
    cache.setEnabled(true);
    for (const k of ['a', 'b', 'c']) cache.set(k, { id: k }, { nowMs: 0, validUntilMs: 1e12, mark: cache.mark() });
    expect(cache.size).toBe(2);
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.get('c', 1)).toEqual({ id: 'c' });
  });
});
