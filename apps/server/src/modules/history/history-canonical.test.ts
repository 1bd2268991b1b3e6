import { describe, expect, it } from 'vitest';
import { canonicalHistoryText, historyHash, jsonbText, parseJsonKeepingNumbers } from './history-canonical';

describe('jsonbText', () => {
  it('writes objects and arrays as PostgreSQL prints jsonb: ", " and ": ", keys by byte length then bytes', () => {
    expect(jsonbText({ bb: 1, a: [true, null, 'x'], ab: {} })).toBe('{"a": [true, null, "x"], "ab": {}, "bb": 1}');
    // "é" is two bytes in UTF-8: as long as "ab", and after it byte-wise.
    expect(jsonbText({ é: 1, ab: 2, z: 3 })).toBe('{"z": 3, "ab": 2, "é": 1}');
    expect(jsonbText([])).toBe('[]');
  });

  it('escapes like escape_json: short escapes, other control characters as \\u00xx, everything else verbatim', () => {
    expect(jsonbText('a"b\\c\n\t\r\b\f\u0001\u001f/€😀\u2028')).toBe('"a\\"b\\\\c\\n\\t\\r\\b\\f\\u0001\\u001f/€😀\u2028"');
  });

  it('keeps a number as written in the export, and writes a JS number without an exponent', () => {
    expect(jsonbText(parseJsonKeepingNumbers('{"n": 1.50, "m": [-0.000]}'))).toBe('{"m": [-0.000], "n": 1.50}');
    expect(jsonbText([1e21, 1.5e-7, -2.5e22, 42, -0])).toBe('[1000000000000000000000, 0.00000015, -25000000000000000000000, 42, 0]');
  });
});

describe('historyHash', () => {
  const record = {
    eventId: '7',
    claimId: '0b8f3f7e-2c1a-4d6b-9e0f-5a4b3c2d1e0f',
    seq: 1,
    occurredAt: '2026-03-03T09:15:00.123456Z',
    actorType: 'USER' as const,
    actorUserId: null,
    actorName: 'Nina',
    type: 'CLAIM_CREATED',
    data: { type: 'CLAIM_CREATED' },
    prevHash: null,
    hash: '',
  };

  it('hashes the canonical array of the record\'s fields', () => {
    expect(canonicalHistoryText(record)).toBe('["7", "0b8f3f7e-2c1a-4d6b-9e0f-5a4b3c2d1e0f", 1, "2026-03-03T09:15:00.123456Z", "USER", null, "Nina", "CLAIM_CREATED", {"type": "CLAIM_CREATED"}, null]');
    expect(historyHash(record)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with any field', () => {
    const base = historyHash(record);
    expect(historyHash({ ...record, actorName: 'Nino' })).not.toBe(base);
    expect(historyHash({ ...record, occurredAt: '2026-03-03T09:15:00.123457Z' })).not.toBe(base);
    expect(historyHash({ ...record, seq: 2, prevHash: 'a'.repeat(64) })).not.toBe(base);
  });
});
