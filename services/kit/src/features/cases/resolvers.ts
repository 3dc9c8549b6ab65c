import { isUuid } from '@sesao28/platform';
import type { FeedbackFilter, KitResolvers, TemplateMutationsResolvers, TemplateUnitResolvers } from '../../resolvers/generated-types.js';
import { isLate } from './working-days.js';
import { LIMITS, optionalText, requireText } from '../../text.js';
import { authorize } from '../../auth/policy.js';
import { redactPersonalData } from '../../auth/redact.js';
import { PlatformError } from '../../errors.js';
import type { FeedbackConnectionModel } from '../../models.js';
import type { UnitContext } from '../../context.js';
import { pageRequest, toConnection } from '../../pagination.js';
import { dueSortKey, type FeedbackQuery } from './feedback-repository.js';
import { asDate } from '../activities/resolvers.js';
import { moderatedText } from '../moderation/resolvers.js';

function feedbackQuery(filter: FeedbackFilter | null | undefined): FeedbackQuery {
  return {
    categories: filter?.categories,
    statuses: filter?.statuses,
    channels: filter?.channels,
    activityId: filter?.activityId,
    openOnly: filter?.openOnly,
    lateOnly: filter?.lateOnly,
    publicOnly: filter?.publicOnly,
    search: filter?.search,
    receivedFrom: asDate(filter?.receivedFrom),
    receivedBefore: asDate(filter?.receivedBefore),
    fiscalYear: filter?.fiscalYear,
    orderBy: filter?.orderBy,
  };
}

/** PDPA: staff reading case text leave a trace; the public reading public cases does not. */
async function auditCaseRead(ctx: UnitContext, rows: readonly { id: string; isPublic: boolean }[]): Promise<void> {
  if (ctx.identity.role === 'PUBLIC') return;
  await ctx.repos.audit.record(
    ctx.identity,
    'READ_CASE_TEXT',
    rows.map((r) => r.id),
    ctx.requestId,
  );
}

/** A unit's cases, their deadlines and answer templates, and who read them: on every unit's own type. */
export const caseUnitFields: Pick<TemplateUnitResolvers, 'feedback' | 'case' | 'auditLog' | 'deadlines' | 'answerTemplates'> = {
  feedback: async (_unit, args, ctx): Promise<FeedbackConnectionModel> => {
    // Everyone may read the cases their submitters made public; the rest is the unit's work.
    if (!args.filter?.publicOnly) authorize(ctx.identity, ctx.unit, 'cases:read');
    // What analysts see masked they cannot probe either: a search by digits or an address would rebuild it.
    if (ctx.identity.role === 'ANALYST' && /[0-9๐-๙@]/.test(args.filter?.search ?? '')) {
      throw new PlatformError('ANALYST_SEARCH_MASKED', {}, 'search');
    }
    const page = pageRequest(args.first, args.after);
    const query = feedbackQuery(args.filter);
    const rows = await ctx.repos.feedback.page(query, page);
    await auditCaseRead(ctx, rows.slice(0, page.first));
    return {
      ...toConnection(rows, page.first, query.orderBy === 'DUE_FIRST' ? dueSortKey : (row) => row.receivedAt),
      totalCount: () => ctx.repos.feedback.count(query),
    };
  },
  case: async (_unit, { id }, ctx) => {
    if (!isUuid(id)) throw new PlatformError('INVALID_ID', {}, 'id');
    const row = await ctx.loaders.caseById.load(id);
    if (row) await auditCaseRead(ctx, [row]);
    return row;
  },
  auditLog: async (_unit, args, ctx) => {
    const page = pageRequest(args.first, args.after);
    return toConnection(await ctx.repos.audit.page(page), page.first, (row) => row.at);
  },
  deadlines: (_unit, _args, ctx) => ctx.repos.cases.deadlines(),
  answerTemplates: (_unit, _args, ctx) => ctx.repos.cases.templates(),
};

