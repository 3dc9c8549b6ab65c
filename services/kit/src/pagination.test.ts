import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageRequest, toConnection } from './pagination.js';

const id = '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b';

describe('cursor pagination', () => {
  it('round-trips a cursor', () => {
    const at = new Date('2026-01-02T03:04:05.678Z');
    expect(decodeCursor(encodeCursor({ at, id }))).toEqual({ at, id });
  });

  it.each(['', 'abc', Buffer.from('[1,2,3]').toString('base64url'), Buffer.from('["x","not-uuid"]').toString('base64url')])(
    'refuses a forged cursor %j',
    (raw) => {
      expect(() => decodeCursor(raw || 'e30')).toThrow(/cursor/);
    },
  );

  it('defaults to 20 and refuses sizes outside 1..100', () => {
    expect(pageRequest(undefined, undefined)).toEqual({ first: 20, after: null });
    expect(() => pageRequest(0, null)).toThrow(/between 1 and 100/);
    expect(() => pageRequest(101, null)).toThrow(/between 1 and 100/);
  });

  it('tells whether another page exists from one extra row', () => {
    const rows = [0, 1, 2].map((i) => ({ id, at: new Date(Date.UTC(2026, 0, 3 - i)) }));
    const full = toConnection(rows, 2, (r) => r.at);
    expect(full.nodes).toHaveLength(2);
    expect(full.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(full.pageInfo.endCursor!).at).toEqual(rows[1]!.at);
    const last = toConnection(rows.slice(0, 2), 2, (r) => r.at);
    expect(last.pageInfo.hasNextPage).toBe(false);
  });
});
