/**
 * Whether a database error is PostgreSQL's unique violation (23505) of the named constraint or
 * index: the one race-proof answer to "is this name taken?", checked after the insert tries.
 */
export function isUniqueViolation(err: unknown, constraint: string): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { code, constraint: violated } = err as { code?: unknown; constraint?: unknown };
  return code === '23505' && violated === constraint;
}
