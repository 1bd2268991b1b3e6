import type { ErrorDetail, ReasonCode } from '@associa/contracts';
import type { SubscriptionFacts } from './claim-facts';
import type { RuleProduct } from './claim-rules';

/** A line after the checks: its subscription as given or as picked. */
export type ResolvedLine = { productCode: string; subscriptionId: string | null; chosen: 'PARTNER' | 'AUTOMATIC' | null };

const LIVE_STATES = ['ACTIVE', 'GRACE'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks each product against the solution area and, when a program is per subscription, finds or
 * checks its subscription: picked when the tenant has exactly one live one, asked for when several.
 * `subscriptions` are the tenant's subscriptions to the lines' products, in id order.
 */
export function checkClaimLines({
  subscriptions: subs,
  product: findProduct,
  lines,
  solutionArea,
  tenantId,
  needsSubscription,
  message,
}: {
  subscriptions: SubscriptionFacts[];
  product: (code: string) => RuleProduct | undefined;
  lines: { productCode: string; subscriptionId?: string }[];
  solutionArea: string | undefined;
  tenantId: string | null;
  needsSubscription: boolean;
  message: (code: ReasonCode, extra?: string) => string;
}): { problems: ErrorDetail[]; resolved: ResolvedLine[] } {
  const problems: ErrorDetail[] = [];
  const resolved: ResolvedLine[] = [];
  for (const [i, line] of lines.entries()) {
    const path = `lines.${i}`;
    const product = findProduct(line.productCode);
    if (!product) {
      problems.push({ path: `${path}.productCode`, code: 'PRODUCT_UNKNOWN', message: `${line.productCode} is not a product in the catalogue.` });
      continue;
    }
    if (solutionArea && product.solutionArea !== solutionArea) {
      problems.push({ path: `${path}.productCode`, code: 'PRODUCT_NOT_IN_SOLUTION_AREA', message: message('PRODUCT_NOT_IN_SOLUTION_AREA', `(${product.name})`) });
      continue;
    }
    if (!tenantId) {
      resolved.push({ productCode: line.productCode, subscriptionId: line.subscriptionId ?? null, chosen: line.subscriptionId ? 'PARTNER' : null });
      continue;
    }
    const ofProduct = subs.filter((s) => s.productCode === line.productCode);
    if (line.subscriptionId) {
      const sub = GUID.test(line.subscriptionId) ? ofProduct.find((s) => s.id === line.subscriptionId!.toLowerCase()) : undefined;
      const problem = !sub
        ? 'SUBSCRIPTION_NOT_IN_TENANT'
        : sub.channel === 'CSP'
          ? 'SUBSCRIPTION_CSP'
          : !LIVE_STATES.includes(sub.state)
            ? 'SUBSCRIPTION_INACTIVE'
            : null;
      if (problem) problems.push({ path: `${path}.subscriptionId`, code: problem, message: message(problem, `(${product.name})`) });
      resolved.push({ productCode: line.productCode, subscriptionId: sub?.id ?? line.subscriptionId, chosen: 'PARTNER' });
      continue;
    }
    if (!needsSubscription) {
      resolved.push({ productCode: line.productCode, subscriptionId: null, chosen: null });
      continue;
    }
    const candidates = ofProduct.filter((s) => s.channel !== 'CSP' && LIVE_STATES.includes(s.state));
    if (candidates.length === 1) {
      resolved.push({ productCode: line.productCode, subscriptionId: candidates[0]!.id, chosen: 'AUTOMATIC' });
      continue;
    }
    const problem: ReasonCode =
      candidates.length > 1
        ? 'SUBSCRIPTION_REQUIRED'
        : ofProduct.some((s) => s.channel === 'CSP' && LIVE_STATES.includes(s.state))
          ? 'SUBSCRIPTION_CSP'
          : ofProduct.length
            ? 'SUBSCRIPTION_INACTIVE'
            : 'SUBSCRIPTION_NOT_IN_TENANT';
    const extra = problem === 'SUBSCRIPTION_REQUIRED' ? `Candidates: ${candidates.map((c) => c.id).join(', ')}.` : `(${product.name})`;
    problems.push({
      path: `${path}.subscriptionId`,
      code: problem,
      message: message(problem, extra),
      ...(problem === 'SUBSCRIPTION_REQUIRED'
        ? { candidates: candidates.map((c) => ({ id: c.id, channel: c.channel, state: c.state, startDate: c.startDate, endDate: c.endDate })) }
        : {}),
    });
    resolved.push({ productCode: line.productCode, subscriptionId: null, chosen: null });
  }
  return { problems, resolved };
}
