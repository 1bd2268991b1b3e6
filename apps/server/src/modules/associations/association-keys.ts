/** A claim line as the exclusivity rules read it. */
export type KeyLine = { lineId: string; productCode: string; subscriptionId: string | null };
/** A program as the exclusivity rules read it. */
export type KeyProgram = { code: string; exclusivityUnit: 'WORKLOAD' | 'SUBSCRIPTION'; conflictRule: 'REVIEWER_DECIDES' | 'FIRST_VALID_WINS' };
/** One exclusivity key a claim line targets under one program. */
export type AssociationKey = KeyLine & { program: KeyProgram; key: string };

/**
 * The key at most one partner may hold (DESIGN.md section 5): program/tenant/workload for
 * workload-unit programs, program/subscription for the others. Null when a subscription-unit
 * line has no subscription, which the entry checks never let through.
 */
export function exclusivityKey(program: Pick<KeyProgram, 'code' | 'exclusivityUnit'>, tenantId: string, line: Pick<KeyLine, 'productCode' | 'subscriptionId'>): string | null {
  if (program.exclusivityUnit === 'WORKLOAD') return `${program.code}/tenant:${tenantId.toLowerCase()}/${line.productCode}`;
  return line.subscriptionId ? `${program.code}/subscription:${line.subscriptionId.toLowerCase()}` : null;
}

/** Every key a claim targets, one per line and program, sorted so locks are always taken in one order. */
export function claimKeys(tenantId: string, programs: KeyProgram[], lines: KeyLine[]): AssociationKey[] {
  const keys: AssociationKey[] = [];
  for (const program of programs) {
    for (const line of lines) {
      const key = exclusivityKey(program, tenantId, line);
      if (key && !keys.some((k) => k.key === key)) keys.push({ ...line, program, key });
    }
  }
  return keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The key as a person reads it in history and e-mails: program and workload or subscription. */
export function describeKey(k: { program: { code: string } | string; productCode: string; subscriptionId: string | null }): string {
  const code = typeof k.program === 'string' ? k.program : k.program.code;
  return k.subscriptionId ? `${code}/${k.productCode} (${k.subscriptionId})` : `${code}/${k.productCode}`;
}
