/** Query keys in one place, so invalidation after a mutation can't miss a spelling. */
export const queryKeys = {
  me: ['me'] as const,
  catalog: ['catalog'] as const,
  locations: ['locations'] as const,
  tenants: (q: string) => ['tenants', q] as const,
  tokens: ['tokens'] as const,
};
