import {
  allows,
  codeCount,
  DataLoader,
  fiscalYearOfDate,
  isUuid,
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
  type UnitContext,
} from '@sesao28/kit';
import type { Resolvers, TeacherTrainingInput } from '../__generated__/resolvers-types.js';
import { fail } from './messages.js';
import { TrainingRepository, trainingCursorAt, type NewTraining, type TrainingRow } from './training-repository.js';
import { MAX_HOURS, MAX_PARTICIPANTS, TRAINING_CRITERIA } from './training-rules.js';

const trainingsOf = perServer((s) => new TrainingRepository(s.dataSource, s.repos.activities));

const loadersOf = perRequest((ctx) => {
  const { evaluations } = trainingsOf(ctx);
  return {
    training: new DataLoader<string, TrainingRow | null>(async (ids) => rowsById(ids, await trainingsOf(ctx).byIds(ids))),
    averages: new DataLoader(async (ids: readonly string[]) => {
      const found = await evaluations.averagesOf(ids);
      return ids.map((id) => found.get(id)!);
    }),
    codes: new DataLoader(async (ids: readonly string[]) => {
      const found = await evaluations.codeCounts(ids);
      return ids.map((id) => found.get(id) ?? { issued: 0, used: 0 });
    }),
    comments: new DataLoader(async (ids: readonly string[]) =>
      rowsGroupedBy(ids, await evaluations.ratingsOf(ids), (r) => r.subjectId).map((rows) =>
        rows.flatMap((r) => (r.commentTh ? [r.commentTh] : [])),
      ),
    ),
  };
});

/** What staff typed for a training, checked whole before anything is written. */
function trainingInput(input: TeacherTrainingInput): NewTraining {
  const startsOn = dateOnly(input.startsOn, 'startsOn');
  const endsOn = dateOnly(input.endsOn, 'endsOn');
  if (endsOn < startsOn) throw new PlatformError('INVALID_DATE_RANGE', {}, 'endsOn');
  if (!(input.hours > 0 && input.hours <= MAX_HOURS && Number.isInteger(input.hours * 2))) {
    throw fail('TRAINING_HOURS_INVALID', { max: MAX_HOURS }, 'hours');
  }
  if (!Number.isInteger(input.participantsCount) || input.participantsCount < 1 || input.participantsCount > MAX_PARTICIPANTS) {
    throw fail('TRAINING_PARTICIPANTS_INVALID', { max: MAX_PARTICIPANTS }, 'participantsCount');
  }
  return {
    titleTh: requireText(input.titleTh, 'titleTh', LIMITS.title),
    startsOn,
    endsOn,
    hours: input.hours,
    participantsCount: input.participantsCount,
  };
}

function trainingId(id: string): string {
  if (!isUuid(id)) throw fail('TRAINING_NOT_FOUND', {}, 'trainingId');
  return id.toLowerCase();
}

const isOwnStaff = (ctx: UnitContext) => allows(ctx.identity, ctx.unit, 'participation:manage');

export const trainingResolvers = {
  TeacherDevelopmentUnit: {
    trainings: async (_unit, { first, after }, ctx) => {
      const page = pageRequest(first, after);
      return toConnection(await trainingsOf(ctx).page(page), page.first, trainingCursorAt);
    },
  },
  TeacherDevelopmentMutations: {
    recordTraining: (_m, { input }, ctx) => trainingsOf(ctx).record(trainingInput(input)),
    issueEvaluationCodes: async (_m, args, ctx) => {
      const id = trainingId(args.trainingId);
      const result = await trainingsOf(ctx).issueCodes(id, codeCount(args.count));
      if ('missing' in result) throw fail('TRAINING_NOT_FOUND', {}, 'trainingId');
      if ('remaining' in result) throw fail('EVALUATION_CODES_EXCEED_PARTICIPANTS', { remaining: result.remaining }, 'count');
      return result.codes;
    },
    evaluateTraining: async (_m, args, ctx) => {
      const idempotencyKey = requireIdempotencyKey(args.idempotencyKey);
      const subjectId = trainingId(args.trainingId);
      const code = normaliseParticipantCode(args.code);
      if (!code) throw new PlatformError('RATING_CODE_INVALID', {}, 'code');
      return trainingsOf(ctx).evaluations.rate({
        code,
        subjectId,
        scores: requireRatings(TRAINING_CRITERIA, args.ratings),
        commentTh: optionalText(args.commentTh, 'commentTh', LIMITS.surveyText),
        idempotencyKey,
        participantKey: participantKey(ctx, idempotencyKey),
      });
    },
  },
  TeacherTraining: {
    fiscalYear: (training) => fiscalYearOfDate(training.startsOn),
    evaluationCount: async (training, _args, ctx) => (await loadersOf(ctx).averages.load(training.id)).count,
    ratings: (training, _args, ctx) => loadersOf(ctx).averages.load(training.id),
    codesIssued: async (training, _args, ctx) => (await loadersOf(ctx).codes.load(training.id)).issued,
    // What participants wrote is for the unit to act on, not for everyone.
    comments: (training, _args, ctx) => (isOwnStaff(ctx) ? loadersOf(ctx).comments.load(training.id) : null),
    activity: (training, _args, ctx) => ctx.loaders.activityById.load(training.activityId),
  },
  TeacherTrainingEvaluation: {
    training: async (evaluation, _args, ctx) => (await loadersOf(ctx).training.load(evaluation.subjectId))!,
  },
} satisfies Resolvers;
