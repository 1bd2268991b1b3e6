/** Query keys in one place, so invalidation after a mutation can't miss a spelling. */
export const queryKeys = {
  me: ['me'] as const,
  catalog: ['catalog'] as const,
  locations: ['locations'] as const,
  tenants: (q: string) => ['tenants', q] as const,
  tokens: ['tokens'] as const,
  claims: ['claims'] as const,
  claimList: (query: Record<string, string | undefined>) => ['claims', 'list', query] as const,
  claim: (id: string) => ['claims', 'one', id] as const,
  claimHistory: (id: string) => ['claims', 'history', id] as const,
  claimValidation: (id: string) => ['claims', 'validation', id] as const,
  claimRevisions: (id: string) => ['claims', 'revisions', id] as const,
  reviewQueue: (query: Record<string, string | undefined>) => ['claims', 'review-queue', query] as const,
  outbox: (query: Record<string, string | undefined>) => ['outbox', query] as const,
  subscriptionCandidates: (body: unknown) => ['claims', 'candidates', body] as const,
};
