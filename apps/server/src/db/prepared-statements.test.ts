import { describe, expect, it } from 'vitest';
import { isStalePlanError, StatementNames } from './prepared-statements';

describe('StatementNames', () => {
  it('names a text from its second run on, always with the same name', () => {
    const names = new StatementNames();
    expect(names.nameFor('select $1')).toBeUndefined();
    const name = names.nameFor('select $1');
    expect(name).toMatch(/^associa_0_\d+$/);
    expect(names.nameFor('select $1')).toBe(name);
    expect(names.nameFor('select $1 + 1')).toBeUndefined();
    expect(names.nameFor('select $1 + 1')).not.toBe(name);
  });

  it('stops naming new texts at its limit and keeps the names it gave', () => {
    const names = new StatementNames(2);
    for (const t of ['a $1', 'b $1', 'c $1']) {
      names.nameFor(t);
      names.nameFor(t);
    }
    expect(names.size).toBe(2);
    expect(names.nameFor('a $1')).toBeDefined();
    expect(names.nameFor('c $1')).toBeUndefined();
  });

  it('gives new names for everything after forget, so no stale statement is reused', () => {
    const names = new StatementNames();
    names.nameFor('select $1');
    const before = names.nameFor('select $1');
    names.forget();
    expect(names.size).toBe(0);
    expect(names.nameFor('select $1')).toBeUndefined();
    const after = names.nameFor('select $1');
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
  });

  it('recognises only the stale-plan error', () => {
    expect(isStalePlanError(Object.assign(new Error('cached plan must not change result type'), { code: '0A000' }))).toBe(true);
    expect(isStalePlanError(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isStalePlanError(null)).toBe(false);
  });
});