/** The unit's mutation namespace (`Mutation.financeAssets { … }`): what its staff do. */
export const caseMutations: Pick<
  TemplateMutationsResolvers,
  | 'acknowledgeCase'
  | 'startCase'
  | 'answerCase'
  | 'answerCasesFromTemplate'
  | 'closeCase'
  | 'rejectCase'
  | 'transferCase'
  | 'setDeadline'
  | 'createAnswerTemplate'
> = {
  acknowledgeCase: (_m, { id }, ctx) => ctx.cases.acknowledge(id),
  startCase: (_m, { id }, ctx) => ctx.cases.start(id),
  answerCase: (_m, { id, answer }, ctx) => ctx.cases.answer(id, answer),
  answerCasesFromTemplate: (_m, { ids, templateId, public: isPublic }, ctx) => ctx.cases.answerFromTemplate(ids, templateId, isPublic),
  closeCase: (_m, { id }, ctx) => ctx.cases.close(id),
  rejectCase: (_m, { id, reason }, ctx) => ctx.cases.reject(id, reason),
  transferCase: (_m, { id, toUnit, note }, ctx) => ctx.cases.transfer(id, toUnit, note),
  setDeadline: (_m, { category, acknowledgeDays, answerDays }, ctx) => {
    const valid =
      Number.isInteger(acknowledgeDays) &&
      Number.isInteger(answerDays) &&
      acknowledgeDays >= 1 &&
      acknowledgeDays <= 60 &&
      answerDays >= 1 &&
      answerDays <= 120 &&
      acknowledgeDays <= answerDays;
    if (!valid) throw new PlatformError('INVALID_DEADLINE', {}, 'acknowledgeDays');
    return ctx.repos.cases.setDeadline({ category, acknowledgeDays, answerDays });
  },
  createAnswerTemplate: (_m, { input }, ctx) =>
    ctx.repos.cases.createTemplate({
      titleTh: requireText(input.titleTh, 'titleTh', LIMITS.title),
      bodyTh: requireText(input.bodyTh, 'bodyTh', LIMITS.answer),
      bodyEn: optionalText(input.bodyEn, 'bodyEn', LIMITS.answer),
    }),
};

/** Who sees a case's code and its staff notes: the office's own people, not the public, not analysts. */
const seesCaseInternals = (ctx: { identity: { role: string } }) =>
  ['UNIT_STAFF', 'UNIT_HEAD', 'DIRECTOR', 'ADMIN', 'AUDITOR'].includes(ctx.identity.role);

/** A case's words as an analyst reads them: contact details and ID numbers masked (redact.ts). */
function forAnalysts<T extends string | null>(ctx: { identity: { role: string } }, text: T): T {
  return (ctx.identity.role === 'ANALYST' && text ? redactPersonalData(text) : text) as T;
}

/** Resolvers of a case (Feedback) and its list. */
export const caseValueTypes: Pick<KitResolvers, 'Feedback' | 'FeedbackConnection'> = {
  Feedback: {
    unitCode: (_row, _args, ctx) => ctx.unit.code,
    activity: (row, _args, ctx) => (row.activityId ? ctx.loaders.activityById.load(row.activityId) : null),
    // A public case the unit hid shows its reason to everyone who may not read the unit's cases.
    message: (row, _args, ctx) => moderatedText(ctx, 'PUBLIC_FEEDBACK', row.id, forAnalysts(ctx, row.message), 'cases:read'),
    answer: (row, _args, ctx) => forAnalysts(ctx, row.answer),
    answerEn: (row, _args, ctx) => forAnalysts(ctx, row.answerEn),
    rejectedReason: (row, _args, ctx) => forAnalysts(ctx, row.rejectedReason),
    // The code is its submitter's reference: public lists never show it.
    code: (row, _args, ctx) => (seesCaseInternals(ctx) ? row.caseCode : null),
    public: (row) => row.isPublic,
    late: (row) => isLate(row),
    history: async (row, _args, ctx) => {
      const events = await ctx.loaders.historyByCase.load(row.id);
      // Transfer and rejection notes are the staff's own words, for staff.
      return seesCaseInternals(ctx) ? events : events.map((e) => ({ ...e, note: null }));
    },
  },
  FeedbackConnection: { totalCount: (connection) => connection.totalCount() },
};
