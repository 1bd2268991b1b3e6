/** The `details` of an audit entry about a change: only the fields that changed, as they were and are. */
export type FieldChanges<T> = { before: Partial<T>; after: Partial<T> };

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Compares a stored object with a requested change (undefined = not sent) before an update, so
 * the update and its audit entry carry the same fields; null when nothing would change. Arrays
 * compare by their order: sort sets before calling. A creation's details are `{ after }` alone.
 */
export function changedFields<T extends Record<string, unknown>>(before: T, requested: NoInfer<Partial<T>>): FieldChanges<T> | null {
  const changes: FieldChanges<T> = { before: {}, after: {} };
  for (const key of Object.keys(requested) as (keyof T & string)[]) {
    const next = requested[key];
    if (next === undefined || same(before[key], next)) continue;
    changes.before[key] = before[key];
    changes.after[key] = next;
  }
  return Object.keys(changes.after).length ? changes : null;
}
