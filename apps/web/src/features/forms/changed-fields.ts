const same = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? [...a].sort().join('\u0000') === [...b].sort().join('\u0000') : a === b;

/** What an edit form changed, as a PATCH body: only the fields whose value differs (lists in any order are the same list). */
export function changedFields<T extends Record<string, unknown>>(initial: T, next: T): Partial<T> {
  return Object.fromEntries(Object.entries(next).filter(([key, value]) => !same(initial[key], value))) as Partial<T>;
}
