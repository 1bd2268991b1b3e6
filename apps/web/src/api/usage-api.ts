import { Limits, ListUsageAccessResponseSchema, UsageDashboardSchema, UsageGrowthListSchema, UsagePageSchema, type ListUsageAccessResponse, type UsageDashboard, type UsageGrowthList, type UsagePage } from '@associa/contracts';
import { apiRequest, apiUrl } from './http-client';

/** Usage filters as query parameters, shared by the lists and their CSV exports. */
export type UsageParams = Record<string, string | undefined>;

/** Each readable active association with its active users at the start and in the latest month (the read is logged). */
export function findUsageGrowth(params: UsageParams, signal?: AbortSignal): Promise<UsageGrowthList> {
  return apiRequest('/usage/growth', { query: params, schema: UsageGrowthListSchema, signal });
}

/** Where the CSV of the filtered usage rows downloads from (`GET /usage?format=csv`). */
export function usageExportUrl(params: UsageParams): string {
  return apiUrl('/usage', { ...params, format: 'csv' });
}

/** The months one association gives access to, as many as one page holds (a few years of months). */
export function findAssociationUsage(id: string, signal?: AbortSignal): Promise<UsagePage> {
  return apiRequest(`/associations/${encodeURIComponent(id)}/usage`, { query: { limit: String(Limits.maxPageSize) }, schema: UsagePageSchema, signal });
}

/** One page of who read which usage (vendor staff: all; partner admins: their own organisation). */
export function findUsageAccess(params: UsageParams, signal?: AbortSignal): Promise<ListUsageAccessResponse> {
  return apiRequest('/usage/access-log', { query: params, schema: ListUsageAccessResponseSchema, signal });
}

/** The vendor's program dashboard for a period of months. */
export function getUsageDashboard(params: UsageParams, signal?: AbortSignal): Promise<UsageDashboard> {
  return apiRequest('/admin/usage-dashboard', { query: params, schema: UsageDashboardSchema, signal });
}

/** Where the dashboard's growth per association downloads from as CSV. */
export function usageDashboardExportUrl(params: UsageParams): string {
  return apiUrl('/admin/usage-dashboard', { ...params, format: 'csv' });
}
