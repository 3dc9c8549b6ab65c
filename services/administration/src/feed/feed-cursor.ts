import { encodeCursor, PlatformError, isUuid, type NoticeRow } from '@sesao28/kit';

/** A place in the office feed: the last item a client saw. Order: newest published, then unit code, then id, all descending. */
export interface FeedPosition {
  at: Date;
  unitCode: string;
  id: string;
}

/** A notice of the feed with the unit that published it. */
export type FeedNotice = NoticeRow & { unitCode: string };

export function encodeFeedCursor(position: FeedPosition): string {
  return Buffer.from(JSON.stringify([position.at.toISOString(), position.unitCode, position.id])).toString('base64url');
}

export function decodeFeedCursor(raw: string): FeedPosition {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3) {
      const [at, unitCode, id] = parsed as unknown[];
      const date = new Date(String(at));
      if (
        typeof unitCode === 'string' &&
        /^[A-Z_]{1,40}$/.test(unitCode) &&
        typeof id === 'string' &&
        isUuid(id) &&
        !Number.isNaN(date.getTime())
      ) {
        return { at: date, unitCode, id: id.toLowerCase() };
      }
    }
  } catch {
    // fall through to the user-facing error
  }
  throw new PlatformError('INVALID_CURSOR', {}, 'after');
}

const MIN_UUID = '00000000-0000-0000-0000-000000000000';
const MAX_UUID = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

/**
 * What one unit must send to continue the feed after `position`, as that unit's own keyset
 * cursor (published at, id): its notices published at the same moment come after the
 * position when its code sorts below the position's unit (all of them), or is that unit
 * (those with smaller ids), never when it sorts above.
 */
export function unitCursorAfter(position: FeedPosition, unitCode: string): string {
  const id = unitCode === position.unitCode ? position.id : unitCode < position.unitCode ? MAX_UUID : MIN_UUID;
  return encodeCursor({ at: position.at, id });
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first; at the same moment, unit code then id, descending (the order of the cursor). */
export function newestFirst(a: FeedNotice, b: FeedNotice): number {
  return b.publishedAt.getTime() - a.publishedAt.getTime() || compareText(b.unitCode, a.unitCode) || compareText(b.id, a.id);
}

/** One page of the office feed from each unit's newest `first + 1` notices after the position. */
export function mergeFeedPage(lists: readonly FeedNotice[][], first: number) {
  const merged = lists.flat().sort(newestFirst);
  const items = merged.slice(0, first).map((notice) => ({
    cursor: encodeFeedCursor({ at: notice.publishedAt, unitCode: notice.unitCode, id: notice.id }),
    notice,
  }));
  return { items, pageInfo: { hasNextPage: merged.length > first, endCursor: items.at(-1)?.cursor ?? null } };
}
