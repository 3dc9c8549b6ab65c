import {
  allows,
  DataLoader,
  fiscalYearOfDate,
  fiscalYearRange,
  LIMITS,
  normaliseParticipantCode,
  optionalText,
  pageRequest,
  participantKey,
  perRequest,
  perServer,
  PlatformError,
  dateOnly,
  requireIdempotencyKey,
  requireRatings,
  requireText,
  rowsById,
  rowsGroupedBy,
  toConnection,
  unitErrors,
} from '@sesao28/kit';
import type { Resolvers, SupervisionVisitInput } from '../__generated__/resolvers-types.js';
import { MAX_SUPERVISORS, SUPERVISION_CRITERIA } from './visit-ratings.js';
import { VisitRepository, visitCursorAt, type NewVisit, type VisitRatingRow, type VisitRow } from './visit-repository.js';

const fail = unitErrors({
  SUPERVISORS_REQUIRED: {
    th: 'กรุณาระบุชื่อผู้นิเทศ 1 ถึง {max} คน',
    en: 'Name 1 to {max} supervisors',
  },
});

const visitsOf = perServer((s) => new VisitRepository(s.dataSource, s.repos.activities));

const loadersOf = perRequest((ctx) => {
  const repo = visitsOf(ctx);
  return {
    visit: new DataLoader<string, VisitRow | null>(async (ids) => rowsById(ids, await repo.byIds(ids))),
    // One rating per visit: its scores and comment.
    rating: new DataLoader<string, VisitRatingRow | null>(async (ids) =>
      rowsGroupedBy(ids, await repo.ratings.ratingsOf(ids), (r) => r.subjectId).map((rows) => rows[0] ?? null),
    ),
  };
});

/** What the supervisors typed, checked whole before anything is written. */
function visitInput(input: SupervisionVisitInput): NewVisit {
  const supervisors = input.supervisors.map((name, i) => requireText(name, `supervisors[${i}]`, LIMITS.name));
  if (supervisors.length < 1 || supervisors.length > MAX_SUPERVISORS) {
    throw fail('SUPERVISORS_REQUIRED', { max: MAX_SUPERVISORS }, 'supervisors');
  }
  return {
    schoolName: requireText(input.schoolName, 'schoolName', LIMITS.title),
    visitedOn: dateOnly(input.visitedOn, 'visitedOn'),
    topicTh: requireText(input.topicTh, 'topicTh', LIMITS.title),
    supervisors,
  };
}

export const visitResolvers = {
  SupervisionUnit: {
    supervisionVisits: async (_unit, { fiscalYear, first, after }, ctx) => {
      if (fiscalYear != null) fiscalYearRange(fiscalYear);
      const page = pageRequest(first, after);
      return toConnection(await visitsOf(ctx).page(fiscalYear, page), page.first, visitCursorAt);
    },
    supervisionSummary: (_unit, { fiscalYear }, ctx) => visitsOf(ctx).yearSummary(fiscalYear),
  },
  SupervisionMutations: {
    recordSupervisionVisit: (_m, { input }, ctx) => visitsOf(ctx).record(visitInput(input)),
    rateSupervisionVisit: async (_m, args, ctx) => {
      const idempotencyKey = requireIdempotencyKey(args.idempotencyKey);
      const code = normaliseParticipantCode(args.code);
      if (!code) throw new PlatformError('RATING_CODE_INVALID', {}, 'code');
      return visitsOf(ctx).ratings.rate({
        code,
        subjectId: null,
        scores: requireRatings(SUPERVISION_CRITERIA, args.ratings),
        commentTh: optionalText(args.commentTh, 'commentTh', LIMITS.surveyText),
        idempotencyKey,
        participantKey: participantKey(ctx, idempotencyKey),
      });
    },
  },
  SupervisionVisit: {
    fiscalYear: (visit) => fiscalYearOfDate(visit.visitedOn),
    rated: async (visit, _args, ctx) => (await loadersOf(ctx).rating.load(visit.id)) !== null,
    ratings: (visit, _args, ctx) => loadersOf(ctx).rating.load(visit.id),
    // A school's words about its supervisors are for the unit, not for everyone.
    commentTh: async (visit, _args, ctx) =>
      allows(ctx.identity, ctx.unit, 'cases:act') ? ((await loadersOf(ctx).rating.load(visit.id))?.commentTh ?? null) : null,
    activity: (visit, _args, ctx) => ctx.loaders.activityById.load(visit.activityId),
  },
  SupervisionVisitRating: {
    visit: async (rating, _args, ctx) => (await loadersOf(ctx).visit.load(rating.subjectId))!,
  },
  SupervisionYearSummary: {
    rated: (summary) => summary.averages.count,
  },
} satisfies Resolvers;
