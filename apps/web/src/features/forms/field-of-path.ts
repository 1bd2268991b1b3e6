/**
 * The form field a problem's path is about, or null for the form as a whole: the server may prefix
 * the body (`body.mpnId`) and point inside a field (`enrolledPrograms.1`).
 */
export function fieldOfPath<F extends string>(path: string, fields: readonly F[]): F | null {
  const [first = ''] = path.replace(/^body\./, '').split('.');
  return fields.find((field) => field === first) ?? null;
}
