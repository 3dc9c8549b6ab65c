import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { activityDraft } from '../activities/activity-input.js';
import { participantKey } from '../activities/participants.js';
import { requireIdempotencyKey } from '../../text.js';
import { windowParams } from '../consultations/window.js';
import { tally } from './tally.js';
import { voteInput } from './vote-input.js';
import type { NewVote, VoteRow } from './types.js';
import { PlatformError } from '../../errors.js';
import type { UnitContext } from '../../context.js';
import type { VoteConnectionModel } from '../../models.js';
import { pageRequest, toConnection } from '../../pagination.js';
import { codeCount, normaliseParticipantCode } from '../consultations/participant-codes.js';
import { checkedId } from '../consultations/resolvers.js';
import type { KitResolvers, TemplateMutationsResolvers, TemplateUnitResolvers } from '../../resolvers/generated-types.js';

export const voteUnitFields: Pick<TemplateUnitResolvers, 'votes' | 'vote'> = {
  votes: async (_unit, args, ctx): Promise<VoteConnectionModel> => {
    const page = pageRequest(args.first, args.after);
    const rows = await ctx.repos.votes.page(page);
    return { ...toConnection(rows, page.first, (row) => row.opensAt), totalCount: () => ctx.repos.votes.count() };
  },
  vote: (_unit, { id }, ctx) => ctx.loaders.empower.voteById.load(checkedId(id)),
};

/**
 * Who votes, as a key that is one per participant and names no one: a LISTED vote's
 * code, or a signed-in person's participant key. Anyone else may not vote.
 */
function voterOf(vote: VoteRow, code: string | null | undefined, ctx: UnitContext, idempotencyKey: string) {
  if (vote.eligibility === 'LISTED') {
    const participantCode = normaliseParticipantCode(code);
    if (!participantCode) throw new PlatformError('VOTE_NOT_ELIGIBLE', {}, 'participantCode');
    return { participantCode, voterKey: `code:${participantCode}` };
  }
  if (ctx.identity.role === 'PUBLIC' || !ctx.identity.subject) throw new PlatformError('VOTE_NOT_ELIGIBLE', {}, 'voteId');
  return { participantCode: null, voterKey: participantKey(ctx, idempotencyKey) };
}

/** A checked vote (`voteInput`), its options and its activity (at the vote's level, OPEN), in the caller's transaction. */
export async function createVote(ctx: UnitContext, values: NewVote, manager: EntityManager): Promise<VoteRow> {
  const activity = await ctx.repos.activities.create(
    activityDraft({
      level: values.level,
      status: 'OPEN',
      titleTh: values.titleTh,
      titleEn: values.titleEn,
      bodyTh: values.questionTh,
      startsAt: values.opensAt,
      endsAt: values.closesAt,
    }),
    manager,
  );
  return ctx.repos.votes.insert(values, activity.id, manager);
}

type VoteMutations = 'openVote' | 'issueVoteCodes' | 'castVote' | 'closeVote';

export const voteMutations: Pick<TemplateMutationsResolvers, VoteMutations> = {
  openVote: (_m, { input }, ctx) => {
    const values = voteInput(input);
    return ctx.dataSource.transaction((manager) => createVote(ctx, values, manager));
  },
  issueVoteCodes: (_m, { voteId, count }, ctx) => ctx.repos.votes.issueCodes(voteId, codeCount(count, 'VOTE_CODE_COUNT')),
  castVote: async (_m, args, ctx) => {
    const idempotencyKey = requireIdempotencyKey(args.idempotencyKey);
    const vote = await ctx.repos.votes.get(args.voteId, 'voteId');
    const optionId = args.optionId.toLowerCase();
    const options = await ctx.loaders.empower.voteOptions.load(vote.id);
    if (!options.some((option) => option.id === optionId)) throw new PlatformError('VOTE_OPTION_UNKNOWN', {}, 'optionId');
    const { participantCode, voterKey } = voterOf(vote, args.participantCode, ctx, idempotencyKey);
    const requestHash = createHash('sha256')
      .update(JSON.stringify({ voteId: vote.id, optionId, voterKey }))
      .digest('hex');
    return ctx.repos.votes.cast({
      vote,
      optionId,
      voterKey,
      participantCode,
      idempotencyKey,
      requestHash,
      alsoRecord: (manager) => ctx.repos.participants.record(vote.activityId, participantKey(ctx, idempotencyKey), manager),
    });
  },
  closeVote: async (_m, { id }, ctx) => {
    const vote = await ctx.repos.votes.get(id);
    return ctx.dataSource.transaction(async (manager) => {
      const closed = await ctx.repos.votes.closeNow(vote.id, manager);
      if (!closed) throw new PlatformError('VOTE_NOT_OPEN', windowParams(vote), 'id');
      await ctx.repos.activities.closeIfOpen(closed.activityId, manager);
      return closed;
    });
  },
};

export const voteValueTypes: Pick<KitResolvers, 'Vote' | 'VoteConnection' | 'VoteReceipt'> = {
  Vote: {
    unitCode: (_row, _args, ctx) => ctx.unit.code,
    options: (row, _args, ctx) => ctx.loaders.empower.voteOptions.load(row.id),
    activity: async (row, _args, ctx) => (await ctx.loaders.activityById.load(row.activityId))!,
    resultsAt: (row) => row.closesAt,
    // Nobody, staff included, sees a count while the vote is open; the SQL refuses too.
    results: async (row, _args, ctx) => {
      if (row.status !== 'CLOSED') return null;
      const [options, counts] = await Promise.all([
        ctx.loaders.empower.voteOptions.load(row.id),
        ctx.loaders.empower.closedVoteCounts.load(row.id),
      ]);
      return counts ? tally(options, counts, row.eligibility) : null;
    },
  },
  VoteConnection: { totalCount: (connection) => connection.totalCount() },
  VoteReceipt: {
    vote: async (row, _args, ctx) => (await ctx.loaders.empower.voteById.load(row.voteId))!,
  },
};
