import type { UsageGrowth } from '@associa/contracts';
import { describe, expect, it } from 'vitest';
import { filterAndSortGrowth, usageFilters } from './usage-filters';

const row = (id: string, change: number | null, tenantId = 'a'): UsageGrowth => ({
  associationId: id,
  organisation: { id: 'o', name: 'Org' },
  program: 'OSU_M365',
  tenantId,
  tenantName: null,
  productCode: 'MICROSOFT_TEAMS',
  subscriptionId: null,
  startedAt: '2026-01-01T00:00:00.000Z',
  startMonth: '2026-01',
  startActiveUsers: 1,
  latestMonth: '2026-02',
  latestActiveUsers: 1,
  change,
  changePercent: null,
});

describe('usage overview filters', () => {
  it('sorts by growth, largest first unless told, rows without a figure last', () => {
    const rows = [row('1', 3), row('2', null), row('3', 9)];
    expect(filterAndSortGrowth(rows, usageFilters(new URLSearchParams())).map((r) => r.associationId)).toEqual(['3', '1', '2']);
    expect(filterAndSortGrowth(rows, usageFilters(new URLSearchParams('sort=change'))).map((r) => r.associationId)).toEqual(['1', '3', '2']);
  });

  it('keeps the rows of the chosen tenant and drops filters the API would refuse', () => {
    const filters = usageFilters(new URLSearchParams('tenantId=00000000-0000-4000-8000-000000000001&from=2026-13&sort=nonsense'));
    expect(filters).toMatchObject({ from: '', sort: '' });
    expect(filterAndSortGrowth([row('1', 1), row('2', 1, '00000000-0000-4000-8000-000000000001')], filters).map((r) => r.associationId)).toEqual(['2']);
  });
});
