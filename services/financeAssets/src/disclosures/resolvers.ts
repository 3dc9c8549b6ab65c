import {
  bahtAmount,
  DataLoader,
  fiscalYearRange,
  isUuid,
  LIMITS,
  optionalText,
  pageRequest,
  participantKey,
  perRequest,
  perServer,
  dateOnly,
  requireIdempotencyKey,
  requireText,
  rowsGroupedBy,
  submissionHash,
  submitOnce,
  toConnection,
} from '@sesao28/kit';
import type { DisclosureInput, Resolvers } from '../__generated__/resolvers-types.js';
import { MAX_AMOUNT_BAHT } from './disclosure-rules.js';
import { DisclosureRepository, disclosureCursorAt, type NewDisclosure, type QuestionRow } from './disclosure-repository.js';
import { fail } from './messages.js';

const disclosuresOf = perServer((s) => new DisclosureRepository(s.dataSource, s.repos));

const loadersOf = perRequest((ctx) => ({
  questions: new DataLoader<string, QuestionRow[]>(async (ids) =>
    rowsGroupedBy(ids, await disclosuresOf(ctx).questionsOf(ids), (q) => q.disclosureId),
  ),
}));

/** Baht with at most two decimals (as typed: 1234.5 or 1234.56), never negative. */
function amountOf(value: number): number {
  const baht = bahtAmount(value, MAX_AMOUNT_BAHT);
  if (baht === null) throw fail('DISCLOSURE_AMOUNT_INVALID', { max: MAX_AMOUNT_BAHT.toLocaleString('en-US') }, 'amountBaht');
  return baht;
}

/** What staff typed for a disclosure, checked whole before anything is written. */
function disclosureInput(input: DisclosureInput): NewDisclosure {
  fiscalYearRange(input.fiscalYear);
  return {
    kind: input.kind,
    titleTh: requireText(input.titleTh, 'titleTh', LIMITS.title),
    projectTh: requireText(input.projectTh, 'projectTh', LIMITS.title),
    amountBaht: amountOf(input.amountBaht),
    method: input.method,
    vendorName: optionalText(input.vendorName, 'vendorName', LIMITS.title),
    fiscalYear: input.fiscalYear,
    publishedOn: dateOnly(input.publishedOn, 'publishedOn'),
  };
}

export const disclosureResolvers = {
  FinanceAssetsUnit: {
    disclosures: async (_unit, { fiscalYear, kind, first, after }, ctx) => {
      if (fiscalYear != null) fiscalYearRange(fiscalYear);
      const page = pageRequest(first, after);
      return toConnection(await disclosuresOf(ctx).page({ fiscalYear, kind }, page), page.first, disclosureCursorAt);
    },
    disclosureTotals: (_unit, { fiscalYear }, ctx) => {
      fiscalYearRange(fiscalYear);
      return disclosuresOf(ctx).totals(fiscalYear);
    },
  },
  FinanceAssetsMutations: {
    publishDisclosure: (_m, { input }, ctx) => disclosuresOf(ctx).publish(disclosureInput(input)),
    askAboutDisclosure: (_m, args, ctx) => {
      const idempotencyKey = requireIdempotencyKey(args.idempotencyKey);
      const question = requireText(args.question, 'question', LIMITS.message);
      const notFound = () => fail('DISCLOSURE_NOT_FOUND', {}, 'disclosureId');
      if (!isUuid(args.disclosureId)) throw notFound();
      const disclosureId = args.disclosureId.toLowerCase();
      const repo = disclosuresOf(ctx);
      const requestHash = submissionHash({ disclosureId, question });
      return submitOnce(requestHash, {
        first: () => repo.questionByKey(idempotencyKey),
        insert: () =>
          repo.ask({ disclosureId, question, idempotencyKey, requestHash, participantKey: participantKey(ctx, idempotencyKey) }),
        refused: async () => notFound(),
      });
    },
    answerDisclosureQuestion: async (_m, { questionId, answerTh }, ctx) => {
      const answer = requireText(answerTh, 'answerTh', LIMITS.answer);
      if (!isUuid(questionId)) throw fail('DISCLOSURE_QUESTION_NOT_FOUND', {}, 'questionId');
      const result = await disclosuresOf(ctx).answer(questionId, answer);
      if (result === 'missing') throw fail('DISCLOSURE_QUESTION_NOT_FOUND', {}, 'questionId');
      if (result === 'answered') throw fail('DISCLOSURE_QUESTION_ANSWERED', {}, 'questionId');
      return result;
    },
  },
  Disclosure: {
    questions: (disclosure, _args, ctx) => loadersOf(ctx).questions.load(disclosure.id),
    activity: (disclosure, _args, ctx) => ctx.loaders.activityById.load(disclosure.activityId),
  },
} satisfies Resolvers;
