import type { HistoryRecord } from '@associa/contracts';
import { historyHash } from './history-canonical';

/** Why a link of the chain is broken. */
export type HistoryBreakKind = 'HASH_MISMATCH' | 'FIRST_HAS_PREVIOUS' | 'MISSING_EVENTS' | 'OUT_OF_ORDER' | 'PREVIOUS_HASH_MISMATCH' | 'INCOMPLETE_START';

/** The first broken link: where (file line, claim, event) and what differs. */
export type HistoryBreak = { line: number; claimId: string; seq: number; eventId: string; kind: HistoryBreakKind; message: string };

/** What a verification found: the counts, the claims whose export starts mid-history, and the first break if any. */
export type HistoryVerification = {
  events: number;
  claims: number;
  /** Claims whose first event in the file is not their first (a `from` filter): that first link could not be checked. */
  partialClaims: { claimId: string; firstSeq: number }[];
  broken: HistoryBreak | null;
};

/** One record with the line of the file it came from. */
export type NumberedRecord = { line: number; record: HistoryRecord };

/**
 * Checks a history export one record at a time (any order of claims, each claim's events in order):
 * each event's hash is recomputed from its content, and each event must name the previous one's hash
 * and follow it by one. Stops at the first break. `requireComplete` also refuses a claim that starts after seq 1.
 */
export function createHistoryVerifier({ requireComplete = false } = {}) {
  const heads = new Map<string, { seq: number; hash: string }>();
  const partialClaims: HistoryVerification['partialClaims'] = [];
  let events = 0;
  let broken: HistoryBreak | null = null;

  const check = ({ line, record: r }: NumberedRecord): HistoryBreak | null => {
    const at = (kind: HistoryBreakKind, message: string): HistoryBreak => ({ line, claimId: r.claimId, seq: r.seq, eventId: r.eventId, kind, message });
    const computed = historyHash(r);
    if (computed !== r.hash) return at('HASH_MISMATCH', `its content does not match its hash (computed ${computed}, the file says ${r.hash}): its data, actor, time or ids were changed`);
    const head = heads.get(r.claimId);
    if (!head) {
      if (r.seq === 1 && r.prevHash !== null) return at('FIRST_HAS_PREVIOUS', `the claim's first event names a previous hash (${r.prevHash})`);
      if (r.seq > 1) {
        if (requireComplete) return at('INCOMPLETE_START', `the claim's history starts at seq ${r.seq}: events 1 to ${r.seq - 1} are not in the file`);
        partialClaims.push({ claimId: r.claimId, firstSeq: r.seq });
      }
    } else {
      if (r.seq > head.seq + 1) {
        const missing = r.seq === head.seq + 2 ? `seq ${head.seq + 1} is` : `seq ${head.seq + 1} to ${r.seq - 1} are`;
        return at('MISSING_EVENTS', `it follows seq ${head.seq}: ${missing} missing (its previous hash ${r.prevHash} is not seq ${head.seq}'s ${head.hash})`);
      }
      if (r.seq <= head.seq) return at('OUT_OF_ORDER', `it comes after seq ${head.seq} of the same claim: repeated or out of order`);
      if (r.prevHash !== head.hash) return at('PREVIOUS_HASH_MISMATCH', `its previous hash ${r.prevHash} is not the hash of seq ${head.seq} (${head.hash}): the previous event was changed or replaced`);
    }
    heads.set(r.claimId, { seq: r.seq, hash: r.hash });
    return null;
  };

  return {
    /** Checks the next record; answers the break (and keeps it) when the chain breaks here. */
    add(numbered: NumberedRecord): HistoryBreak | null {
      if (broken) return broken;
      events += 1;
      broken = check(numbered);
      return broken;
    },
    /** The outcome so far. */
    result(): HistoryVerification {
      return { events, claims: heads.size + (broken && !heads.has(broken.claimId) ? 1 : 0), partialClaims, broken };
    },
  };
}

/** Verifies a whole list of records at once (tests, small files). */
export function verifyHistory(records: Iterable<NumberedRecord>, options: { requireComplete?: boolean } = {}): HistoryVerification {
  const verifier = createHistoryVerifier(options);
  for (const r of records) if (verifier.add(r)) break;
  return verifier.result();
}
