import type { EntityManager } from 'typeorm';
import { isUuid } from '@sesao28/platform';
import { participantKey, partnerParticipantKey } from '../activities/participants.js';
import { allows } from '../../auth/policy.js';
import { LIMITS, optionalText, requireIdempotencyKey, requireText } from '../../text.js';
import type { UnitContext } from '../../context.js';
import { PlatformError } from '../../errors.js';
import { decisionInput, decisionRefusal, draftInput, suggestionAnswer, type DraftDecisionData, type NewDecision } from './draft-input.js';
import type { DraftConnectionModel, DraftDecisionModel } from '../../models.js';
import { pageRequest, toConnection } from '../../pagination.js';
import type { DraftRow } from './draft-repository.js';
import type { KitResolvers, TemplateMutationsResolvers, TemplateUnitResolvers } from '../../resolvers/generated-types.js';
import { checkPartner } from '../partners/resolvers.js';

/** Draft fields of every unit's entity type. */
export const involveUnitFields: Pick<TemplateUnitResolvers, 'drafts' | 'draft'> = {
  drafts: async (_unit, args, ctx): Promise<DraftConnectionModel> => {
    const page = pageRequest(args.first, args.after);
    const query = { openOnly: args.openOnly };
    const rows = await ctx.repos.drafts.page(query, page);
    return { ...toConnection(rows, page.first, (row) => row.opensAt), totalCount: () => ctx.repos.drafts.count(query) };
  },
  draft: (_unit, { id }, ctx) => {
    if (!isUuid(id)) throw new PlatformError('INVALID_ID', {}, 'id');
    return ctx.loaders.involve.draftById.load(id);
  },
};

type InvolveMutations = Pick<TemplateMutationsResolvers, 'openDraft' | 'suggestOnDraft' | 'respondToSuggestion' | 'decideDraft'>;

/** Staff publish drafts, answer suggestions and record the joint decision; anyone suggests. All input is checked first. */
export const involveMutations: InvolveMutations = {
  openDraft: (_m, { input }, ctx) => {
    const checked = draftInput(input);
    return ctx.dataSource.transaction((manager) => createDraft(ctx, checked, manager));
  },

  suggestOnDraft: async (_m, args, ctx) => {
    const values = {
      draftId: args.draftId.toLowerCase(),
      body: requireText(args.body, 'body', LIMITS.message),
      authorName: optionalText(args.authorName, 'authorName', LIMITS.name),
      organisation: optionalText(args.organisation, 'organisation', LIMITS.title),
      idempotencyKey: requireIdempotencyKey(args.idempotencyKey),
    };
    if (!isUuid(values.draftId)) throw new PlatformError('DRAFT_NOT_FOUND', {}, 'draftId');
    const inserted = await ctx.dataSource.transaction(async (manager) => {
      const row = await ctx.repos.drafts.suggest(values, manager);
      if (row) await ctx.repos.participants.record(row.activityId, participantKey(ctx, values.idempotencyKey), manager);
      return row;
    });
    if (inserted) return inserted;
    // Nothing inserted: a retry (the first suggestion comes back), or the draft is not open.
    const first = await ctx.repos.drafts.firstSuggestion(values);
    if (first) return first;
    throw await ctx.repos.drafts.notOpen(values.draftId);
  },

  respondToSuggestion: (_m, args, ctx) =>
    ctx.repos.drafts.respond(args.suggestionId, suggestionAnswer(args.response, args.reasonTh, args.reasonEn)),

  decideDraft: async (_m, { draftId, input }, ctx) => {
    const decision = await checkedDecision(input, ctx);
    return ctx.dataSource.transaction((manager) => recordDecision(ctx, draftId, decision, manager));
  },
};

// The steps of the draft mutations, for a unit's own feature that opens or decides a
// draft inside a transaction of its own (Policy and Planning's annual action plan).

/** A checked draft (`draftInput`) and its INVOLVE activity, in the caller's transaction. */
export async function createDraft(ctx: UnitContext, checked: ReturnType<typeof draftInput>, manager: EntityManager): Promise<DraftRow> {
  const created = await ctx.repos.activities.create(checked.activity, manager);
  return ctx.repos.drafts.create(checked.draft, created.id, manager);
}

/** A joint decision as typed, checked whole (its partners asked of the register) before anything is written. */
export async function checkedDecision(input: DraftDecisionData, ctx: UnitContext): Promise<NewDecision> {
  const decision = decisionInput(input);
  for (const partnerId of decisionPartners(decision)) await checkPartner(partnerId, ctx);
  return decision;
}

const decisionPartners = (decision: NewDecision) => [...new Set(decision.decidedWith.flatMap((p) => (p.partnerId ? [p.partnerId] : [])))];

/**
 * Records a checked joint decision in the caller's transaction: once, after the window
 * closed, every suggestion answered (refused otherwise, under the draft's lock); it closes
 * the draft's activity and counts the partners named as its participants.
 */
export async function recordDecision(ctx: UnitContext, draftId: string, decision: NewDecision, manager: EntityManager): Promise<DraftRow> {
  const { state, activityId, now } = await ctx.repos.drafts.lockForDecision(draftId, manager);
  const refusal = decisionRefusal(state, now);
  if (refusal) throw refusal;
  const decided = await ctx.repos.drafts.decide(draftId, decision, ctx.identity.subject ?? ctx.identity.role, manager);
  await ctx.repos.activities.closeIfOpen(activityId, manager);
  // Partner organisations in the decision took part in the activity, like people who suggested.
  for (const partnerId of decisionPartners(decision)) {
    await ctx.repos.participants.record(activityId, partnerParticipantKey(ctx.pseudonymKey, partnerId), manager);
  }
  return decided;
}

/** Resolvers of the draft value types; nested lists go through per-request loaders. */
export const involveValueTypes: Pick<KitResolvers, 'Draft' | 'DraftConnection' | 'DraftDecision' | 'DecisionParticipant'> = {
  Draft: {
    unitCode: (_row, _args, ctx) => ctx.unit.code,
    activity: async (row, _args, ctx) => (await ctx.loaders.activityById.load(row.activityId))!,
    suggestionCount: async (row, _args, ctx) => (await ctx.loaders.involve.tally.load(row.id)).total,
    responseSummary: (row, _args, ctx) => ctx.loaders.involve.tally.load(row.id),
    suggestions: async (row, args, ctx) => {
      const page = pageRequest(args.first, args.after);
      const rows = await ctx.loaders.involve.suggestions(page).load(row.id);
      return toConnection(rows, page.first, (suggestion) => suggestion.createdAt);
    },
    decision: (row): DraftDecisionModel | null =>
      row.decidedAt && row.decisionTh && row.finalTextTh && row.decidedBy
        ? {
            draftId: row.id,
            decisionTh: row.decisionTh,
            decisionEn: row.decisionEn,
            finalTextTh: row.finalTextTh,
            decidedAt: row.decidedAt,
            decidedBy: row.decidedBy,
          }
        : null,
  },
  DraftConnection: { totalCount: (connection) => connection.totalCount() },
  DraftDecision: {
    decidedWith: (decision, _args, ctx) => ctx.loaders.involve.decidedWith.load(decision.draftId),
    // Who recorded the decision is the unit's own business: its staff see it, the public does not.
    decidedBy: (decision, _args, ctx) => (allows(ctx.identity, ctx.unit, 'participation:manage') ? decision.decidedBy : null),
  },
  DecisionParticipant: {
    partner: (row) => (row.partnerId ? { id: row.partnerId } : null),
  },
};
