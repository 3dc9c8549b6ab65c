import { PlatformError } from '../../errors.js';
import { decodeCursor, MAX_PAGE_SIZE } from '../../pagination.js';
import type { NoticeRepository, NoticeRow } from './notice-repository.js';
import { NOTICE_KINDS, type NoticeKind } from './notice-input.js';

/** What a unit answers on `/internal/notices`: its newest notices before a position, with their attachments (no bytes). */
export interface UnitFeedAnswer {
  notices: NoticeRow[];
}

/** One more than a page, so the office feed knows whether more follows. */
export const MAX_UNIT_FEED_LIMIT = MAX_PAGE_SIZE + 1;

/** The query of `/internal/notices?before=<cursor>&limit=<n>&kinds=NEWS,DOCUMENT`, checked. */
export function unitFeedQuery(query: Record<string, unknown>) {
  const limit = Number(query.limit ?? 20);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_UNIT_FEED_LIMIT) {
    throw new PlatformError('PAGE_SIZE_OUT_OF_RANGE', { max: MAX_UNIT_FEED_LIMIT }, 'limit');
  }
  const kinds = typeof query.kinds === 'string' && query.kinds ? query.kinds.split(',') : [];
  if (!kinds.every((k): k is NoticeKind => (NOTICE_KINDS as readonly string[]).includes(k)))
    throw new PlatformError('BAD_REQUEST', {}, 'kinds');
  const before = typeof query.before === 'string' && query.before ? decodeCursor(query.before) : null;
  return { limit, kinds: kinds as NoticeKind[], before };
}

/** A unit's part of the office feed: two statements, whatever the number of notices. */
export async function unitFeed(notices: NoticeRepository, unitCode: string, query: Record<string, unknown>): Promise<UnitFeedAnswer> {
  const { limit, kinds, before } = unitFeedQuery(query);
  const rows = await notices.page({ kinds }, before, limit);
  const attachments = rows.length ? await notices.attachmentsOf(rows.map((r) => r.id)) : [];
  return {
    notices: rows.map((row) => ({
      ...row,
      unitCode,
      attachments: attachments.filter((a) => a.noticeId === row.id).map((a) => ({ ...a, unitCode })),
    })),
  };
}
