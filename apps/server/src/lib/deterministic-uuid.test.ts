import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { deterministicUuid } from './deterministic-uuid';

describe('deterministic UUIDs', () => {
  it('gives the same valid UUID for the same name and different ones for different names', () => {
    const a = deterministicUuid('tenant:contoso.nl');
    expect(deterministicUuid('tenant:contoso.nl')).toBe(a);
    expect(deterministicUuid('tenant:contoso.com')).not.toBe(a);
    expect(z.uuid().safeParse(a).success).toBe(true);
  });
});
