import { activityDraft } from '../activities/activity-input.js';
import type { UnitContext } from '../../context.js';
import { PlatformError } from '../../errors.js';
import type { NoticeConnectionModel } from '../../models.js';
import { attachmentDraft } from './attachment-input.js';
import { downloadPath, isUuid } from '@sesao28/platform';
import { noticeText, type NoticeText } from './notice-input.js';
import { isStale, reviewDueAt, reviewInterval } from './review.js';
import { pageRequest, toConnection } from '../../pagination.js';
import type { NoticeRow } from './notice-repository.js';
import type { KitResolvers, TemplateMutationsResolvers, TemplateUnitResolvers } from '../../resolvers/generated-types.js';

const notFound = (field = 'id') => new PlatformError('NOTICE_NOT_FOUND', {}, field);

/** The notice and the INFORM activity it stands on (same title and body), in one transaction. */
function publish(text: NoticeText, ctx: UnitContext): Promise<NoticeRow> {
  const draft = activityDraft({ level: 'INFORM', ...text, startsAt: new Date(), status: 'PUBLISHED' });
  return ctx.dataSource.transaction(async (manager) => {
    const activity = await ctx.repos.activities.create(draft, manager);
    return ctx.repos.notices.insert(activity.id, text, manager);
  });
}

/** New text for the notice and its activity (search reads the activity), in one transaction. */
function revise(id: string, text: NoticeText, ctx: UnitContext): Promise<NoticeRow> {
  return ctx.dataSource.transaction(async (manager) => {
    const row = await ctx.repos.notices.revise(id, text, manager);
    if (!row) throw notFound();
    await ctx.repos.activities.reviseText(row.activityId, text, manager);
    return row;
  });
}

export const noticeUnitFields: Pick<TemplateUnitResolvers, 'notices' | 'notice' | 'reviewIntervalDays'> = {
  notices: async (_unit, args, ctx): Promise<NoticeConnectionModel> => {
    const page = pageRequest(args.first, args.after);
    const query = { kinds: args.kind ? [args.kind] : null };
    const rows = await ctx.repos.notices.page(query, page.after, page.first + 1);
    return { ...toConnection(rows, page.first, (row) => row.publishedAt), totalCount: () => ctx.repos.notices.count(query) };
  },
  notice: (_unit, { id }, ctx) => {
    if (!isUuid(id)) throw new PlatformError('INVALID_ID', {}, 'id');
    return ctx.loaders.noticeById.load(id);
  },
  reviewIntervalDays: (_unit, _args, ctx) => ctx.repos.settings.get('reviewIntervalDays'),
};

/** Staff publish, correct and confirm notices; every input is checked before anything is written. */
export const noticeMutations: Pick<
  TemplateMutationsResolvers,
  'publishNotice' | 'reviseNotice' | 'markNoticeReviewed' | 'setReviewInterval' | 'addNoticeAttachment'
> = {
  publishNotice: (_m, { input }, ctx) => publish(noticeText(input), ctx),
  reviseNotice: (_m, { id, input }, ctx) => revise(id, noticeText(input), ctx),
  markNoticeReviewed: (_m, { id }, ctx) => ctx.repos.notices.markReviewed(id),
  setReviewInterval: (_m, { days }, ctx) => ctx.repos.settings.set('reviewIntervalDays', reviewInterval(days)),
  addNoticeAttachment: async (_m, { noticeId, input }, ctx) => {
    if (!isUuid(noticeId)) throw notFound('noticeId');
    const file = attachmentDraft(input);
    return { ...(await ctx.repos.notices.addAttachment(noticeId, file)), unitCode: ctx.unit.code };
  },
};

/**
 * A notice read in its own unit or one that travelled to the office feed (it then carries its
 * unit, interval and attachments): the same resolvers answer both.
 */
export const noticeValueTypes: Pick<KitResolvers, 'Notice' | 'Attachment' | 'NoticeConnection'> = {
  Notice: {
    unitCode: (row, _args, ctx) => row.unitCode ?? ctx.unit.code,
    reviewDueAt: (row) => reviewDueAt(row.lastReviewedAt, row.reviewIntervalDays),
    stale: (row) => isStale(row.lastReviewedAt, row.reviewIntervalDays, new Date()),
    attachments: (row, _args, ctx) => row.attachments ?? ctx.loaders.attachmentsByNotice.load(row.id),
  },
  Attachment: {
    downloadUrl: (row, _args, ctx) => downloadPath(row.unitCode ?? ctx.unit.code, row.id),
  },
  NoticeConnection: { totalCount: (connection) => connection.totalCount() },
};
