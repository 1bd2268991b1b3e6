import { describe, expect, it } from 'vitest';
import { fieldOfPath } from './field-of-path';

const FIELDS = ['mpnId', 'name', 'enrolledPrograms'] as const;

describe('fieldOfPath', () => {
  it('finds the field with or without the body prefix', () => {
    expect(fieldOfPath('mpnId', FIELDS)).toBe('mpnId');
    expect(fieldOfPath('body.name', FIELDS)).toBe('name');
  });

  it('puts a problem inside a list on the list', () => {
    expect(fieldOfPath('enrolledPrograms.1', FIELDS)).toBe('enrolledPrograms');
  });

  it('leaves problems about no field of the form to the form', () => {
    expect(fieldOfPath('', FIELDS)).toBeNull();
    expect(fieldOfPath('country', FIELDS)).toBeNull();
  });
});
