import { isUuid } from '@sesao28/platform';
import { allows } from '../../auth/policy.js';
import type { KitResolvers, TemplateMutationsResolvers, TemplateUnitResolvers } from '../../resolvers/generated-types.js';
import { participantKey } from '../activities/participants.js';
import { LIMITS, optionalText, requireIdempotencyKey, requireText } from '../../text.js';
import { consultationInput } from './consultation-input.js';
import { PlatformError } from '../../errors.js';
import type { ConsultationConnectionModel, SurveyConnectionModel } from '../../models.js';
import { pageRequest, toConnection } from '../../pagination.js';
import { codeCount, normaliseParticipantCode } from './participant-codes.js';
import { satisfactionSurvey } from './satisfaction-template.js';
import { surveyInput } from './survey-input.js';
import { validateAnswers } from './validate-answers.js';

export const checkedId = (id: string) => {
  if (!isUuid(id)) throw new PlatformError('INVALID_ID', {}, 'id');
  return id;
};

/** Consultation and survey fields of every unit's entity type. */
export const consultUnitFields: TemplateUnitResolvers = {
  consultations: async (_unit, args, ctx): Promise<ConsultationConnectionModel> => {
    const page = pageRequest(args.first, args.after);
    const query = { openOnly: args.filter?.openOnly, kind: args.filter?.kind };
    const rows = await ctx.repos.consultations.page(query, page);
    return {
      ...toConnection(rows, page.first, (row) => row.opensAt),
      totalCount: () => ctx.repos.consultations.count(query),
    };
  },
  consultation: (_unit, { id }, ctx) => ctx.loaders.consult.consultationById.load(checkedId(id)),
  surveys: async (_unit, args, ctx): Promise<SurveyConnectionModel> => {
    const page = pageRequest(args.first, args.after);
    const rows = await ctx.repos.surveys.page(page);
    return { ...toConnection(rows, page.first, (row) => row.opensAt), totalCount: () => ctx.repos.surveys.count() };
  },
  survey: (_unit, { id }, ctx) => ctx.loaders.consult.surveyById.load(checkedId(id)),
};

/** What the unit's staff and participants do: every input is checked before anything is written. */
export const consultMutations: TemplateMutationsResolvers = {
  openConsultation: (_m, { input }, ctx) => ctx.repos.consultations.create(consultationInput(input)),
  closeConsultation: (_m, { id }, ctx) => ctx.repos.consultations.close(id),
  commentOnConsultation: (_m, args, ctx) => {
    const idempotencyKey = requireIdempotencyKey(args.idempotencyKey);
    return ctx.repos.consultations.comment({
      consultationId: args.consultationId,
      body: requireText(args.body, 'body', LIMITS.message),
      authorName: optionalText(args.authorName, 'authorName', LIMITS.name),
      idempotencyKey,
      participantKey: participantKey(ctx, idempotencyKey),
    });
  },
  recordHearingMinutes: (_m, { id, minutesTh }, ctx) =>
    ctx.repos.consultations.recordMinutes(id, requireText(minutesTh, 'minutesTh', LIMITS.document)),
  publishConsultationSummary: (_m, { id, summaryTh, summaryEn }, ctx) =>
    ctx.repos.consultations.publishSummary(
      id,
      requireText(summaryTh, 'summaryTh', LIMITS.document),
      optionalText(summaryEn, 'summaryEn', LIMITS.document),
    ),
  createSurvey: (_m, { input }, ctx) => ctx.repos.surveys.create(surveyInput(input)),
  createSatisfactionSurvey: (_m, args, ctx) => ctx.repos.surveys.create(satisfactionSurvey(args)),
  issueSurveyCodes: (_m, { surveyId, count }, ctx) => ctx.repos.surveys.issueCodes(surveyId, codeCount(count)),
  respondToSurvey: async (_m, args, ctx) => {
    const idempotencyKey = requireIdempotencyKey(args.idempotencyKey);
    const survey = await ctx.repos.surveys.get(args.surveyId, 'surveyId');
    let participantCode: string | null = null;
    if (survey.eligibility === 'LISTED') {
      participantCode = normaliseParticipantCode(args.participantCode);
      if (!participantCode) throw new PlatformError('SURVEY_CODE_INVALID', {}, 'participantCode');
    }
    const answers = validateAnswers(await ctx.loaders.consult.questions.load(survey.id), args.answers);
    return ctx.repos.surveys.respond({
      survey,
      participantCode,
      answers,
      idempotencyKey,
      participantKey: participantKey(ctx, idempotencyKey),
    });
  },
};

/** Resolvers of the consultation and survey value types; nested lists go through per-request loaders. */
export const consultValueTypes: KitResolvers = {
  Consultation: {
    unitCode: (_row, _args, ctx) => ctx.unit.code,
    activity: (row, _args, ctx) => (row.activityId ? ctx.loaders.activityById.load(row.activityId) : null),
    commentCount: (row, _args, ctx) => ctx.loaders.consult.commentCount.load(row.id),
    comments: async (row, args, ctx) => {
      const page = pageRequest(args.first, args.after);
      const rows = await ctx.loaders.consult.comments(page).load(row.id);
      return toConnection(rows, page.first, (comment) => comment.createdAt);
    },
  },
  ConsultationConnection: { totalCount: (connection) => connection.totalCount() },
  Survey: {
    unitCode: (_row, _args, ctx) => ctx.unit.code,
    activity: (row, _args, ctx) => (row.activityId ? ctx.loaders.activityById.load(row.activityId) : null),
    questions: (row, _args, ctx) => ctx.loaders.consult.questions.load(row.id),
    responseCount: async (row, _args, ctx) => (await ctx.loaders.consult.counts.load(row.id)).responses,
    codesIssued: async (row, _args, ctx) => (await ctx.loaders.consult.counts.load(row.id)).codesIssued,
    // Results while the survey is open would sway the answers still to come: the public sees them once
    // it closes; the unit's own staff follow them as they come in.
    results: (row, _args, ctx) =>
      row.status === 'CLOSED' || allows(ctx.identity, ctx.unit, 'participation:manage') ? ctx.loaders.consult.results.load(row.id) : [],
  },
  SurveyConnection: { totalCount: (connection) => connection.totalCount() },
  SurveyQuestionResult: {
    options: ({ question, optionCounts }) =>
      optionCounts ? question.options.map((option) => ({ ...option, count: optionCounts[option.index] ?? 0 })) : null,
    distribution: ({ distribution }) => distribution?.map((count, i) => ({ value: i + 1, count })) ?? null,
    texts: async ({ question }, args, ctx) => {
      if (question.kind !== 'FREE_TEXT') return null;
      const page = pageRequest(args.first, args.after);
      const rows = await ctx.loaders.consult.texts(page).load(question.id);
      return toConnection(rows, page.first, (text) => text.submittedAt);
    },
  },
  SurveyResponse: {
    survey: (row, _args, ctx) => ctx.loaders.consult.surveyById.load(row.surveyId),
  },
};
