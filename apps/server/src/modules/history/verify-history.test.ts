import type { HistoryRecord } from '@associa/contracts';
import { describe, expect, it } from 'vitest';
import { historyHash } from './history-canonical';
import { verifyHistory } from './verify-history';

const CLAIM_A = '11111111-1111-4111-8111-111111111111';
const CLAIM_B = '22222222-2222-4222-8222-222222222222';

/** A correctly chained history of `n` events for one claim. */
function chain(claimId: string, n: number, firstId = 1): HistoryRecord[] {
  const out: HistoryRecord[] = [];
  for (let seq = 1; seq <= n; seq++) {
    const r: HistoryRecord = {
      claimId,
      seq,
      eventId: String(firstId + seq - 1),
      occurredAt: `2026-01-0${seq}T10:00:00.000000Z`,
      actorType: 'SYSTEM',
      actorUserId: null,
      actorName: 'Associa',
      type: 'DRAFT_SAVED',
      data: { type: 'DRAFT_SAVED', fields: [`f${seq}`] },
      prevHash: out.at(-1)?.hash ?? null,
      hash: '',
    };
    out.push({ ...r, hash: historyHash(r) });
  }
  return out;
}
const numbered = (records: HistoryRecord[]) => records.map((record, i) => ({ line: i + 1, record }));

describe('verifyHistory', () => {
  it('accepts intact chains of several claims, interleaved', () => {
    const [a, b] = [chain(CLAIM_A, 4), chain(CLAIM_B, 3, 100)];
    const mixed = [a[0]!, b[0]!, a[1]!, b[1]!, b[2]!, a[2]!, a[3]!];
    expect(verifyHistory(numbered(mixed))).toEqual({ events: 7, claims: 2, partialClaims: [], broken: null });
  });

  it('fails at the event whose data was changed, naming claim, seq, event and line', () => {
    const records = chain(CLAIM_A, 5);
    records[2] = { ...records[2]!, data: { type: 'DRAFT_SAVED', fields: ['tampered'] } };
    const { broken, events } = verifyHistory(numbered(records));
    expect(broken).toMatchObject({ line: 3, claimId: CLAIM_A, seq: 3, eventId: '3', kind: 'HASH_MISMATCH' });
    expect(broken!.message).toContain(records[2]!.hash);
    expect(events).toBe(3);
  });

  it('fails at the next event when one was changed and its hash recomputed', () => {
    const records = chain(CLAIM_A, 4);
    const forged = { ...records[1]!, actorName: 'Mallory' };
    records[1] = { ...forged, hash: historyHash(forged) };
    expect(verifyHistory(numbered(records)).broken).toMatchObject({ seq: 3, kind: 'PREVIOUS_HASH_MISMATCH' });
  });

  it('fails at the event after a deleted one, saying which are missing', () => {
    const records = chain(CLAIM_A, 5);
    records.splice(2, 1);
    const { broken } = verifyHistory(numbered(records));
    expect(broken).toMatchObject({ line: 3, seq: 4, eventId: '4', kind: 'MISSING_EVENTS' });
    expect(broken!.message).toContain('seq 3 is missing');
  });

  it('fails on a repeated or reordered event', () => {
    const records = chain(CLAIM_A, 3);
    expect(verifyHistory(numbered([records[0]!, records[1]!, records[1]!])).broken).toMatchObject({ line: 3, seq: 2, kind: 'OUT_OF_ORDER' });
  });

  it('refuses a first event that names a previous hash', () => {
    const r = { ...chain(CLAIM_A, 1)[0]!, prevHash: 'f'.repeat(64) };
    expect(verifyHistory(numbered([{ ...r, hash: historyHash(r) }])).broken).toMatchObject({ seq: 1, kind: 'FIRST_HAS_PREVIOUS' });
  });

  it('takes a claim that starts mid-history (a from filter) as partial, unless whole histories are required', () => {
    const tail = chain(CLAIM_A, 5).slice(2);
    expect(verifyHistory(numbered(tail))).toEqual({ events: 3, claims: 1, partialClaims: [{ claimId: CLAIM_A, firstSeq: 3 }], broken: null });
    expect(verifyHistory(numbered(tail), { requireComplete: true }).broken).toMatchObject({ seq: 3, kind: 'INCOMPLETE_START' });
  });
});
