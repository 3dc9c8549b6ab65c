import {
  MAX_UNIT_FEED_LIMIT,
  officeDirectory,
  pageRequest,
  peerGet,
  type NoticeKind,
  type UnitContext,
  type UnitFeedAnswer,
} from '@sesao28/kit';
import { decodeFeedCursor, mergeFeedPage, unitCursorAfter, type FeedNotice } from './feed-cursor.js';

export interface OfficeFeedItemModel {
  cursor: string;
  notice: FeedNotice;
}

export interface OfficeFeedModel {
  items: OfficeFeedItemModel[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  unitsUnavailable: { code: string }[];
}

const FEED_TIMEOUT_MS = 5000;

/** Dates travel as text; the feed compares them. */
const revive = (row: FeedNotice): FeedNotice => ({
  ...row,
  publishedAt: new Date(row.publishedAt),
  lastReviewedAt: new Date(row.lastReviewedAt),
});

/**
 * The whole office's notices, newest first: each unit sends its newest `first + 1` after the
 * position (in parallel), and the page is the newest `first` of them all. A unit that does not
 * answer in time is named in `unitsUnavailable`; the rest of the office still comes.
 */
export async function officeFeed(
  args: { first?: number | null; after?: string | null; kinds?: readonly NoticeKind[] | null },
  ctx: UnitContext,
): Promise<OfficeFeedModel> {
  const { first } = pageRequest(args.first, null);
  const position = args.after ? decodeFeedCursor(args.after) : null;
  const kinds = args.kinds?.length ? `&kinds=${args.kinds.join(',')}` : '';
  const limit = Math.min(first + 1, MAX_UNIT_FEED_LIMIT);
  const answers = await Promise.all(
    officeDirectory.map(async ({ code }): Promise<FeedNotice[] | null> => {
      const before = position ? `&before=${unitCursorAfter(position, code)}` : '';
      try {
        const res = await peerGet(ctx, code, `notices?limit=${limit}${kinds}${before}`, FEED_TIMEOUT_MS, { 'x-request-id': ctx.requestId });
        if (!res.ok) return null;
        const body = (await res.json()) as UnitFeedAnswer;
        return body.notices.map((row) => revive({ ...row, unitCode: code }));
      } catch {
        return null;
      }
    }),
  );
  return {
    ...mergeFeedPage(
      answers.filter((a): a is FeedNotice[] => a !== null),
      first,
    ),
    unitsUnavailable: officeDirectory.filter((_, i) => answers[i] === null).map(({ code }) => ({ code })),
  };
}
