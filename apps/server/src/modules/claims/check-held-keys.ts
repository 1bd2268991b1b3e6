import type { ErrorDetail, ReasonCode } from '@associa/contracts';
import type { ResolvedLine } from './check-claim-lines';
import type { HeldKey } from './claim-facts';
import type { ProgramInfo } from './claim-rules';

/**
 * The caller may not claim a key it already holds (an ACTIVE claim: its association) or already
 * targets with another open claim. Keys: (program, tenant, workload) or (program, subscription).
 * `held` are the caller's keys on the tenant (a superset: matched here).
 */
export function checkHeldKeys({
  tenantId,
  programs,
  lines,
  held,
  message,
}: {
  tenantId: string | null;
  programs: ProgramInfo[];
  lines: ResolvedLine[];
  held: HeldKey[];
  message: (code: ReasonCode, extra?: string) => string;
}): ErrorDetail[] {
  if (!tenantId || !programs.length || !lines.length) return [];
  const problems: ErrorDetail[] = [];
  for (const [i, line] of lines.entries()) {
    for (const program of programs) {
      const matches = held.filter(
        (h) =>
          h.program === program.code &&
          (program.exclusivityUnit === 'WORKLOAD' ? h.productCode === line.productCode : line.subscriptionId !== null && h.subscriptionId === line.subscriptionId),
      );
      if (!matches.length) continue;
      const code: ReasonCode = matches.some((m) => m.active) ? 'ALREADY_ASSOCIATED_WITH_YOU' : 'DUPLICATE_OPEN_CLAIM';
      problems.push({ path: `lines.${i}`, code, message: message(code, `(${program.code}, ${line.productCode})`) });
      break;
    }
  }
  return problems;
}
