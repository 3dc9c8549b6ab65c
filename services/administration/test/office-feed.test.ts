import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  decodeFeedCursor,
  encodeFeedCursor,
  mergeFeedPage,
  newestFirst,
  unitCursorAfter,
  type FeedNotice,
} from '../src/feed/feed-cursor.js';

const notice = (unitCode: string, at: string, id = randomUUID()): FeedNotice => ({
  id,
  unitCode,
  activityId: randomUUID(),
  kind: 'NEWS',
  titleTh: `ข่าว ${unitCode} ${at}`,
  titleEn: null,
  bodyTh: 'เนื้อหา',
  bodyEn: null,
  publishedAt: new Date(at),
  lastReviewedAt: new Date(at),
  reviewIntervalDays: 180,
});

/** What a unit answers: its own notices after the unit cursor, newest first (as its SQL does). */
function unitAnswer(rows: FeedNotice[], cursor: string | null, limit: number): FeedNotice[] {
  const after = cursor ? (JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, string]) : null;
  return rows
    .filter(
      (r) =>
        !after ||
        r.publishedAt.getTime() < new Date(after[0]).getTime() ||
        (r.publishedAt.getTime() === new Date(after[0]).getTime() && r.id < after[1]),
    )
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || (a.id < b.id ? 1 : -1))
    .slice(0, limit);
}

describe('the office feed: nine lists merged newest first, paged by one cursor', () => {
  // Three units publishing, with ties at the same millisecond across and within units.
  const units: Record<string, FeedNotice[]> = {
    ADMIN: [
      notice('ADMIN', '2026-03-01T10:00:00.000Z'),
      notice('ADMIN', '2026-03-01T09:00:00.000Z'),
      notice('ADMIN', '2026-02-01T00:00:00.000Z'),
    ],
    FINANCE: [
      notice('FINANCE', '2026-03-01T10:00:00.000Z'),
      notice('FINANCE', '2026-03-01T10:00:00.000Z'),
      notice('FINANCE', '2026-01-15T00:00:00.000Z'),
    ],
    PERSONNEL: [notice('PERSONNEL', '2026-03-01T10:00:00.000Z'), notice('PERSONNEL', '2026-02-20T00:00:00.000Z')],
  };
  const all = Object.values(units).flat().sort(newestFirst);

  it('reads every notice exactly once, in order, whatever the page size', () => {
    for (const first of [1, 2, 3, 5, 8, 20]) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 20; pages++) {
        const position = after ? decodeFeedCursor(after) : null;
        const lists = Object.entries(units).map(([code, rows]) =>
          unitAnswer(rows, position ? unitCursorAfter(position, code) : null, first + 1),
        );
        const page = mergeFeedPage(lists, first);
        seen.push(...page.items.map((i) => i.notice.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(all.map((n) => n.id));
    }
  });

  it('orders ties by unit code, then id, descending', () => {
    const tied = all.filter((n) => n.publishedAt.toISOString() === '2026-03-01T10:00:00.000Z');
    expect(tied.map((n) => n.unitCode)).toEqual(['PERSONNEL', 'FINANCE', 'FINANCE', 'ADMIN']);
    expect(tied[1]!.id > tied[2]!.id).toBe(true);
  });

  it('round-trips its cursor and refuses a forged one', () => {
    const position = { at: new Date('2026-03-01T10:00:00.123Z'), unitCode: 'FINANCE', id: randomUUID() };
    expect(decodeFeedCursor(encodeFeedCursor(position))).toEqual(position);
    for (const bad of [
      '',
      'not-a-cursor',
      Buffer.from('["2026-01-01","FINANCE","x"]').toString('base64url'),
      Buffer.from(`["nope","FINANCE","${randomUUID()}"]`).toString('base64url'),
    ]) {
      expect(() => decodeFeedCursor(bad)).toThrowError(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'INVALID_CURSOR' }) }),
      );
    }
  });
});
