import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addBusinessDays } from '../../src/lib/business-days';
import { demoTenant } from '../helpers/claim-fixtures';
import { seedConsentWindows, seedPartners } from '../helpers/seed-consent-windows';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { AMSTERDAM, nextWeekday } from '../helpers/test-epoch';

let t: TestApp;
const START = nextWeekday('tuesday');
// Every window is still open when its customer confirms.
const CLOSES = addBusinessDays(START, 5, AMSTERDAM);
beforeAll(async () => {
  t = await createTestApp({ now: START });
});
afterAll(async () => {
  await t.close();
});



/** 50 partners' claims on one key, each customer confirming at the same moment. */
async function race(prefix: string, tenantDomain: string) {
  const partners = await seedPartners(t.db, { count: 50, prefix });
  const tenant = (await demoTenant(t.db, tenantDomain)).tenantId;
  const windows = await seedConsentWindows(t.db, { partners, count: 50, closesAt: CLOSES, sameTenant: tenant, prefix });
  const answers = await Promise.all(windows.map((w) => t.anonymous.request('POST', `/api/v1/consent/${w.token}/confirm`, {})));
  const ids = windows.map((w) => w.claimId);
  const associations = await t.db.selectFrom('associations').select(['claim_id', 'status', 'end_reason']).where('claim_id', 'in', ids).execute();
  const claims = await t.db.selectFrom('claims').select(['id', 'status', 'rejection_reason']).where('id', 'in', ids).execute();
  return { answers, associations, claims };
}

describe('fifty partners activating on one key at once', () => {
  it('REVIEWER_DECIDES: every activation takes its turn; exactly one holds the key, the rest were SUPERSEDED', async () => {
    const { answers, associations, claims } = await race('Race RD', 'contoso.nl');
    expect(answers.map((a) => a.status).filter((s) => s >= 500)).toEqual([]);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(associations).toHaveLength(50);
    expect(associations.filter((a) => a.status === 'ACTIVE')).toHaveLength(1);
    expect(associations.filter((a) => a.status === 'ENDED').every((a) => a.end_reason === 'SUPERSEDED')).toBe(true);
    expect(claims.filter((c) => c.status === 'ACTIVE')).toHaveLength(1);
    expect(claims.filter((c) => c.status === 'ENDED')).toHaveLength(49);
  });

  it('FIRST_VALID_WINS: the first activation wins and every other claim is rejected LOST_CONFLICT, with a clear 409 to its customer', async () => {
    await t.db.updateTable('programs').set({ conflict_rule: 'FIRST_VALID_WINS' }).where('code', '=', 'OSU_M365').execute();
    try {
      const { answers, associations, claims } = await race('Race FV', 'adatum.de');
      expect(answers.map((a) => a.status).filter((s) => s >= 500)).toEqual([]);
      expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
      expect(answers.filter((a) => a.status === 409).map((a) => a.body.error.code)).toEqual(Array(49).fill('CONSENT_ALREADY_ANSWERED'));
      expect(associations).toEqual([expect.objectContaining({ status: 'ACTIVE' })]);
      expect(claims.filter((c) => c.status === 'REJECTED' && c.rejection_reason === 'LOST_CONFLICT')).toHaveLength(49);
    } finally {
      await t.db.updateTable('programs').set({ conflict_rule: 'REVIEWER_DECIDES' }).where('code', '=', 'OSU_M365').execute();
    }
  });

  it('the database itself refuses a second active holder of a key', async () => {
    const row = await t.db.selectFrom('associations').selectAll().where('status', '=', 'ACTIVE').executeTakeFirstOrThrow();
    const { id: _id, ...copy } = row;
    const other = await t.db.selectFrom('claim_lines').select(['id', 'claim_id']).where('claim_id', '!=', row.claim_id).executeTakeFirstOrThrow();
    await expect(t.db.insertInto('associations').values({ ...copy, claim_id: other.claim_id, claim_line_id: other.id } as never).execute()).rejects.toThrow(/associations_one_active_per_key/);
  });
});
